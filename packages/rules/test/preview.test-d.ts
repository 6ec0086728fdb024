import {
  type ChangePlanMessageKey,
  type ImpactKind,
  type PlanOption,
  type PreviewResult,
  previewPlanChange,
  type ReasonCode,
  resolvePolicy,
} from '@plankit/rules';
import { changePlanMessages } from '@plankit/rules/messages';
import { describe, expectTypeOf, it } from 'vitest';

declare const result: PreviewResult;

describe('previewPlanChange result', () => {
  it('is a PreviewResult', () => {
    expectTypeOf(previewPlanChange).returns.toEqualTypeOf<PreviewResult>();
  });

  it('narrows by ok: a refusal has a reason and no kind', () => {
    if (!result.ok) {
      expectTypeOf(result.reason).toEqualTypeOf<ReasonCode>();
      // @ts-expect-error a refusal has no impact kind
      void result.kind;
    }
  });

  it('narrows by ok then by kind and timing', () => {
    if (!result.ok) return;
    expectTypeOf(result.kind).toEqualTypeOf<ImpactKind>();
    if (result.kind === 'stripe_downgrade' && result.timing === 'period_end') {
      expectTypeOf(result.newPeriod).toEqualTypeOf<null>();
    }
    if (result.timing === 'period_end') {
      expectTypeOf(result.kind).toEqualTypeOf<'stripe_upgrade' | 'stripe_downgrade' | 'stripe_interval_change'>();
      expectTypeOf(result.newPeriod).toEqualTypeOf<null>();
    }
    if (result.kind === 'stripe_new' || result.kind === 'offline_new') {
      expectTypeOf(result.timing).toEqualTypeOf<'now'>();
      expectTypeOf(result.newPeriod).toEqualTypeOf<{ readonly start: Date; readonly end: Date } | null>();
    }
    if (result.kind === 'offline_upgrade' || result.kind === 'lateral') {
      expectTypeOf(result.timing).toEqualTypeOf<'now'>();
    }
  });

  it('cannot describe a scheduled offline change', () => {
    if (!result.ok || result.timing !== 'period_end') return;
    // @ts-expect-error offline changes always apply now
    const offline: typeof result.kind = 'offline_downgrade';
    void offline;
  });
});

describe('change-plan helpers', () => {
  it('types the message catalog by key', () => {
    expectTypeOf(changePlanMessages).toExtend<Record<ChangePlanMessageKey, string>>();
    // @ts-expect-error a misspelt key does not exist
    void changePlanMessages['change_plan.summary.nothing_do'];
  });

  it('takes a partial policy and gives a whole one', () => {
    expectTypeOf(resolvePolicy({ selfServe: true }).quoteTtlSeconds).toEqualTypeOf<number>();
  });

  it('gives each option an action that is confirm or contact sales', () => {
    expectTypeOf<PlanOption['action']>().toEqualTypeOf<'confirm' | 'contact_sales'>();
  });
});
