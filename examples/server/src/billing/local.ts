// The embedded provider: invoices, credits, the agency pool and number billing in our own tables.
// A sub-account's card either pays at once or declines; without a card a charge is refused.
import {
  type InvoiceLine,
  type ItemChangeKind,
  isZero,
  type Money,
  negate,
  renewalLines,
  requestDeadlines,
  type Subscription,
} from '@plankit/rules';
import { RetryTransaction } from '../db/retry';
import { fail } from '../errors';
import { newId } from '../ids';
import type { PageLinks } from '../page-links';
import { expireOpenCheckouts, findOpenCheckout, insertCheckout, loadCheckout } from '../store/checkouts';
import { setAgencyPool, setCreditBalance } from '../store/credit';
import { settleInvoice } from '../store/invoices';
import { addLedgerEntry, insertInvoice } from '../store/ledger';
import { type PaymentMethod, paymentMethodOf, type SubAccountRecord } from '../store/sub-accounts';
import { createPaymentRequest } from './payment-requests';
import type { BillingContext, BillingProvider, InvoiceRef } from './provider';

export interface LocalProviderOptions {
  /** Signed links to this server's invoice and checkout pages. */
  readonly links: PageLinks;
}

function refuseUnlessPays(method: PaymentMethod): void {
  if (method === 'none') fail('payment_method_required');
  if (method === 'card_declines') fail('card_declined');
}

/** The invoice kind of an item change: what it bills (seats, an add-on, a pack). */
const invoiceKindOf = (kind: ItemChangeKind): 'seats' | 'add_on' | 'pack' =>
  kind.startsWith('seats') ? 'seats' : kind === 'pack_purchase' ? 'pack' : 'add_on';

export function createLocalProvider({ links }: LocalProviderOptions): BillingProvider {
  const invoiceRef = (id: string, amount: Money, status: InvoiceRef['status'] = 'paid'): InvoiceRef => ({
    id,
    url: links.url('invoices', id),
    amount,
    status,
  });

  /** Charge now: refused when the card is missing or declines, so the whole change rolls back. */
  async function chargeNow(
    ctx: BillingContext,
    sub: SubAccountRecord,
    subscriptionId: string,
    kind: string,
    amount: Money,
    lines: readonly InvoiceLine[],
  ): Promise<InvoiceRef> {
    refuseUnlessPays(await paymentMethodOf(ctx.tx, sub.subAccount.id));
    const id = await insertInvoice(
      ctx.tx,
      { agencyId: ctx.agencyId, subAccountId: sub.subAccount.id, subscriptionId, kind, amount, lines, paid: true },
      ctx.now,
    );
    await addLedgerEntry(
      ctx.tx,
      { agencyId: ctx.agencyId, subAccountId: sub.subAccount.id, kind: 'charge', amount, invoiceId: id, memo: kind },
      ctx.now,
    );
    return invoiceRef(id, amount);
  }

  async function offlineRequest(
    ctx: BillingContext,
    sub: SubAccountRecord,
    subscription: Subscription,
    kind: 'subscription_start' | 'renewal',
    period: { start: Date; end: Date },
  ): Promise<InvoiceRef> {
    const created = await createPaymentRequest(
      ctx.tx,
      {
        agencyId: ctx.agencyId,
        subAccountId: sub.subAccount.id,
        subscriptionId: subscription.id,
        kind,
        terms: subscription.terms,
        period,
        lines: renewalLines({ terms: subscription.terms, periodStart: period.start, periodEnd: period.end }),
      },
      ctx.now,
    );
    return invoiceRef(created.id, created.amount, created.status);
  }

  return {
    name: 'local',

    async startSubscription(ctx, { subAccount, subscription, amount }) {
      // A Stripe subscription needs a card on file even when nothing is due yet.
      if (subscription.terms.paymentType === 'stripe') {
        refuseUnlessPays(await paymentMethodOf(ctx.tx, subAccount.subAccount.id));
      }
      if (amount === null || isZero(amount)) return null;
      if (subscription.terms.paymentType === 'offline') {
        // Offline plans are paid outside the product: the payment request stays open until recorded.
        return offlineRequest(ctx, subAccount, subscription, 'subscription_start', {
          start: subscription.periodStart,
          end: subscription.periodEnd,
        });
      }
      const lines = renewalLines({
        terms: subscription.terms,
        periodStart: subscription.periodStart,
        periodEnd: subscription.periodEnd,
      });
      return chargeNow(ctx, subAccount, subscription.id, 'subscription_start', amount, lines);
    },

    async applyImmediateChange(ctx, input) {
      let invoice: InvoiceRef | null = null;
      if (input.amountDue.amount > 0) {
        invoice = await chargeNow(ctx, input.subAccount, input.to.id, 'plan_change', input.amountDue, input.lines);
      }
      if (input.credit.amount > 0) {
        const change = { fromPlanId: input.from?.terms.id ?? null, toPlanId: input.to.terms.id };
        if (input.creditFromAgencyPool) {
          // The pool was read without a lock; if another change moved it meanwhile, start over: the
          // rules then price against the new pool (or refuse with insufficient_agency_credit).
          const pool = input.creditPool;
          if (pool !== null && !(await setAgencyPool(ctx.tx, ctx.agencyId, pool.before, pool.after))) {
            throw new RetryTransaction('the agency credit pool changed');
          }
          await addLedgerEntry(
            ctx.tx,
            {
              agencyId: ctx.agencyId,
              subAccountId: input.subAccount.subAccount.id,
              kind: 'agency_pool_debit',
              amount: negate(input.credit),
              memo: 'offline upgrade credit',
              change,
            },
            ctx.now,
          );
        }
        // The balance the rules computed from the locked row: the outcome is stored, not recomputed.
        const subAccountId = input.subAccount.subAccount.id;
        await setCreditBalance(ctx.tx, subAccountId, input.creditBalance);
        await addLedgerEntry(
          ctx.tx,
          {
            agencyId: ctx.agencyId,
            subAccountId,
            kind: 'credit',
            amount: input.credit,
            memo: 'plan change credit',
            change,
          },
          ctx.now,
        );
      }
      return invoice;
    },

    async chargeItems(ctx, input) {
      const subscriptionId = input.subscription.id;
      if (input.collection === 'card') {
        return chargeNow(ctx, input.subAccount, subscriptionId, invoiceKindOf(input.kind), input.amount, input.lines);
      }
      // Offline: an open request of exactly the quoted amount (credit is not applied: a pack is
      // bought for cash), due after the plan's payment days.
      const id = await insertInvoice(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId: input.subAccount.subAccount.id,
          subscriptionId,
          kind: invoiceKindOf(input.kind),
          amount: input.amount,
          lines: input.lines,
          paid: false,
          deadlines: requestDeadlines({ periodStart: ctx.now, terms: input.subscription.terms }),
        },
        ctx.now,
      );
      return invoiceRef(id, input.amount, 'open');
    },

    // The local ledger has nothing to record until the change applies at renewal.
    async scheduleChange() {},
    async cancelScheduledChange() {},

    async renewSubscription(ctx, { subAccount, subscription, charge, periodStart, periodEnd }) {
      if (charge === null || isZero(charge)) return null;
      if (subscription.terms.paymentType === 'offline') {
        return offlineRequest(ctx, subAccount, subscription, 'renewal', { start: periodStart, end: periodEnd });
      }
      const pays =
        subscription.terms.paymentType === 'stripe' &&
        (await paymentMethodOf(ctx.tx, subAccount.subAccount.id)) === 'card';
      const id = await insertInvoice(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId: subAccount.subAccount.id,
          subscriptionId: subscription.id,
          kind: 'renewal',
          amount: charge,
          lines: renewalLines({ terms: subscription.terms, periodStart, periodEnd }),
          paid: pays,
          period: { start: periodStart, end: periodEnd },
        },
        ctx.now,
      );
      if (pays) {
        await addLedgerEntry(
          ctx.tx,
          {
            agencyId: ctx.agencyId,
            subAccountId: subAccount.subAccount.id,
            kind: 'charge',
            amount: charge,
            invoiceId: id,
            memo: 'renewal',
          },
          ctx.now,
        );
      }
      return invoiceRef(id, charge, pays ? 'paid' : 'open');
    },

    async payInvoice(ctx, { invoice, payerUserId }) {
      if (invoice.subAccountId === null) fail('not_found', { what: 'invoice' });
      refuseUnlessPays(await paymentMethodOf(ctx.tx, invoice.subAccountId));
      if (
        !(await settleInvoice(ctx.tx, invoice.id, { method: 'card', reference: null, byUser: payerUserId }, ctx.now))
      ) {
        fail('invoice_not_open', { status: 'not open' });
      }
      await addLedgerEntry(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId: invoice.subAccountId,
          kind: 'charge',
          amount: invoice.total,
          invoiceId: invoice.id,
          memo: `${invoice.kind} paid by card`,
        },
        ctx.now,
      );
      return { paid: true, redirectUrl: null };
    },

    async buyNumber(ctx, { number }) {
      await addLedgerEntry(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId: null,
          kind: 'telco_purchase',
          amount: number.telcoCost,
          phoneNumberId: number.id,
          memo: `first month of ${number.e164}`,
        },
        ctx.now,
      );
    },

    async startNumberCheckout(ctx, { number, subAccountId, amount, returnUrl }) {
      // One open checkout per number: a second Pay Now reuses it, and its returnUrl stands (a later
      // caller cannot redirect the payer of a checkout already handed out).
      const open = await findOpenCheckout(ctx.tx, number.id);
      if (open) return { id: open.id, url: links.url('checkout', open.id), returnUrl: open.return_url };
      const id = newId('chk');
      await insertCheckout(
        ctx.tx,
        { id, agencyId: ctx.agencyId, subAccountId, phoneNumberId: number.id, amount, returnUrl },
        ctx.now,
      );
      return { id, url: links.url('checkout', id), returnUrl };
    },

    async settleNumberCheckout(ctx, { checkoutId, outcome }) {
      if (outcome !== 'complete') return;
      const checkout = await loadCheckout(ctx.tx, checkoutId);
      if (!checkout) return;
      const amount = { amount: checkout.amount, currency: checkout.currency };
      const id = await insertInvoice(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId: checkout.sub_account_id,
          phoneNumberId: checkout.phone_number_id,
          kind: 'number',
          amount,
          lines: [],
          paid: true,
        },
        ctx.now,
      );
      await addLedgerEntry(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId: checkout.sub_account_id,
          kind: 'number_charge',
          amount,
          invoiceId: id,
          phoneNumberId: checkout.phone_number_id,
          memo: 'number first month',
        },
        ctx.now,
      );
    },

    async renewNumber(ctx, { number }) {
      if (!number.assignedTo) return;
      const { subAccountId, monthlyPrice } = number.assignedTo;
      const pays = (await paymentMethodOf(ctx.tx, subAccountId)) === 'card';
      const id = await insertInvoice(
        ctx.tx,
        {
          agencyId: ctx.agencyId,
          subAccountId,
          phoneNumberId: number.id,
          kind: 'number',
          amount: monthlyPrice,
          lines: [],
          paid: pays,
        },
        ctx.now,
      );
      if (pays) {
        await addLedgerEntry(
          ctx.tx,
          {
            agencyId: ctx.agencyId,
            subAccountId,
            kind: 'number_charge',
            amount: monthlyPrice,
            invoiceId: id,
            phoneNumberId: number.id,
            memo: 'number renewal',
          },
          ctx.now,
        );
      }
    },

    // Nothing is refunded either way; the services stop renewing the number.
    async cancelNumberSubscription(ctx, { number, at }) {
      if (at === 'now') {
        await expireOpenCheckouts(ctx.tx, number.id);
      }
    },
  };
}
