export * from './apply';
export * from './compare';
export * from './confirm';
export * from './eligibility';
export * from './messages';
export * from './options';
export * from './preview';
export * from './quote';
