// A number's checkout: the payment of its first month, on the local page or the provider's.
import type { Money } from '@plankit/rules';
import type { Queryable } from '../db/db';

export type CheckoutStatus = 'open' | 'complete' | 'declined' | 'expired';

export interface CheckoutRow {
  id: string;
  agency_id: string;
  sub_account_id: string;
  phone_number_id: string;
  amount: number;
  currency: string;
  status: CheckoutStatus;
  return_url: string;
  /** `local`: paid on this server's checkout page; otherwise on the provider's page at `url`. */
  provider: string;
  url: string | null;
}

export async function loadCheckout(q: Queryable, id: string, forUpdate = false): Promise<CheckoutRow | null> {
  const [row] = await q.query<CheckoutRow>(
    `SELECT * FROM checkouts WHERE id = $1${forUpdate ? ' FOR NO KEY UPDATE' : ''}`,
    [id],
  );
  return row ?? null;
}

/** The number's open checkout, newest first (one is open at a time). */
export async function findOpenCheckout(q: Queryable, numberId: string) {
  const [open] = await q.query<{ id: string; return_url: string }>(
    `SELECT id, return_url FROM checkouts WHERE phone_number_id = $1 AND status = 'open' ORDER BY created_at DESC LIMIT 1`,
    [numberId],
  );
  return open ?? null;
}

export interface NewCheckout {
  readonly id: string;
  readonly agencyId: string;
  readonly subAccountId: string;
  readonly phoneNumberId: string;
  readonly amount: Money;
  readonly returnUrl: string;
}

export async function insertCheckout(q: Queryable, c: NewCheckout, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO checkouts (id, agency_id, sub_account_id, phone_number_id, amount, currency, status, return_url, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8)`,
    [c.id, c.agencyId, c.subAccountId, c.phoneNumberId, c.amount.amount, c.amount.currency, c.returnUrl, now],
  );
}

export async function setCheckoutStatus(q: Queryable, id: string, status: CheckoutStatus, now: Date): Promise<void> {
  await q.query('UPDATE checkouts SET status = $2, completed_at = $3 WHERE id = $1', [id, status, now]);
}

/** The number went back to the pool: its open checkout can no longer be paid. */
export async function expireOpenCheckouts(q: Queryable, numberId: string): Promise<void> {
  await q.query(`UPDATE checkouts SET status = 'expired' WHERE phone_number_id = $1 AND status = 'open'`, [numberId]);
}

/** The checkout is paid on the provider's hosted page, never on the local one. */
export async function setCheckoutProviderPage(q: Queryable, id: string, provider: string, url: string) {
  await q.query('UPDATE checkouts SET provider = $3, url = $2 WHERE id = $1', [id, url, provider]);
}

/** What the checkout page shows: the number, the amount and whose it is. */
export async function checkoutSummary(q: Queryable, id: string) {
  const [info] = await q.query<{ e164: string; amount: number; currency: string; sub_account: string }>(
    `SELECT n.e164, k.amount, k.currency, a.name AS sub_account FROM checkouts k
     JOIN phone_numbers n ON n.id = k.phone_number_id JOIN sub_accounts a ON a.id = k.sub_account_id WHERE k.id = $1`,
    [id],
  );
  return info ?? null;
}
