// Seats, add-ons and packs in the store: the plan's seat pricing, the agency's catalog and what a
// subscription holds. Writers hold the sub-account's row lock (README: lock order).
import type { AddOn, Pack, SeatPricing } from '@plankit/rules';
import type { Queryable } from '../db/db';

/** A decrease waiting for period end. */
export interface PendingItems {
  readonly seatQuantity?: number;
  /** Group → the add-on it renews with; null removes the group's add-on. */
  readonly addOns?: Readonly<Record<string, string | null>>;
}

interface AddOnRow {
  id: string;
  name: string;
  group_key: string;
  price_amount: number;
  currency: string;
}
interface PackRow extends Omit<AddOnRow, 'group_key'> {
  kind: 'minutes' | 'credit';
  minutes: number | null;
  credit_amount: number | null;
}

const addOnOf = (row: AddOnRow): AddOn => ({
  id: row.id,
  name: row.name,
  group: row.group_key,
  price: { amount: row.price_amount, currency: row.currency },
});

function packOf(row: PackRow): Pack {
  const base = { id: row.id, name: row.name, price: { amount: row.price_amount, currency: row.currency } };
  return row.kind === 'minutes'
    ? { ...base, kind: 'minutes', minutes: row.minutes ?? 0 }
    : { ...base, kind: 'credit', credit: { amount: row.credit_amount ?? 0, currency: row.currency } };
}

/** The plan's seat pricing in its currency; null when it sells no seats. */
export async function seatPricingOf(q: Queryable, planId: string): Promise<SeatPricing | null> {
  const [row] = await q.query<{ seat_included: number; seat_price_amount: number | null; currency: string }>(
    'SELECT seat_included, seat_price_amount, currency FROM plans WHERE id = $1',
    [planId],
  );
  if (!row || row.seat_price_amount === null) return null;
  return { includedSeats: row.seat_included, price: { amount: row.seat_price_amount, currency: row.currency } };
}

export interface HeldItems {
  readonly seatQuantity: number;
  readonly addOns: readonly AddOn[];
  readonly pending: PendingItems | null;
}

export async function heldItems(q: Queryable, subscriptionId: string): Promise<HeldItems> {
  const [sub] = await q.query<{ seat_quantity: number; pending_items: PendingItems | null }>(
    'SELECT seat_quantity, pending_items FROM subscriptions WHERE id = $1',
    [subscriptionId],
  );
  const rows = await q.query<AddOnRow>(
    `SELECT c.id, c.name, c.group_key, c.price_amount, c.currency FROM subscription_add_ons s
     JOIN catalog_add_ons c ON c.id = s.add_on_id WHERE s.subscription_id = $1 ORDER BY s.group_key`,
    [subscriptionId],
  );
  return { seatQuantity: sub?.seat_quantity ?? 0, addOns: rows.map(addOnOf), pending: sub?.pending_items ?? null };
}

/** The agency's add-ons and packs in one currency (the plan's). */
export async function catalogOf(
  q: Queryable,
  agencyId: string,
  currency: string,
): Promise<{ addOns: AddOn[]; packs: Pack[] }> {
  const addOns = await q.query<AddOnRow>(
    'SELECT id, name, group_key, price_amount, currency FROM catalog_add_ons WHERE agency_id = $1 AND currency = $2 ORDER BY position, id',
    [agencyId, currency],
  );
  const packs = await q.query<PackRow>(
    `SELECT id, name, kind, price_amount, currency, minutes, credit_amount FROM catalog_packs
     WHERE agency_id = $1 AND currency = $2 ORDER BY position, id`,
    [agencyId, currency],
  );
  return { addOns: addOns.map(addOnOf), packs: packs.map(packOf) };
}

/**
 * Store the items after a change and move the subscription's version on, only while it is still
 * the quoted one. False when another change won.
 */
export async function writeItems(
  q: Queryable,
  subscriptionId: string,
  version: number,
  next: { seatQuantity: number; addOns: readonly AddOn[]; pending: PendingItems | null },
): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    `UPDATE subscriptions SET seat_quantity = $3, pending_items = $4::jsonb, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING id`,
    [subscriptionId, version, next.seatQuantity, next.pending === null ? null : JSON.stringify(next.pending)],
  );
  if (rows.length === 0) return false;
  await q.query('DELETE FROM subscription_add_ons WHERE subscription_id = $1', [subscriptionId]);
  for (const addOn of next.addOns) {
    await q.query('INSERT INTO subscription_add_ons (subscription_id, group_key, add_on_id) VALUES ($1, $2, $3)', [
      subscriptionId,
      addOn.group,
      addOn.id,
    ]);
  }
  return true;
}
