import {
  add,
  allocate,
  applyRate,
  compare,
  type Money,
  money,
  multiplyRatio,
  type Proration,
  prorate,
  rate,
  subtract,
  sum,
} from '@plankit/rules';
import { describe, expectTypeOf, it } from 'vitest';

declare const usd: Money<'USD'>;
declare const otherUsd: Money<'USD'>;
declare const eur: Money<'EUR'>;
declare const anyCurrency: Money;

describe('same-currency arithmetic in types', () => {
  it('keeps the currency literal through arithmetic', () => {
    expectTypeOf(money(1250, 'USD')).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(add(usd, otherUsd)).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(subtract(usd, otherUsd)).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(sum([usd, otherUsd], 'USD')).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(multiplyRatio(usd, 1, 3)).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(allocate(usd, [1, 1])).toEqualTypeOf<Money<'USD'>[]>();
    expectTypeOf(applyRate(rate(15, 'USD', 1), 101)).toEqualTypeOf<Money<'USD'>>();
  });

  it('does not compile USD plus EUR', () => {
    // @ts-expect-error Money<'EUR'> is not Money<'USD'>
    add(usd, eur);
    // @ts-expect-error Money<'EUR'> is not Money<'USD'>
    subtract(usd, eur);
    // @ts-expect-error Money<'EUR'> is not Money<'USD'>
    compare(usd, eur);
  });

  it('does not compile a proration from USD to EUR', () => {
    const period = { periodStart: new Date(0), periodEnd: new Date(1000), at: new Date(0) };
    // @ts-expect-error from and to share one currency
    prorate({ from: usd, to: eur, ...period });
    expectTypeOf(prorate({ from: usd, to: otherUsd, ...period })).toEqualTypeOf<Proration<'USD'>>();
  });

  it('lets values of unknown currency through to the run-time check', () => {
    expectTypeOf(add(anyCurrency, anyCurrency)).toEqualTypeOf<Money<string>>();
  });
});
