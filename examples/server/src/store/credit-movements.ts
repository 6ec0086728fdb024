// Credit movements from the ledger: grants to a sub-account's balance, what requests used of it,
// and what the agency's pool paid out, each with the plan change or request it belongs to.
import type { CreditMovement } from '@plankit/sdk/contract';
import type { Queryable } from '../db/db';

interface MovementRow {
  id: string;
  created_at: Date;
  kind: 'credit' | 'credit_applied' | 'agency_pool_debit';
  amount: number;
  currency: string;
  sub_account_id: string;
  sub_account_name: string;
  invoice_id: string | null;
  from_plan_id: string | null;
  from_plan_name: string | null;
  to_plan_id: string | null;
  to_plan_name: string | null;
}

const KIND = { credit: 'granted', credit_applied: 'applied', agency_pool_debit: 'pool_debit' } as const;

const MOVEMENTS_SQL = `SELECT l.id::text AS id, l.created_at, l.kind, l.amount, l.currency, l.sub_account_id,
    s.name AS sub_account_name, l.invoice_id, l.from_plan_id, fp.name AS from_plan_name, l.to_plan_id,
    tp.name AS to_plan_name
  FROM ledger_entries l
  JOIN sub_accounts s ON s.id = l.sub_account_id
  LEFT JOIN plans fp ON fp.id = l.from_plan_id
  LEFT JOIN plans tp ON tp.id = l.to_plan_id`;

function movementFromRow(row: MovementRow): CreditMovement {
  return {
    id: row.id,
    at: row.created_at,
    kind: KIND[row.kind],
    amount: { amount: Number(row.amount), currency: row.currency },
    subAccount: { id: row.sub_account_id, name: row.sub_account_name },
    invoiceId: row.invoice_id,
    change:
      row.to_plan_id === null
        ? null
        : {
            fromPlan: row.from_plan_id === null ? null : { id: row.from_plan_id, name: row.from_plan_name ?? '' },
            toPlan: { id: row.to_plan_id, name: row.to_plan_name ?? '' },
          },
  };
}

/** A sub-account's balance movements (grants and uses), newest first. */
export async function balanceMovements(q: Queryable, subAccountId: string): Promise<CreditMovement[]> {
  const rows = await q.query<MovementRow>(
    `${MOVEMENTS_SQL} WHERE l.sub_account_id = $1 AND l.kind IN ('credit', 'credit_applied')
     ORDER BY l.created_at DESC, l.id DESC`,
    [subAccountId],
  );
  return rows.map(movementFromRow);
}

/** What the agency's pool paid out, newest first. */
export async function poolMovements(q: Queryable, agencyId: string): Promise<CreditMovement[]> {
  const rows = await q.query<MovementRow>(
    `${MOVEMENTS_SQL} WHERE l.agency_id = $1 AND l.kind = 'agency_pool_debit' ORDER BY l.created_at DESC, l.id DESC`,
    [agencyId],
  );
  return rows.map(movementFromRow);
}
