// POST /stripe/webhook: signed events from Stripe drive the same services as the local checkout
// page and renewals. The route stores each event id once and answers; a job applies it
// (webhook-inbox.ts). An event about a subscription older than the last one applied is stale and
// ignored (stripe_links.last_event_at).
import { SUBSCRIPTION_STATUSES } from '@plankit/rules';
import { Hono } from 'hono';
import type Stripe from 'stripe';
import type { AppEnv, ServerDeps } from '../../context';
import type { Queryable } from '../../db/db';
import { ApiError } from '../../errors';
import { subscriptionCanceled } from '../../events/subscriptions';
import { errorResponse } from '../../http';
import { settleCheckout } from '../../services/numbers/checkout';
import { loadCheckout } from '../../store/checkouts';
import { refreshPeriodPaid } from '../../store/mirrored-invoices';
import { claimNewer, deleteLink, findByStripeId, saveLink } from '../../store/stripe-links';
import { invoiceSubscriptionId, mirrorInvoice } from './mirror';
import { receiveStripeEvent, StripeEventEnvelope } from './webhook-inbox';

export type WebhookOutcome = 'applied' | 'stale' | 'ignored';

const KNOWN_STATUSES = new Set<string>(SUBSCRIPTION_STATUSES);

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

async function checkoutCompleted(
  deps: ServerDeps,
  stripe: Stripe,
  tx: Queryable,
  session: Stripe.Checkout.Session,
  now: Date,
): Promise<WebhookOutcome> {
  const checkoutId = session.metadata?.plankit_checkout_id ?? session.client_reference_id;
  if (!checkoutId || session.payment_status !== 'paid') return 'ignored';
  const row = await loadCheckout(tx, checkoutId);
  if (!row) return 'ignored';
  const settled = await settleCheckout(deps, tx, checkoutId, 'complete', now);
  const subscriptionId = idOf(session.subscription);
  if (!subscriptionId) return 'applied';
  if (settled.status === 'complete') {
    await saveLink(tx, 'number_subscription', row.phone_number_id, subscriptionId);
  } else if (settled.status === 'expired') {
    // The agency took the number back before the payment landed: stop billing it.
    await stripe.subscriptions.cancel(subscriptionId, { prorate: false, invoice_now: false });
  }
  return 'applied';
}

const INVOICE_KINDS: Readonly<Record<string, string>> = {
  subscription_create: 'subscription_start',
  subscription_cycle: 'renewal',
  subscription_update: 'plan_change',
};

async function invoiceEvent(
  deps: ServerDeps,
  tx: Queryable,
  invoice: Stripe.Invoice,
  now: Date,
): Promise<WebhookOutcome> {
  const stripeSubscription = invoiceSubscriptionId(invoice);
  if (!stripeSubscription) return 'ignored';
  const fallback = deps.links.url('invoices', invoice.id);
  const plan = await findByStripeId(tx, 'subscription', stripeSubscription);
  if (plan) {
    const [owner] = await tx.query<{ sub_account_id: string; agency_id: string }>(
      `SELECT s.sub_account_id, a.agency_id FROM subscriptions s JOIN sub_accounts a ON a.id = s.sub_account_id
       WHERE s.id = $1`,
      [plan.localId],
    );
    if (!owner) return 'ignored';
    await mirrorInvoice(
      tx,
      invoice,
      {
        agencyId: owner.agency_id,
        subAccountId: owner.sub_account_id,
        subscriptionId: plan.localId,
        kind: INVOICE_KINDS[invoice.billing_reason ?? ''] ?? 'plan_change',
      },
      now,
      fallback,
    );
    await refreshPeriodPaid(tx, plan.localId);
    return 'applied';
  }
  const number = await findByStripeId(tx, 'number_subscription', stripeSubscription);
  // The first month was recorded when the checkout completed; later months arrive here.
  if (number && invoice.billing_reason === 'subscription_cycle') {
    const [owner] = await tx.query<{ sub_account_id: string | null; agency_id: string }>(
      'SELECT assigned_sub_account_id AS sub_account_id, agency_id FROM phone_numbers WHERE id = $1',
      [number.localId],
    );
    if (!owner?.sub_account_id) return 'ignored';
    await mirrorInvoice(
      tx,
      invoice,
      { agencyId: owner.agency_id, subAccountId: owner.sub_account_id, phoneNumberId: number.localId, kind: 'number' },
      now,
      fallback,
    );
    return 'applied';
  }
  return 'ignored';
}

async function subscriptionEvent(
  tx: Queryable,
  subscription: Stripe.Subscription,
  deleted: boolean,
  created: Date,
): Promise<WebhookOutcome> {
  const plan = await findByStripeId(tx, 'subscription', subscription.id);
  if (plan) {
    if (!(await claimNewer(tx, plan, created))) return 'stale';
    const status = deleted ? 'canceled' : subscription.status;
    if (!KNOWN_STATUSES.has(status)) return 'ignored';
    // Canceled is final; the version moves so an open quote is checked again.
    const [changed] = await tx.query<{ sub_account_id: string; plan_id: string; agency_id: string }>(
      `UPDATE subscriptions s SET status = $2, version = version + 1 FROM sub_accounts a
       WHERE s.id = $1 AND a.id = s.sub_account_id AND s.status <> 'canceled' AND s.status <> $2
       RETURNING s.sub_account_id, s.plan_id, a.agency_id`,
      [plan.localId, status],
    );
    if (changed && status === 'canceled') {
      const who = { agencyId: changed.agency_id, subAccountId: changed.sub_account_id };
      await subscriptionCanceled(tx, who, plan.localId, changed.plan_id, created);
    }
    return 'applied';
  }
  const number = await findByStripeId(tx, 'number_subscription', subscription.id);
  if (number && deleted) {
    // A released number returns to the pool at its own period end (the server's due work).
    await deleteLink(tx, 'number_subscription', number.localId);
    return 'applied';
  }
  return 'ignored';
}

export async function applyEvent(
  deps: ServerDeps,
  stripe: Stripe,
  tx: Queryable,
  event: Stripe.Event,
): Promise<WebhookOutcome> {
  const now = deps.clock.now();
  const created = new Date(event.created * 1000);
  switch (event.type) {
    case 'checkout.session.completed':
      return checkoutCompleted(deps, stripe, tx, event.data.object, now);
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return invoiceEvent(deps, tx, event.data.object, now);
    case 'customer.subscription.updated':
      return subscriptionEvent(tx, event.data.object, false, created);
    case 'customer.subscription.deleted':
      return subscriptionEvent(tx, event.data.object, true, created);
    default:
      return 'ignored';
  }
}

export function stripeWebhookRoutes(deps: ServerDeps, stripe: Stripe, secret: string | null): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/stripe/webhook', async (c) => {
    if (!secret) {
      return errorResponse(
        c,
        new ApiError('invalid_request', undefined, 'Webhooks are off. Set STRIPE_WEBHOOK_SECRET and restart.'),
      );
    }
    const payload = await c.req.text();
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(payload, c.req.header('stripe-signature') ?? '', secret);
    } catch {
      return errorResponse(
        c,
        new ApiError(
          'invalid_request',
          undefined,
          'The Stripe-Signature header does not match this body. Check STRIPE_WEBHOOK_SECRET.',
        ),
      );
    }
    const envelope = StripeEventEnvelope.safeParse(event);
    if (!envelope.success) {
      return errorResponse(c, new ApiError('invalid_request', undefined, 'The event is not a Stripe event.'));
    }
    const fresh = await deps.db.transaction((tx) => receiveStripeEvent(tx, envelope.data, payload, deps.clock.now()));
    // Answered before it is applied: Stripe waits for no work of ours, and retries only what we never stored.
    return c.json({ received: true, outcome: fresh ? 'queued' : 'duplicate' });
  });
  return app;
}
