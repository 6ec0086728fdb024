import { randomBytes } from 'node:crypto';

/** A new identifier with a readable prefix (`sub_…`, `inv_…`). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}
