// Credit: a sub-account's balance and the agency's offline credit pool, in minor units.
import type { Money } from '@plankit/rules';
import type { Queryable } from '../db/db';

export async function addToCreditBalance(q: Queryable, subAccountId: string, credit: Money): Promise<void> {
  await q.query(
    `UPDATE sub_accounts SET credit_balance_amount = COALESCE(credit_balance_amount, 0) + $2,
       credit_balance_currency = $3 WHERE id = $1`,
    [subAccountId, credit.amount, credit.currency],
  );
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
 * Take `amount` from the agency's pool in one conditional write (the only statement that locks the
 * agency row, README: lock order). Returns what is left, or null when the agency has no pool.
 */
export async function drawFromAgencyPool(q: Queryable, agencyId: string, amount: number): Promise<number | null> {
  const [pool] = await q.query<{ amount: number }>(
    `UPDATE agencies SET credit_pool_amount = credit_pool_amount - $2
     WHERE id = $1 AND credit_pool_amount IS NOT NULL RETURNING credit_pool_amount AS amount`,
    [agencyId, amount],
  );
  return pool ? pool.amount : null;
}
