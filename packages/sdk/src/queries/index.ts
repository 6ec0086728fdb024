// `@plankit/sdk/queries`: the query keys and option factories without hooks and without the
// `'use client'` boundary of `@plankit/sdk/react`, so a React Server Component (or any server code)
// can prefetch exactly what the hooks read: `queryClient.prefetchQuery(changePlanContextOptions(client, id))`.
export { type PlankitQueryKey, plankitKeys } from '../react/keys';
export * from '../react/queries';
