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
import type { CreditBalanceView, CreditMovement, CreditPoolView, InvoiceView } from '@plankit/sdk';
import type { BillingViewer } from '../billing/viewer';
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

type Action = InvoiceView['actions']['pay'];
const ok: Action = { allowed: true, reason: null };
const no = (reason: NonNullable<Action['reason']>): Action => ({ allowed: false, reason });

/** What the reference server allows `viewer` on `invoice` (services/invoices.ts `refusalOf`), in the same order. */
export function actionsFor(
  invoice: Pick<InvoiceView, 'status' | 'document'>,
  viewer: BillingViewer,
): InvoiceView['actions'] {
  const agency = viewer === 'agency';
  const settle = (): Action => {
    if (!agency) return no('not_agency_member');
    if (invoice.status !== 'open') return no('invoice_not_open');
    return invoice.document === 'payment_request' ? ok : no('invoice_not_offline');
  };
  const pay = agency ? no('not_sub_account_user') : invoice.status === 'open' ? ok : no('invoice_not_open');
  return { pay, markPaid: settle(), void: settle() };
}

/** The document as `viewer` reads it from the server. */
export const seenBy = (invoice: InvoiceView, viewer: BillingViewer): InvoiceView => ({
  ...invoice,
  actions: actionsFor(invoice, viewer),
});

const base = {
  subAccountId: 'sa_new',
  document: 'invoice' as const,
  kind: 'plan_change' as const,
  period: null,
  dueAt: null,
  blockedAt: null,
  settlement: null,
  voided: null,
};
const hosted = (id: string) => `https://billing.example.com/invoices/${id}`;
const client = (invoice: Omit<InvoiceView, 'actions'>): InvoiceView => ({
  ...invoice,
  actions: actionsFor(invoice, 'client'),
});

export const stripeUpgradeInvoice: InvoiceView = client({
  ...base,
  id: 'in_upgrade',
  status: 'paid',
  total: usd(6350),
  lines: upgradeLines(),
  createdAt: new Date('2026-11-22T12:00:00Z'),
  hostedUrl: hosted('in_upgrade'),
  settlement: { method: 'card', reference: null, at: new Date('2026-11-22T12:00:05Z'), by: null },
});

export const openRequest: InvoiceView = client({
  ...base,
  id: 'pr_nov',
  document: 'payment_request',
  kind: 'renewal',
  status: 'open',
  total: withCredit.total,
  lines: withCredit.lines,
  createdAt: new Date('2026-11-08T09:00:00Z'),
  period: { start: new Date('2026-11-08T09:00:00Z'), end: new Date('2026-12-08T09:00:00Z') },
  // paymentDueDays 7, graceDays 3
  dueAt: new Date('2026-11-15T09:00:00Z'),
  blockedAt: new Date('2026-11-18T09:00:00Z'),
  hostedUrl: hosted('pr_nov'),
});

/** The same request before any credit: the period's fee alone. */
export const openRequestNoCredit: InvoiceView = { ...openRequest, id: 'pr_nov_full', total: usd(2000), lines: renewal };

export const paidByTransfer: InvoiceView = client({
  ...openRequest,
  id: 'pr_oct',
  status: 'paid',
  total: usd(2000),
  lines: renewal,
  createdAt: new Date('2026-10-08T09:00:00Z'),
  period: { start: new Date('2026-10-08T09:00:00Z'), end: new Date('2026-11-08T09:00:00Z') },
  dueAt: new Date('2026-10-15T09:00:00Z'),
  blockedAt: new Date('2026-10-18T09:00:00Z'),
  settlement: {
    method: 'bank_transfer',
    reference: 'TRX-2210',
    at: new Date('2026-10-12T15:30:00Z'),
    by: { userId: 'u_owner', name: 'Ava Owner' },
  },
  hostedUrl: hosted('pr_oct'),
});

export const voidRequest: InvoiceView = client({
  ...openRequest,
  id: 'pr_void',
  status: 'void',
  total: usd(2000),
  lines: renewal,
  createdAt: new Date('2026-09-08T09:00:00Z'),
  period: { start: new Date('2026-09-08T09:00:00Z'), end: new Date('2026-10-08T09:00:00Z') },
  dueAt: new Date('2026-09-15T09:00:00Z'),
  blockedAt: new Date('2026-09-18T09:00:00Z'),
  voided: { at: new Date('2026-09-10T10:00:00Z'), by: { userId: 'u_owner', name: 'Ava Owner' } },
  hostedUrl: hosted('pr_void'),
});

/** An offline request past its due date (Nov 15), not yet Blocked (Nov 25): the Past Due badge's request. */
export const pastDueRequest: InvoiceView = client({
  ...openRequestNoCredit,
  id: 'pr_past_due',
  kind: 'subscription_start',
  dueAt: new Date('2026-11-15T09:00:00Z'),
  blockedAt: new Date('2026-11-25T09:00:00Z'),
  hostedUrl: hosted('pr_past_due'),
});

/** Newest first. */
export const invoiceHistory: readonly InvoiceView[] = [stripeUpgradeInvoice, openRequest, paidByTransfer, voidRequest];

const summit = { id: 'sa_new', name: 'Summit' };
const upgrade = {
  fromPlan: { id: 'plan_offline_basic', name: 'Offline Basic' },
  toPlan: { id: 'plan_offline_plus', name: 'Offline Plus' },
};
const granted: CreditMovement = {
  id: 'cm_1',
  at: new Date('2026-11-01T10:00:00Z'),
  kind: 'granted',
  amount: usd(2000),
  subAccount: summit,
  invoiceId: null,
  change: upgrade,
};
const applied: CreditMovement = {
  id: 'cm_2',
  at: new Date('2026-11-08T09:00:00Z'),
  kind: 'applied',
  amount: usd(-500),
  subAccount: summit,
  invoiceId: 'pr_nov',
  change: null,
};

/** Summit's balance after Basic → Plus: $20.00 granted, $5.00 used by the Nov request. */
export const clientCredit: CreditBalanceView = {
  subAccountId: 'sa_new',
  balance: usd(1500),
  movements: [applied, granted],
};

/** A client that never had credit. */
export const noCredit: CreditBalanceView = { subAccountId: 'sa_new', balance: null, movements: [] };

/** The agency's pool, 500.00 → 480.00 after Summit's upgrade. */
export const agencyPool: CreditPoolView = {
  agencyId: 'agency_acme',
  pool: usd(48_000),
  movements: [{ ...granted, id: 'pm_1', kind: 'pool_debit', amount: usd(-2000) }],
};
