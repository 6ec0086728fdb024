// Wire → model → wire is the identity for every composite view (the property tests cover the parts).
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ChangePlanContext,
  ChangePlanRequest,
  ChangePlanResult,
  Checkout,
  CreditBalanceView,
  CreditPoolView,
  EligibleUserPage,
  InvoicePage,
  Me,
  PayInvoiceResult,
  PlanChangePreview,
  StartSubscriptionResult,
  SubAccountDetail,
  SubAccountRow,
} from '../../src/contract';
import { numberDto, planDto, subAccountDto } from '../fixtures';

const invoice = { id: 'inv_1', url: 'http://localhost:8787/invoices/inv_1', amount: { amount: 4900, currency: 'USD' } };
const users = [
  { id: 'sau_1', subAccountId: 'sub_1', name: 'Dana Reyes', email: 'dana@example.com', status: 'approved' },
];

const usd = (amount: number) => ({ amount, currency: 'USD' });
const paidRequest = {
  id: 'inv_2',
  subAccountId: 'sub_1',
  document: 'payment_request',
  kind: 'renewal',
  status: 'paid',
  total: usd(2000),
  lines: [
    {
      description: { key: 'invoice.line.period_fee', values: { plan: { type: 'string', value: 'Plus (invoiced)' } } },
      amount: usd(4000),
    },
    { description: { key: 'invoice.line.credit_applied' }, amount: usd(-2000) },
  ],
  period: { start: '2026-12-17T10:00:00.000Z', end: '2027-01-17T10:00:00.000Z' },
  dueAt: '2026-12-31T10:00:00.000Z',
  blockedAt: '2027-01-07T10:00:00.000Z',
  createdAt: '2026-12-17T10:00:00.000Z',
  settlement: {
    method: 'bank_transfer',
    reference: 'BT-1',
    at: '2026-12-20T10:00:00.000Z',
    by: { userId: 'user_1', name: 'Rachel Moore' },
  },
  voided: null,
  hostedUrl: 'http://localhost:8787/invoices/inv_2/abc.def',
  actions: {
    pay: { allowed: false, reason: 'invoice_not_open' },
    markPaid: { allowed: false, reason: 'invoice_not_open' },
    void: { allowed: false, reason: 'invoice_not_open' },
  },
};
const voidCardInvoice = {
  ...paidRequest,
  id: 'inv_3',
  document: 'invoice',
  kind: 'plan_change',
  status: 'void',
  period: null,
  dueAt: null,
  blockedAt: null,
  settlement: null,
  voided: { at: '2026-12-18T10:00:00.000Z', by: null },
};
const granted = {
  id: '7',
  at: '2026-11-22T10:00:00.000Z',
  kind: 'granted',
  amount: usd(2000),
  subAccount: { id: 'sub_1', name: 'Summit Logistics' },
  invoiceId: null,
  change: { fromPlan: { id: 'plan_basic', name: 'Basic' }, toPlan: { id: 'plan_plus', name: 'Plus' } },
};

const cases = [
  {
    name: 'InvoicePage',
    schema: InvoicePage,
    dto: { items: [paidRequest, voidCardInvoice], nextCursor: 'c2' },
  },
  {
    name: 'PayInvoiceResult',
    schema: PayInvoiceResult,
    dto: { invoice: paidRequest, redirectUrl: 'https://invoice.stripe.test/i/in_1' },
  },
  {
    name: 'CreditBalanceView',
    schema: CreditBalanceView,
    dto: {
      subAccountId: 'sub_1',
      balance: usd(0),
      movements: [
        { ...granted, id: '8', kind: 'applied', amount: usd(-2000), invoiceId: 'inv_2', change: null },
        granted,
      ],
    },
  },
  {
    name: 'CreditPoolView',
    schema: CreditPoolView,
    dto: {
      agencyId: 'agency_1',
      pool: usd(48000),
      movements: [
        { ...granted, kind: 'pool_debit', amount: usd(-2000), change: { ...granted.change, fromPlan: null } },
      ],
    },
  },
  {
    name: 'SubAccountRow',
    schema: SubAccountRow,
    dto: { subAccount: subAccountDto, users, currentPlan: planDto, billingBadge: 'past_due' },
  },
  {
    name: 'SubAccountDetail',
    schema: SubAccountDetail,
    dto: {
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
    },
  },
  {
    name: 'ChangePlanContext',
    schema: ChangePlanContext,
    dto: {
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
    },
  },
  {
    name: 'PlanChangePreview (now, new period, every message value type)',
    schema: PlanChangePreview,
    dto: {
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
    },
  },
  {
    name: 'ChangePlanResult',
    schema: ChangePlanResult,
    dto: {
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
    },
  },
  {
    name: 'StartSubscriptionResult',
    schema: StartSubscriptionResult,
    dto: {
      subAccount: subAccountDto,
      paymentRequest: invoice,
      includedMinutesGranted: 500,
    },
  },
  {
    name: 'EligibleUserPage',
    schema: EligibleUserPage,
    dto: {
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
    },
  },
  {
    name: 'Checkout',
    schema: Checkout,
    dto: { id: 'co_1', url: 'http://127.0.0.1:8787/checkout/co_1', status: 'open', number: numberDto },
  },
  {
    name: 'Me',
    schema: Me,
    dto: {
      actor: { kind: 'sub_account_user', subAccountId: 'sub_1', userId: 'sau_1' },
      user: { id: 'sau_1', name: 'Dana Reyes', email: 'dana@example.com' },
      agency: { id: 'agency_1', name: 'Northwind', currency: 'USD', features: { changePlan: true }, creditPool: null },
      subAccount: { id: 'sub_1', name: 'Acme Dental' },
    },
  },
] as const;

describe('mapping each view to the client model and back', () => {
  for (const c of cases) {
    it(`keeps a ${c.name} unchanged`, () => {
      // One table over differently typed schemas: each row's schema matches its own dto.
      const schema = c.schema as z.ZodMiniType;
      expect(z.encode(schema, z.decode(schema, c.dto as never))).toEqual(c.dto);
    });
  }

  it('gives Dates to the model, never strings', () => {
    const preview = z.decode(PlanChangePreview, cases[7].dto as never);
    expect(preview.quotedAt).toEqual(new Date('2026-11-22T10:00:00.000Z'));
    expect(preview.summary[0]?.values?.date).toEqual(new Date('2027-11-22T10:00:00.000Z'));
    expect(preview.ok).toBe(true);
  });

  it('gives an invoice its instants as Dates', () => {
    const page = z.decode(InvoicePage, cases[0].dto as never);
    expect([page.items[0]?.dueAt, page.items[0]?.settlement?.at, page.items[1]?.dueAt]).toEqual([
      new Date('2026-12-31T10:00:00.000Z'),
      new Date('2026-12-20T10:00:00.000Z'),
      null,
    ]);
  });

  it('sends a quote back exactly as received', () => {
    const request = {
      targetPlanId: 'plan_pro',
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: null,
      timing: 'now' as const,
    };
    expect(z.encode(ChangePlanRequest, z.decode(ChangePlanRequest, request))).toEqual(request);
  });
});
