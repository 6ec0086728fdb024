import { describe, expect, it } from 'vitest';
import { createIntentKeys } from '../../src/react/intent-keys';

function counterKeys() {
  let n = 0;
  return createIntentKeys(() => {
    n += 1;
    return `key-${n}`;
  });
}

describe('one idempotency key per user intent', () => {
  it('reuses the key for the same variables until the intent succeeds (double click, retry after an error)', () => {
    const keys = counterKeys();
    expect(keys.key({ numberId: 'n1', userId: 'u1' })).toBe('key-1');
    expect(keys.key({ userId: 'u1', numberId: 'n1' })).toBe('key-1');
  });

  it('starts a new intent when the variables change', () => {
    const keys = counterKeys();
    keys.key({ numberId: 'n1', userId: 'u1' });
    expect(keys.key({ numberId: 'n1', userId: 'u2' })).toBe('key-2');
    expect(keys.key({ numberId: 'n1', userId: 'u1' })).toBe('key-3');
  });

  it('starts a new intent after success, even with the same variables', () => {
    const keys = counterKeys();
    keys.key({ subAccountId: 's1' });
    keys.done({ subAccountId: 's1' });
    expect(keys.key({ subAccountId: 's1' })).toBe('key-2');
  });

  it('keeps the current key when an older intent reports success', () => {
    const keys = counterKeys();
    keys.key({ subAccountId: 's1' });
    keys.key({ subAccountId: 's2' });
    keys.done({ subAccountId: 's1' });
    expect(keys.key({ subAccountId: 's2' })).toBe('key-2');
  });

  it('tells quotes apart by their instant', () => {
    const keys = counterKeys();
    keys.key({ targetPlanId: 'p', quotedAt: new Date('2026-11-22T10:00:00.000Z') });
    expect(keys.key({ targetPlanId: 'p', quotedAt: new Date('2026-11-22T10:05:00.000Z') })).toBe('key-2');
  });
});
