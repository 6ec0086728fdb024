import type { PlanChangePreview } from '@plankit/rules';
import { describe, expectTypeOf, it } from 'vitest';
import { isPlankitHttpError, type PlankitClient, type PlankitHttpErrorCode } from '../src';
import { endpoints, type PathParamsOf, type RequestBodyOf, type ResponseBodyOf } from '../src/contract';
import type { ChangePlanVariables } from '../src/react';

declare const client: PlankitClient;

describe('the client', () => {
  it('returns rules types with Dates', () => {
    expectTypeOf(client.getSubAccount('s')).resolves.toHaveProperty('subAccount');
    type Detail = Awaited<ReturnType<PlankitClient['getSubAccount']>>;
    expectTypeOf<NonNullable<Detail['subAccount']['subscription']>['periodEnd']>().toEqualTypeOf<Date>();
    expectTypeOf(client.previewPlanChange).returns.resolves.toEqualTypeOf<PlanChangePreview>();
  });

  it('takes the quote with its Date back on confirm', () => {
    // @ts-expect-error quotedAt is a Date on the client, a string only on the wire
    void client.changePlan('s', { targetPlanId: 'p', quotedAt: '2026-11-22T10:00:00.000Z', quotedVersion: 1 });
    expectTypeOf<ChangePlanVariables['quotedAt']>().toEqualTypeOf<Date>();
  });

  it('narrows an unknown error to the HTTP error with its code', () => {
    const error: unknown = null;
    if (isPlankitHttpError(error)) expectTypeOf(error.code).toEqualTypeOf<PlankitHttpErrorCode>();
  });
});

describe('the endpoint table', () => {
  it('derives path parameters from the template', () => {
    expectTypeOf<PathParamsOf<'assignNumber'>>().toEqualTypeOf<{ readonly id: string }>();
    expectTypeOf<keyof PathParamsOf<'getMe'>>().toEqualTypeOf<never>();
    expectTypeOf(endpoints.listEligibleUsers.params).toEqualTypeOf<readonly 'id'[]>();
  });

  it('types bodies as the wire sees them', () => {
    expectTypeOf<RequestBodyOf<'changePlan'>['quotedAt']>().toEqualTypeOf<string>();
    expectTypeOf<RequestBodyOf<'getMe'>>().toEqualTypeOf<undefined>();
    expectTypeOf<ResponseBodyOf<'getClock'>>().toEqualTypeOf<{ now: string }>();
  });
});
