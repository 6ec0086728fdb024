export * from './currencies';
export * from './errors';
export * from './money';
export * from './periods';
export * from './proration';
export * from './types';
export * from './reasons';
