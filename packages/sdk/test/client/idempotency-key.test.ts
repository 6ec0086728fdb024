import { afterEach, describe, expect, it, vi } from 'vitest';
import { newIdempotencyKey } from '../../src/client/idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a new idempotency key', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a v4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });

  it('is still a v4 UUID, and different each time, where randomUUID is missing (plain-http hosts)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
    expect([...keys].every((k) => UUID_V4.test(k))).toBe(true);
    expect(keys.size).toBe(100);
  });
});
