export { createPlankitClient } from './create-client';
export * from './errors';
export type * from './types';
