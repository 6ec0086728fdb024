import type { ChangePlanResult } from '@plankit/sdk';
import { describe, expectTypeOf, it } from 'vitest';
import type { ChangePlanDialogProps, ChangePlanStep, Messages } from '../src/index';
import { de } from '../src/messages/de';

describe('the public API', () => {
  it('reports the server result to onSuccess', () => {
    expectTypeOf<Parameters<NonNullable<ChangePlanDialogProps['onSuccess']>>[0]>().toEqualTypeOf<ChangePlanResult>();
  });

  it('names every step of the flow as a string union', () => {
    expectTypeOf<ChangePlanStep>().toEqualTypeOf<
      'loading' | 'choosing' | 'previewing' | 'ready' | 'blocked' | 'submitting' | 'success' | 'error'
    >();
  });

  it('ships German as a complete catalog', () => {
    expectTypeOf(de).toEqualTypeOf<Messages>();
  });

  it('takes one of two behaviours without permission', () => {
    expectTypeOf<ChangePlanDialogProps['whenUnavailable']>().toEqualTypeOf<'hide' | 'disable' | undefined>();
  });
});
