// Which Stripe object stands for which of ours (stripe_links), and which events were applied.
import type { Money } from '@plankit/rules';
import type { Queryable } from '../db/db';

export type LinkKind = 'customer' | 'price' | 'subscription' | 'number_subscription' | 'checkout_session';

export interface Link {
  readonly kind: LinkKind;
  readonly localId: string;
  readonly stripeId: string;
  readonly lastEventAt: Date | null;
}

interface LinkRow {
  kind: LinkKind;
  local_id: string;
  stripe_id: string;
  last_event_at: Date | null;
}

const toLink = (row: LinkRow): Link => ({
  kind: row.kind,
  localId: row.local_id,
  stripeId: row.stripe_id,
  lastEventAt: row.last_event_at,
});

export async function findLink(q: Queryable, kind: LinkKind, localId: string): Promise<Link | null> {
  const [row] = await q.query<LinkRow>('SELECT * FROM stripe_links WHERE kind = $1 AND local_id = $2', [kind, localId]);
  return row ? toLink(row) : null;
}

export async function findByStripeId(q: Queryable, kind: LinkKind, stripeId: string): Promise<Link | null> {
  const [row] = await q.query<LinkRow>(
    'SELECT * FROM stripe_links WHERE kind = $1 AND stripe_id = $2 ORDER BY local_id LIMIT 1',
    [kind, stripeId],
  );
  return row ? toLink(row) : null;
}

export async function saveLink(q: Queryable, kind: LinkKind, localId: string, stripeId: string): Promise<void> {
  await q.query(
    `INSERT INTO stripe_links (kind, local_id, stripe_id) VALUES ($1, $2, $3)
     ON CONFLICT (kind, local_id) DO UPDATE SET stripe_id = EXCLUDED.stripe_id, last_event_at = NULL`,
    [kind, localId, stripeId],
  );
}

export async function deleteLink(q: Queryable, kind: LinkKind, localId: string): Promise<void> {
  await q.query('DELETE FROM stripe_links WHERE kind = $1 AND local_id = $2', [kind, localId]);
}

/**
 * Claim an event about a linked object: true when `created` is not older than the last applied
 * event, so a late delivery of an older state cannot overwrite a newer one.
 */
export async function claimNewer(q: Queryable, link: Link, created: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE stripe_links SET last_event_at = $3
     WHERE kind = $1 AND local_id = $2 AND (last_event_at IS NULL OR last_event_at <= $3) RETURNING local_id`,
    [link.kind, link.localId, created],
  );
  return rows.length > 0;
}

/** The Stripe Checkout Sessions ever opened for the number's checkouts. */
export async function checkoutSessionsOfNumber(q: Queryable, numberId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `SELECT l.stripe_id AS id FROM stripe_links l JOIN checkouts k ON k.id = l.local_id
     WHERE l.kind = 'checkout_session' AND k.phone_number_id = $1`,
    [numberId],
  );
  return rows.map((row) => row.id);
}

export interface AmountMismatch {
  readonly subscriptionId: string;
  readonly stripeSubscriptionId: string;
  readonly stripeInvoiceId: string | null;
  readonly quoted: Money;
  readonly invoiced: Money;
}

/** Stripe invoiced something other than the quote: kept for the operator to reconcile. */
export async function recordAmountMismatch(q: Queryable, m: AmountMismatch, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO stripe_amount_mismatches (subscription_id, stripe_subscription_id, stripe_invoice_id,
       quoted_amount, quoted_currency, invoiced_amount, invoiced_currency, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      m.subscriptionId,
      m.stripeSubscriptionId,
      m.stripeInvoiceId,
      m.quoted.amount,
      m.quoted.currency,
      m.invoiced.amount,
      m.invoiced.currency,
      now,
    ],
  );
}
