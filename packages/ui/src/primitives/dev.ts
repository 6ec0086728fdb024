// Development-only checks. Bundlers replace `process.env.NODE_ENV`, so the checks vanish from
// production builds; the `typeof` guard keeps unbundled ESM (no `process`) from throwing.
export const isDevelopment = (): boolean => typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
