import { describe, expectTypeOf, it } from 'vitest';
import type { MessageKey, MessageOverrides, Messages } from '../src/messages/en';

describe('message catalog types', () => {
  it('requires every key of a catalog', () => {
    // @ts-expect-error a catalog missing keys is not a Messages
    const partial: Messages = { 'common.close': 'Zu' };
    void partial;
  });

  it('refuses a misspelt key in overrides', () => {
    // @ts-expect-error 'changePlan.confrim' is not a message key
    const overrides: MessageOverrides = { 'changePlan.confrim': 'Los' };
    void overrides;
  });

  it('has a key per reason code', () => {
    expectTypeOf<'reason.payment_method_required'>().toExtend<MessageKey>();
    expectTypeOf<'change_plan.summary.charge_now'>().toExtend<MessageKey>();
  });
});
