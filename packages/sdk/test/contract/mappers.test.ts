import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Money,
  moneyFromDto,
  moneyToDto,
  Plan,
  planFromDto,
  planToDto,
  Subscription,
  subscriptionFromDto,
  subscriptionToDto,
} from '../../src/contract';
import { money, plan, subscription } from '../arbitraries';

const runs = { numRuns: 1000 };

describe('mapping to the wire and back', () => {
  it('keeps every Money exactly, and the wire form passes its schema', () => {
    fc.assert(
      fc.property(money, (value) => {
        const dto = Money.parse(moneyToDto(value));
        expect(moneyFromDto(dto)).toEqual(value);
      }),
      runs,
    );
  });

  it('keeps every Plan exactly, and the wire form passes its schema', () => {
    fc.assert(
      fc.property(plan, (value) => {
        const dto = Plan.parse(planToDto(value));
        expect(planFromDto(dto)).toEqual(value);
      }),
      runs,
    );
  });

  it('keeps every Subscription exactly (instants to the millisecond), and the wire form passes its schema', () => {
    fc.assert(
      fc.property(subscription, (value) => {
        const dto = Subscription.parse(subscriptionToDto(value));
        const back = subscriptionFromDto(dto);
        expect(back).toEqual(value);
        expect(back.periodEnd).toBeInstanceOf(Date);
      }),
      runs,
    );
  });
});
