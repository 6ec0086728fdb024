// Credit: a sub-account's balance and the agency's offline credit pool, in minor units.
import type { Money } from '@plankit/rules';
import type { Queryable } from '../db/db';

/** Store a balance the rules computed (the caller holds the sub-account's row lock). */
export async function setCreditBalance(q: Queryable, subAccountId: string, balance: Money | null): Promise<void> {
  await q.query('UPDATE sub_accounts SET credit_balance_amount = $2, credit_balance_currency = $3 WHERE id = $1', [
    subAccountId,
    balance?.amount ?? null,
    balance?.currency ?? null,
  ]);
}

/** The balance, its row locked until commit so two requests cannot both spend it. */
export async function lockCreditBalance(q: Queryable, subAccountId: string): Promise<Money | null> {
  const [row] = await q.query<{ amount: number | null; currency: string | null }>(
    'SELECT credit_balance_amount AS amount, credit_balance_currency AS currency FROM sub_accounts WHERE id = $1 FOR UPDATE',
    [subAccountId],
  );
  return row?.amount != null && row.currency != null ? { amount: row.amount, currency: row.currency } : null;
}

export async function spendCreditBalance(q: Queryable, subAccountId: string, amount: number): Promise<void> {
  await q.query('UPDATE sub_accounts SET credit_balance_amount = credit_balance_amount - $2 WHERE id = $1', [
    subAccountId,
    amount,
  ]);
}

/**
 * Store the pool the rules computed, in one conditional write (the only statement that locks the
 * agency row, README: lock order): only while it still holds what they read. False when it moved,
 * or when the row does not hold what was written (another writer's trigger drew on it).
 */
export async function setAgencyPool(q: Queryable, agencyId: string, before: Money, after: Money): Promise<boolean> {
  const rows = await q.query<{ amount: string | number }>(
    // The pool is in the agency's currency (the rules refuse a change in another one).
    'UPDATE agencies SET credit_pool_amount = $3 WHERE id = $1 AND credit_pool_amount = $2 RETURNING credit_pool_amount AS amount',
    [agencyId, before.amount, after.amount],
  );
  return rows.length > 0 && Number(rows[0]?.amount) === after.amount;
}
