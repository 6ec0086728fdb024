// DTO → model → DTO is the identity for every composite view (the property tests cover the parts).
import { describe, expect, it } from 'vitest';
import {
  ChangePlanContext,
  ChangePlanResult,
  Checkout,
  changePlanContextFromDto,
  changePlanContextToDto,
  changePlanRequestFromDto,
  changePlanRequestToDto,
  changePlanResultFromDto,
  changePlanResultToDto,
  checkoutFromDto,
  checkoutToDto,
  EligibleUserPage,
  eligibleUserPageFromDto,
  eligibleUserPageToDto,
  Me,
  meFromDto,
  meToDto,
  PlanChangePreview,
  planChangePreviewFromDto,
  planChangePreviewToDto,
  StartSubscriptionResult,
  SubAccountDetail,
  SubAccountRow,
  startSubscriptionResultFromDto,
  startSubscriptionResultToDto,
  subAccountDetailFromDto,
  subAccountDetailToDto,
  subAccountRowFromDto,
  subAccountRowToDto,
} from '../../src/contract';
import { numberDto, planDto, subAccountDto } from '../fixtures';

const invoice = { id: 'inv_1', url: 'http://localhost:8787/invoices/inv_1', amount: { amount: 4900, currency: 'USD' } };
const users = [
  { id: 'sau_1', subAccountId: 'sub_1', name: 'Dana Reyes', email: 'dana@example.com', status: 'approved' },
];

const cases = [
  {
    name: 'SubAccountRow',
    dto: SubAccountRow.parse({ subAccount: subAccountDto, users, currentPlan: planDto, billingBadge: 'past_due' }),
    there: subAccountRowFromDto,
    back: subAccountRowToDto,
  },
  {
    name: 'SubAccountDetail',
    dto: SubAccountDetail.parse({
      subAccount: subAccountDto,
      users,
      assignedPlan: null,
      billingBadge: 'active',
      usage: {
        usedMinutes: 32,
        fromIncluded: 32,
        fromWallet: 0,
        excessMinutes: 0,
        billedExcessMinutes: 0,
        excessCharge: { amount: 0, currency: 'USD' },
        includedRemaining: 468,
        walletRemaining: 0,
      },
      openInvoice: { ...invoice, dueAt: '2026-12-06T10:00:00.000Z', blockedAt: '2026-12-13T10:00:00.000Z' },
    }),
    there: subAccountDetailFromDto,
    back: subAccountDetailToDto,
  },
  {
    name: 'ChangePlanContext',
    dto: ChangePlanContext.parse({
      subAccount: subAccountDto,
      currentTerms: planDto,
      options: [{ plan: planDto, current: true, disabled: true, action: 'confirm' }],
      empty: { reason: 'no_plans_of_payment_type' },
      scheduledChange: {
        targetPlanId: 'plan_starter',
        targetTerms: { ...planDto, id: 'plan_starter' },
        kind: 'stripe_downgrade',
        effectiveAt: '2026-12-01T00:00:00.000Z',
        createdAt: '2026-11-22T10:00:00.000Z',
      },
      permission: {
        allowed: false,
        reason: 'open_invoice',
        params: { amount: { type: 'money', amount: 4900, currency: 'USD' } },
      },
      policy: {
        selfServe: false,
        stripeDowngradeTiming: 'period_end',
        userPicksTiming: true,
        overLimit: 'warn',
        quoteTtlSeconds: 600,
      },
    }),
    there: changePlanContextFromDto,
    back: changePlanContextToDto,
  },
  {
    name: 'PlanChangePreview (now, new period, every message value type)',
    dto: PlanChangePreview.parse({
      kind: 'stripe_interval_change',
      timing: 'now',
      targetPlanId: 'plan_growth_yearly',
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: 3,
      effectiveAt: '2026-11-22T10:00:00.000Z',
      amountDueNow: { amount: 46_000, currency: 'USD' },
      creditAmount: { amount: 0, currency: 'USD' },
      minutesGrantedNow: 0,
      newPeriod: { start: '2026-11-22T10:00:00.000Z', end: '2027-11-22T10:00:00.000Z' },
      prorationLines: [
        {
          description: { key: 'unused_time', values: { plan: { type: 'string', value: 'Growth' } } },
          amount: { amount: -3_000, currency: 'USD' },
        },
      ],
      overLimit: [],
      blockers: [{ reason: 'payment_method_required' }],
      summary: [
        {
          key: 'renews_on',
          values: {
            date: { type: 'date', value: '2027-11-22T10:00:00.000Z' },
            rate: { type: 'rate', amount: 15, currency: 'USD', scale: 3 },
            minutes: { type: 'number', value: 500 },
          },
        },
      ],
    }),
    there: planChangePreviewFromDto,
    back: planChangePreviewToDto,
  },
  {
    name: 'ChangePlanResult',
    dto: ChangePlanResult.parse({
      kind: 'offline_upgrade',
      timing: 'now',
      effectiveAt: '2026-11-22T10:00:00.000Z',
      amountCharged: { amount: 0, currency: 'USD' },
      invoice: null,
      paymentRequest: null,
      creditGranted: { amount: 2_000, currency: 'USD' },
      minutesGranted: 250,
      scheduledChange: null,
      subAccount: subAccountDto,
    }),
    there: changePlanResultFromDto,
    back: changePlanResultToDto,
  },
  {
    name: 'StartSubscriptionResult',
    dto: StartSubscriptionResult.parse({
      subAccount: subAccountDto,
      paymentRequest: invoice,
      includedMinutesGranted: 500,
    }),
    there: startSubscriptionResultFromDto,
    back: startSubscriptionResultToDto,
  },
  {
    name: 'EligibleUserPage',
    dto: EligibleUserPage.parse({
      items: [
        {
          id: 'sau_1',
          name: 'Dana Reyes',
          email: 'dana@example.com',
          subAccountId: 'sub_1',
          subAccountName: 'Acme Dental',
          monthlyPrice: { amount: 415, currency: 'USD' },
        },
      ],
      nextCursor: 'c2',
      total: 41,
    }),
    there: eligibleUserPageFromDto,
    back: eligibleUserPageToDto,
  },
  {
    name: 'Checkout',
    dto: Checkout.parse({ id: 'co_1', url: 'http://127.0.0.1:8787/checkout/co_1', status: 'open', number: numberDto }),
    there: checkoutFromDto,
    back: checkoutToDto,
  },
  {
    name: 'Me',
    dto: Me.parse({
      actor: { kind: 'sub_account_user', subAccountId: 'sub_1', userId: 'sau_1' },
      user: { id: 'sau_1', name: 'Dana Reyes', email: 'dana@example.com' },
      agency: { id: 'agency_1', name: 'Northwind', currency: 'USD', features: { changePlan: true }, creditPool: null },
      subAccount: { id: 'sub_1', name: 'Acme Dental' },
    }),
    there: meFromDto,
    back: meToDto,
  },
] as const;

describe('mapping each view to the client model and back', () => {
  for (const c of cases) {
    it(`keeps a ${c.name} unchanged`, () => {
      // One table over differently typed mappers: each row's pair matches its own dto.
      const { there, back } = c as unknown as { there: (d: unknown) => unknown; back: (m: unknown) => unknown };
      expect(back(there(c.dto))).toEqual(c.dto);
    });
  }

  it('gives Dates to the model, never strings', () => {
    const preview = planChangePreviewFromDto(cases[3].dto as never);
    expect(preview.quotedAt).toEqual(new Date('2026-11-22T10:00:00.000Z'));
    expect(preview.summary[0]?.values?.date).toEqual(new Date('2027-11-22T10:00:00.000Z'));
    expect(preview.ok).toBe(true);
  });

  it('sends a quote back exactly as received', () => {
    const request = {
      targetPlanId: 'plan_pro',
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: null,
      timing: 'now' as const,
    };
    expect(changePlanRequestToDto(changePlanRequestFromDto(request))).toEqual(request);
  });
});
