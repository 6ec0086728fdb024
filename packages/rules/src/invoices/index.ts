export * from './credit';
export * from './lines';
export * from './messages';
export * from './payment-state';
export * from './status';
