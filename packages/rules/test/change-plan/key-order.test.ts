import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal helper of the plan picker: tested from source, not part of the public entry.
import { orderByKey } from '../../src/change-plan/key-order';

const byValueThenIndex = (keys: Float64Array) =>
  Array.from(keys.keys()).sort((i, j) => (keys[i] as number) - (keys[j] as number) || i - j);

describe("the picker's key order", () => {
  it('orders indices as a stable sort by value does, across magnitudes and ties', () => {
    const key = fc.oneof(
      fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((k) => !Object.is(k, -0)),
      fc.constantFrom(0, 1 / 3, 1e-9, 1e-9 + 1e-24, 5e-324, 1000 / 30_436_875, 12_000 / 365_242_500),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (values) => {
        const keys = Float64Array.from(values);
        expect(Array.from(orderByKey(keys) ?? [])).toEqual(byValueThenIndex(keys));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves negative, −0 and NaN keys to the comparator', () => {
    expect(orderByKey(Float64Array.from([1, -1]))).toBeNull();
    expect(orderByKey(Float64Array.from([1, -0]))).toBeNull();
    expect(orderByKey(Float64Array.from([Number.NaN, 2]))).toBeNull();
    expect(Array.from(orderByKey(new Float64Array(0)) ?? [9])).toEqual([]);
  });
});
