// Invoices, payment requests and credit movements for stories and tests, built with the rules'
// own line functions so they read exactly as a preview would.
import {
  applyCredit,
  explainProration,
  type InvoiceLine,
  money,
  prorate,
  prorationLine,
  prorationSeconds,
  renewalLines,
} from '@plankit/rules';
import type { BillingDocument, CreditSummary } from '../billing/model';
import { plan } from './fixtures';

const usd = (amount: number) => money(amount, 'USD');
const period = { periodStart: new Date('2026-11-08T09:00:00Z'), periodEnd: new Date('2026-12-08T09:00:00Z') };

/** Growth $79 → Scale $199 on Nov 22 12:00, as the ChangePlanDialog's StripeUpgrade story quotes it. */
export function upgradeLines(): InvoiceLine[] {
  const at = new Date('2026-11-22T12:00:00Z');
  const { credit, charge } = prorate({ from: usd(7900), to: usd(19_900), ...period, at });
  const { remaining, total } = prorationSeconds({ ...period, at });
  const seconds = { remainingSeconds: remaining, totalSeconds: total };
  return [
    prorationLine(
      explainProration({ kind: 'unused_time', plan: 'Growth', price: usd(7900), ...seconds, amount: credit }),
    ),
    prorationLine(
      explainProration({ kind: 'remaining_time', plan: 'Scale', price: usd(19_900), ...seconds, amount: charge }),
    ),
  ];
}

const offline = plan('offlineBasic');
const renewal = renewalLines({
  terms: offline,
  periodStart: new Date('2026-11-08T09:00:00Z'),
  periodEnd: new Date('2026-12-08T09:00:00Z'),
});
/** The Nov 8 offline request, $20.00 less $5.00 of credit. */
const withCredit = applyCredit({ lines: renewal, currency: 'USD', balance: usd(500) });

const base = {
  kind: 'invoice' as const,
  period: null,
  deadlines: null,
  hostedUrl: null,
  paidAt: null,
  settledBy: null,
  settledReference: null,
};

export const stripeUpgradeInvoice: BillingDocument = {
  ...base,
  id: 'in_upgrade',
  status: 'paid',
  total: usd(6350),
  lines: upgradeLines(),
  createdAt: new Date('2026-11-22T12:00:00Z'),
  hostedUrl: 'https://billing.example.com/invoices/in_upgrade',
  paidAt: new Date('2026-11-22T12:00:05Z'),
  settledBy: 'card',
};

export const openRequest: BillingDocument = {
  ...base,
  id: 'pr_nov',
  kind: 'payment_request',
  status: 'open',
  total: withCredit.total,
  lines: withCredit.lines,
  createdAt: new Date('2026-11-08T09:00:00Z'),
  period: { start: new Date('2026-11-08T09:00:00Z'), end: new Date('2026-12-08T09:00:00Z') },
  // paymentDueDays 7, graceDays 3
  deadlines: { dueAt: new Date('2026-11-15T09:00:00Z'), blockedAt: new Date('2026-11-18T09:00:00Z') },
  hostedUrl: 'https://billing.example.com/invoices/pr_nov',
};

export const paidByTransfer: BillingDocument = {
  ...openRequest,
  id: 'pr_oct',
  status: 'paid',
  total: usd(2000),
  lines: renewal,
  createdAt: new Date('2026-10-08T09:00:00Z'),
  period: { start: new Date('2026-10-08T09:00:00Z'), end: new Date('2026-11-08T09:00:00Z') },
  deadlines: { dueAt: new Date('2026-10-15T09:00:00Z'), blockedAt: new Date('2026-10-18T09:00:00Z') },
  paidAt: new Date('2026-10-12T15:30:00Z'),
  settledBy: 'bank_transfer',
  settledReference: 'TRX-2210',
  hostedUrl: 'https://billing.example.com/invoices/pr_oct',
};

export const voidRequest: BillingDocument = {
  ...openRequest,
  id: 'pr_void',
  status: 'void',
  total: usd(2000),
  lines: renewal,
  createdAt: new Date('2026-09-08T09:00:00Z'),
  period: { start: new Date('2026-09-08T09:00:00Z'), end: new Date('2026-10-08T09:00:00Z') },
  deadlines: { dueAt: new Date('2026-09-15T09:00:00Z'), blockedAt: new Date('2026-09-18T09:00:00Z') },
  hostedUrl: null,
};

/** Newest first. */
export const invoiceHistory: readonly BillingDocument[] = [
  stripeUpgradeInvoice,
  openRequest,
  paidByTransfer,
  voidRequest,
];

/** Summit's balance after Basic → Plus: $20.00 granted, $5.00 used by the Nov request. */
export const clientCredit: CreditSummary = {
  balance: usd(1500),
  movements: [
    {
      id: 'cm_1',
      at: new Date('2026-11-01T10:00:00Z'),
      amount: usd(2000),
      description: { key: 'credit.movement.upgrade', values: { plan: 'Offline Plus' } },
    },
    {
      id: 'cm_2',
      at: new Date('2026-11-08T09:00:00Z'),
      amount: usd(-500),
      description: { key: 'credit.movement.applied', values: { date: new Date('2026-11-08T09:00:00Z') } },
    },
  ],
};

/** The agency's pool, 500.00 → 480.00 after Summit's upgrade. */
export const agencyPool: CreditSummary = {
  balance: usd(48_000),
  movements: [
    {
      id: 'pm_1',
      at: new Date('2026-11-01T10:00:00Z'),
      amount: usd(-2000),
      description: { key: 'credit.movement.pool_to_client', values: { client: 'Summit', plan: 'Offline Plus' } },
    },
  ],
};
