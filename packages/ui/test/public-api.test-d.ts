import type { ChangePlanResult, PhoneNumberView, StartSubscriptionResult } from '@plankit/sdk';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AssignNumberDialogProps,
  ChangePlanDialogProps,
  ChangePlanStep,
  DialogControlProps,
  Messages,
  ReleaseNumberDialogProps,
  StartSubscriptionDialogProps,
  UnassignNumberDialogProps,
} from '../src/index';
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

  it('gives every drop-in dialog the same open, trigger and outcome props, typed by its result', () => {
    expectTypeOf<ChangePlanDialogProps>().toExtend<DialogControlProps<ChangePlanResult>>();
    expectTypeOf<AssignNumberDialogProps>().toExtend<DialogControlProps<PhoneNumberView>>();
    expectTypeOf<ReleaseNumberDialogProps>().toExtend<DialogControlProps<PhoneNumberView>>();
    expectTypeOf<UnassignNumberDialogProps>().toExtend<DialogControlProps<PhoneNumberView>>();
    expectTypeOf<StartSubscriptionDialogProps>().toExtend<DialogControlProps<StartSubscriptionResult>>();
    expectTypeOf<StartSubscriptionDialogProps>().not.toExtend<DialogControlProps<ChangePlanResult>>();
  });

  it('takes one of two behaviours without permission', () => {
    expectTypeOf<ChangePlanDialogProps['whenUnavailable']>().toEqualTypeOf<'hide' | 'disable' | undefined>();
  });
});
