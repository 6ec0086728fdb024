import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { encode, Money, Plan, Subscription } from '../../src/contract';
import { money, plan, subscription } from '../arbitraries';

const runs = { numRuns: 1000 };

describe('mapping to the wire and back', () => {
  it('keeps every Money exactly, and the wire form passes its schema', () => {
    fc.assert(
      fc.property(money, (value) => {
        const dto = encode(Money, value);
        expect(z.decode(Money, dto)).toEqual(value);
      }),
      runs,
    );
  });

  it('keeps every Plan exactly, and the wire form passes its schema', () => {
    fc.assert(
      fc.property(plan, (value) => {
        const dto = encode(Plan, value);
        expect(z.decode(Plan, dto)).toEqual(value);
      }),
      runs,
    );
  });

  it('keeps every Subscription exactly (instants to the millisecond), and the wire form passes its schema', () => {
    fc.assert(
      fc.property(subscription, (value) => {
        const dto = encode(Subscription, value);
        const back = z.decode(Subscription, dto);
        expect(back).toEqual(value);
        expect(back.periodEnd).toBeInstanceOf(Date);
      }),
      runs,
    );
  });
});
