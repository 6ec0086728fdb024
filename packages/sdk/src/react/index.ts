'use client';
// `@plankit/sdk/react`: the provider, query keys, option factories and hooks over the client.
export { PlankitProvider, type PlankitProviderProps, usePlankitClient } from './context';
export * from './hooks';
export { createIntentKeys, type IntentKeys, keyPerCall } from './intent-keys';
export { type PlankitQueryKey, plankitKeys } from './keys';
export * from './mutations';
export * from './queries';
