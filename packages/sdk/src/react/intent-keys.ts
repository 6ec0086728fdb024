import { newIdempotencyKey } from '../client/idempotency-key';
// One Idempotency-Key per user intent: the same variables reuse the key until the intent
// succeeds, so a double click or a retry after an error is applied at most once; new variables
// are a new intent with a new key.

export interface IntentKeys {
  /** The key for these variables (created on first use). */
  key(variables: unknown): string;
  /** The intent with these variables succeeded: the next one gets a new key. */
  done(variables: unknown): void;
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}

/** Keys for one mutation hook instance. */
export function createIntentKeys(newKey: () => string = newIdempotencyKey): IntentKeys {
  let current: { readonly variables: string; readonly key: string } | null = null;
  return {
    key(variables) {
      const signature = stableStringify(variables);
      if (current === null || current.variables !== signature) current = { variables: signature, key: newKey() };
      return current.key;
    },
    done(variables) {
      if (current !== null && current.variables === stableStringify(variables)) current = null;
    },
  };
}

/** A fresh key for every call: for option factories used outside a hook. */
export const keyPerCall: IntentKeys = { key: () => newIdempotencyKey(), done: () => {} };
