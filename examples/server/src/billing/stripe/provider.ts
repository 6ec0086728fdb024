// The Stripe provider: Stripe plans and phone numbers are billed by Stripe; offline plans, the
// agency's telco purchases and credit balances stay in the local ledger. Every amount sent is the
// rules' quote in Stripe's units; Stripe's invoices are mirrored into our tables (./mirror.ts).
import { isZero, type Money, type ScheduledChange, type Subscription, zero } from '@plankit/rules';
import Stripe from 'stripe';
import type { Queryable } from '../../db/db';
import { ApiError, fail, invalid } from '../../errors';
import type { PageLinks } from '../../page-links';
import { setCheckoutProviderPage } from '../../store/checkouts';
import { checkoutSessionsOfNumber, deleteLink, findLink, saveLink } from '../../store/stripe-links';
import type { SubAccountRecord } from '../../store/sub-accounts';
import { createLocalProvider } from '../local';
import type { BillingContext, BillingProvider, InvoiceRef } from '../provider';
import { checkInvoicedAsQuoted } from './amount-check';
import { isStripeAmountError, toStripeAmount } from './amounts';
import { ensureCustomer, ensurePrice } from './catalog';
import { mirrorInvoice } from './mirror';
import { applyEvent, stripeWebhookRoutes } from './webhooks';

export interface StripeProviderOptions {
  /** A configured client (the tests point it at a local server through host, port and protocol). */
  readonly stripe: Stripe;
  /** Signs webhooks (`whsec_…`); without it the webhook endpoint refuses every delivery. */
  readonly webhookSecret: string | null;
  /** Signed links to this server's pages (offline invoices and local fallbacks). */
  readonly links: PageLinks;
  /**
   * Attach Stripe's test cards for the seeded card states (test mode only). Default true; in live
   * mode the host collects cards itself and sets this to false.
   */
  readonly testCards?: boolean;
  /** Where a disagreement between Stripe and a quote is reported (besides its row). Default console.warn. */
  readonly warn?: (message: string) => void;
}

const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

/** Stripe's failures as our refusals: a declined card is `card_declined` (Stripe's code as its detail), like the local provider. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (isStripeAmountError(error)) invalid(error.message);
    if (error instanceof Stripe.errors.StripeCardError) {
      fail('card_declined', { detail: error.decline_code ?? error.code ?? 'card_declined' });
    }
    throw error;
  }
}

function refuseWithoutCard(record: SubAccountRecord): void {
  if (record.paymentMethod === 'none') fail('payment_method_required');
}

function expandedInvoice(value: string | Stripe.Invoice | null): Stripe.Invoice | null {
  return value !== null && typeof value === 'object' ? value : null;
}

async function stripeSubscriptionOf(q: Queryable, subscriptionId: string): Promise<string> {
  const link = await findLink(q, 'subscription', subscriptionId);
  if (!link) {
    invalid(
      'This subscription is not billed through Stripe (it was started before Stripe billing was switched on). Start it again so Stripe bills it, then retry.',
    );
  }
  return link.stripeId;
}

export function createStripeProvider(options: StripeProviderOptions): BillingProvider {
  const { stripe, links } = options;
  const testCards = options.testCards ?? true;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const local = createLocalProvider({ links });
  const fallbackUrl = (id: string) => links.url('invoices', id);

  /**
   * A new Stripe subscription: no trial, the first period invoiced and charged now. `expected` is
   * what we told the customer that charge would be, checked against Stripe's first invoice.
   */
  async function subscribe(
    ctx: BillingContext,
    record: SubAccountRecord,
    subscription: { id: string; terms: Parameters<typeof ensurePrice>[2] },
    kind: string,
    expected: { readonly amount: Money; readonly as: string },
  ): Promise<InvoiceRef | null> {
    refuseWithoutCard(record);
    return call(async () => {
      // The price first: an amount Stripe cannot take is refused before anything is created there.
      const price = await ensurePrice(stripe, ctx.tx, subscription.terms);
      const customer = await ensureCustomer(stripe, ctx.tx, record.subAccount.id, testCards);
      const created = await stripe.subscriptions.create(
        {
          customer,
          items: [{ price, quantity: 1 }],
          // A first invoice that cannot be paid is a 402 and no subscription, so the start rolls
          // back as with the local provider. No trial parameter: the period starts now.
          payment_behavior: 'error_if_incomplete',
          expand: ['latest_invoice'],
          metadata: { plankit_subscription_id: subscription.id, plankit_sub_account_id: record.subAccount.id },
        },
        { idempotencyKey: `plankit-subscription-${subscription.id}` },
      );
      await saveLink(ctx.tx, 'subscription', subscription.id, created.id);
      const invoice = expandedInvoice(created.latest_invoice);
      // Stripe prices the first period on its own: what it charges must be what we said.
      await checkInvoicedAsQuoted(
        ctx.tx,
        {
          subscriptionId: subscription.id,
          stripeSubscriptionId: created.id,
          invoice,
          quoted: expected.amount,
          quotedAs: expected.as,
          now: ctx.now,
        },
        warn,
      );
      if (!invoice) return null;
      return mirrorInvoice(
        ctx.tx,
        invoice,
        { agencyId: ctx.agencyId, subAccountId: record.subAccount.id, subscriptionId: subscription.id, kind },
        ctx.now,
        fallbackUrl(invoice.id),
      );
    });
  }

  /** Release the schedule attached to the subscription, if any; returns whether one was. */
  async function releaseSchedule(subscription: Stripe.Subscription): Promise<boolean> {
    const id = typeof subscription.schedule === 'string' ? subscription.schedule : subscription.schedule?.id;
    if (!id) return false;
    await stripe.subscriptionSchedules.release(id);
    return true;
  }

  /**
   * Today's price until the change takes effect, then the target price (a period-end downgrade).
   * The schedule attached to the Stripe subscription is the one that counts, so a rolled-back
   * request never leaves us pointing at the wrong one.
   */
  async function schedulePhases(q: Queryable, subscription: Subscription, change: ScheduledChange): Promise<void> {
    const stripeId = await stripeSubscriptionOf(q, subscription.id);
    const current = await stripe.subscriptions.retrieve(stripeId);
    const attached = typeof current.schedule === 'string' ? current.schedule : current.schedule?.id;
    // A new scheduled change replaces the phases of the one still pending.
    const schedule = attached
      ? await stripe.subscriptionSchedules.retrieve(attached)
      : await stripe.subscriptionSchedules.create({ from_subscription: stripeId });
    const currentPhase = schedule.phases[0];
    if (!currentPhase) throw new Error(`schedule ${schedule.id} has no phase`);
    const currentPrice = await ensurePrice(stripe, q, subscription.terms);
    const targetPrice = await ensurePrice(stripe, q, change.targetTerms);
    const target = change.targetTerms.interval;
    await stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: currentPrice, quantity: 1 }],
          start_date: currentPhase.start_date,
          end_date: seconds(change.effectiveAt),
        },
        {
          items: [{ price: targetPrice, quantity: 1 }],
          duration: { interval: target.unit, interval_count: target.count },
          proration_behavior: 'none',
        },
      ],
    });
  }

  return {
    name: 'stripe',

    webhookRoutes: (deps) => stripeWebhookRoutes(deps, stripe, options.webhookSecret),
    // Stored as verified by stripe.webhooks.constructEvent when it arrived.
    applyWebhookEvent: (deps, tx, event) => applyEvent(deps, stripe, tx, event as Stripe.Event),

    async startSubscription(ctx, input) {
      if (input.subscription.terms.paymentType !== 'stripe') return local.startSubscription(ctx, input);
      const { subscription } = input;
      return subscribe(ctx, input.subAccount, subscription, 'subscription_start', {
        amount: input.amount ?? zero(subscription.terms.currency),
        as: 'the payment request',
      });
    },

    async applyImmediateChange(ctx, input) {
      if (input.to.terms.paymentType !== 'stripe') return local.applyImmediateChange(ctx, input);
      const { from, to } = input;
      if (from === null || from.id !== to.id) {
        return subscribe(ctx, input.subAccount, to, 'plan_change', {
          amount: input.amountDue,
          as: "the quote's amountDueNow",
        });
      }

      const invoice = await call(async () => {
        const stripeId = await stripeSubscriptionOf(ctx.tx, to.id);
        const current = await stripe.subscriptions.retrieve(stripeId);
        // A change now replaces a scheduled one.
        const released = await releaseSchedule(current);
        const item = current.items.data[0];
        if (!item) throw new Error(`Stripe subscription ${stripeId} has no item`);
        const price = await ensurePrice(stripe, ctx.tx, to.terms);
        const trialing = from.status === 'trialing';
        // A new period (a longer interval) restarts the billing cycle now, as the rules quoted.
        const newPeriod = to.periodStart.getTime() !== from.periodStart.getTime();
        const params: Stripe.SubscriptionUpdateParams = {
          items: [{ id: item.id, price, quantity: 1 }],
          // A declined payment leaves the subscription as it was (a pending update).
          payment_behavior: 'pending_if_incomplete',
          expand: ['latest_invoice'],
        };
        if (trialing) {
          // Trials change with nothing due.
          params.proration_behavior = 'none';
        } else {
          // Prorated at the quote's instant and invoiced now (the default create_prorations
          // would defer the charge to the renewal).
          params.proration_behavior = 'always_invoice';
          params.proration_date = seconds(input.prorationAt);
        }
        // Since API 2026-09-30 the anchor is an object: `billing_cycle_anchor[type]=now`.
        if (newPeriod) params.billing_cycle_anchor = { type: 'now' };
        // Keyed by the version it changes and the quote: a retried confirm of one quote cannot
        // charge twice, while a new quote (say, after a new card) is a new request.
        const updated = await stripe.subscriptions.update(stripeId, params, {
          idempotencyKey: `plankit-change-${to.id}-v${from.version}-${seconds(input.prorationAt)}`,
        });
        const latest = expandedInvoice(updated.latest_invoice);
        if (updated.pending_update) {
          // Void the unpaid invoice so a later retry cannot apply a change the product refused.
          if (latest && latest.status === 'open') await stripe.invoices.voidInvoice(latest.id);
          // Nothing changed here, so the scheduled change still stands: put it back at Stripe.
          if (released && from.scheduledChange) await schedulePhases(ctx.tx, from, from.scheduledChange);
          fail('card_declined');
        }
        const previous =
          typeof current.latest_invoice === 'string' ? current.latest_invoice : current.latest_invoice?.id;
        const raised = latest && latest.id !== previous ? latest : null;
        // Stripe prorates on its own: what it charges must be what the quote said.
        await checkInvoicedAsQuoted(
          ctx.tx,
          {
            subscriptionId: to.id,
            stripeSubscriptionId: stripeId,
            invoice: raised,
            quoted: input.amountDue,
            now: ctx.now,
          },
          warn,
        );
        if (!raised) return null;
        return mirrorInvoice(
          ctx.tx,
          raised,
          {
            agencyId: ctx.agencyId,
            subAccountId: input.subAccount.subAccount.id,
            subscriptionId: to.id,
            kind: 'plan_change',
            lines: input.lines,
          },
          ctx.now,
          fallbackUrl(raised.id),
        );
      });
      // Unused time beyond the charge: Stripe keeps it on the customer's balance; ours records it.
      if (!isZero(input.credit)) {
        await local.applyImmediateChange(ctx, { ...input, amountDue: zero(input.credit.currency) });
      }
      return invoice;
    },

    async chargeItems(ctx, input) {
      if (input.subscription.terms.paymentType !== 'stripe') return local.chargeItems(ctx, input);
      // One Stripe subscription item per priced thing is not wired here yet: refuse before
      // anything is stored rather than charge an amount Stripe did not compute.
      invalid('Seats, add-ons and packs are billed by the embedded provider only for now; nothing was charged.');
    },

    // Stripe collects on its hosted invoice page; invoice.paid marks ours paid. Offline requests
    // are paid from the local ledger.
    async payInvoice(ctx, input) {
      if (input.invoice.deadlines !== null) return local.payInvoice(ctx, input);
      const invoice = await call(() => stripe.invoices.retrieve(input.invoice.id));
      if (!invoice.hosted_invoice_url) fail('invoice_not_open', { status: invoice.status ?? 'not open' });
      return { paid: false, redirectUrl: invoice.hosted_invoice_url };
    },

    async scheduleChange(ctx, input) {
      if (input.subscription.terms.paymentType !== 'stripe') return local.scheduleChange(ctx, input);
      await call(() => schedulePhases(ctx.tx, input.subscription, input.change));
    },

    async cancelScheduledChange(ctx, input) {
      if (input.subscription.terms.paymentType !== 'stripe') return local.cancelScheduledChange(ctx, input);
      // Releasing keeps the subscription on its current price and drops the future phase.
      await call(async () => {
        const stripeId = await stripeSubscriptionOf(ctx.tx, input.subscription.id);
        await releaseSchedule(await stripe.subscriptions.retrieve(stripeId));
      });
    },

    async renewSubscription(ctx, input) {
      if (input.subscription.terms.paymentType !== 'stripe') return local.renewSubscription(ctx, input);
      // Stripe renews and charges on its own; invoice.paid / invoice.payment_failed mirror the result.
      return null;
    },

    buyNumber: (ctx, input) => local.buyNumber(ctx, input),

    async startNumberCheckout(ctx, input) {
      // The local provider keeps the one open checkout per number; Stripe hosts its payment page.
      const checkout = await local.startNumberCheckout(ctx, input);
      return call(async () => {
        const known = await findLink(ctx.tx, 'checkout_session', checkout.id);
        if (known) {
          const session = await stripe.checkout.sessions.retrieve(known.stripeId);
          if (session.status === 'open' && session.url) {
            await setCheckoutProviderPage(ctx.tx, checkout.id, 'stripe', session.url);
            return { id: checkout.id, url: session.url, returnUrl: checkout.returnUrl };
          }
        }
        const customer = await ensureCustomer(stripe, ctx.tx, input.subAccountId, testCards);
        const unit = toStripeAmount(input.amount);
        const back = (status: string) => {
          const url = new URL(checkout.returnUrl);
          url.searchParams.set('checkout', checkout.id);
          url.searchParams.set('status', status);
          return url.toString();
        };
        const metadata = { plankit_checkout_id: checkout.id, plankit_phone_number_id: input.number.id };
        const session = await stripe.checkout.sessions.create(
          {
            mode: 'subscription',
            customer,
            client_reference_id: checkout.id,
            line_items: [
              {
                quantity: 1,
                price_data: {
                  currency: unit.currency,
                  unit_amount: unit.amount,
                  recurring: { interval: 'month', interval_count: 1 },
                  product_data: { name: `Phone number ${input.number.e164}` },
                },
              },
            ],
            success_url: back('complete'),
            cancel_url: back('open'),
            metadata,
            subscription_data: { metadata },
          },
          // A session replacing an expired one needs its own key: the first key would replay the
          // expired session.
          { idempotencyKey: `plankit-checkout-${checkout.id}${known ? `-after-${known.stripeId}` : ''}` },
        );
        await saveLink(ctx.tx, 'checkout_session', checkout.id, session.id);
        if (!session.url) throw new Error(`Checkout Session ${session.id} has no url`);
        await setCheckoutProviderPage(ctx.tx, checkout.id, 'stripe', session.url);
        return { id: checkout.id, url: session.url, returnUrl: checkout.returnUrl };
      });
    },

    // checkout.session.completed settles through the services; its first month is recorded here.
    settleNumberCheckout: (ctx, input) => local.settleNumberCheckout(ctx, input),

    // Stripe bills each further month; invoice.paid mirrors it.
    async renewNumber() {},

    async cancelNumberSubscription(ctx, { number, at }) {
      await local.cancelNumberSubscription(ctx, { number, at });
      await call(async () => {
        const link = await findLink(ctx.tx, 'number_subscription', number.id);
        if (at === 'period_end') {
          // Usable until the period ends, then Stripe ends it: no refund, no further invoice.
          if (link) await stripe.subscriptions.update(link.stripeId, { cancel_at_period_end: true });
          return;
        }
        if (link) {
          // Unassigned by the agency: ends now, no proration credit, no final invoice.
          await stripe.subscriptions.cancel(link.stripeId, { prorate: false, invoice_now: false });
          await deleteLink(ctx.tx, 'number_subscription', number.id);
        }
        for (const id of await checkoutSessionsOfNumber(ctx.tx, number.id)) {
          const session = await stripe.checkout.sessions.retrieve(id);
          if (session.status === 'open') await stripe.checkout.sessions.expire(id);
        }
      });
    },
  };
}
