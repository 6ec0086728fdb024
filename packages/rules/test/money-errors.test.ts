import { add, isRulesError, money, RulesError } from '@plankit/rules';
import { describe, expect, it } from 'vitest';

describe('RulesError', () => {
  it('carries a code, params and a message that says how to fix it', () => {
    let caught: unknown;
    try {
      add<string>(money(1, 'USD'), money(1, 'EUR'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RulesError);
    expect(caught).toMatchObject({
      name: 'RulesError',
      code: 'currency_mismatch',
      params: { a: 'USD', b: 'EUR' },
      message: 'Cannot combine USD with EUR; convert explicitly first.',
    });
  });

  it('is recognised by name when it comes from another bundle or realm', () => {
    const foreign = Object.assign(new Error('Unknown currency'), { name: 'RulesError', code: 'unknown_currency' });
    expect(isRulesError(foreign)).toBe(true);
    expect(isRulesError(new Error('other'))).toBe(false);
    expect(isRulesError(Object.assign(new Error('no code'), { name: 'RulesError' }))).toBe(false);
    expect(isRulesError({ name: 'RulesError', code: 'unknown_currency' })).toBe(false);
  });
});
