import type { PhoneNumber } from '@plankit/rules';
import type { Queryable } from '../db/db';

interface NumberRow {
  id: string;
  agency_id: string;
  e164: string;
  country: string;
  capabilities: PhoneNumber['capabilities'];
  telco_cost_amount: number;
  currency: string;
  agent_id: string | null;
  state: PhoneNumber['state'];
  assigned_user_id: string | null;
  assigned_sub_account_id: string | null;
  monthly_price_amount: number | null;
  assigned_at: Date | null;
  activated_at: Date | null;
  period_end: Date | null;
}

export function numberFromRow(row: NumberRow): PhoneNumber {
  return {
    id: row.id,
    agencyId: row.agency_id,
    e164: row.e164,
    country: row.country,
    capabilities: row.capabilities,
    telcoCost: { amount: row.telco_cost_amount, currency: row.currency },
    agentId: row.agent_id,
    state: row.state,
    assignedTo:
      row.assigned_user_id && row.assigned_sub_account_id && row.assigned_at
        ? {
            userId: row.assigned_user_id,
            subAccountId: row.assigned_sub_account_id,
            monthlyPrice: { amount: row.monthly_price_amount ?? 0, currency: row.currency },
            assignedAt: row.assigned_at,
            activatedAt: row.activated_at,
          }
        : null,
    periodEnd: row.period_end,
  };
}

export async function loadNumber(q: Queryable, id: string, { forUpdate = false } = {}): Promise<PhoneNumber | null> {
  const [row] = await q.query<NumberRow>(
    `SELECT * FROM phone_numbers WHERE id = $1${forUpdate ? ' FOR NO KEY UPDATE' : ''}`,
    [id],
  );
  return row ? numberFromRow(row) : null;
}

export async function queryNumbers(
  q: Queryable,
  where: string,
  params: readonly (string | Date)[],
): Promise<PhoneNumber[]> {
  const rows = await q.query<NumberRow>(`SELECT * FROM phone_numbers WHERE ${where} ORDER BY e164, id`, params);
  return rows.map(numberFromRow);
}

/** Write a number's state after a transition (not an assignment: that one is conditional). */
export async function saveNumber(q: Queryable, n: PhoneNumber): Promise<void> {
  await q.query(
    `UPDATE phone_numbers SET state = $2, agent_id = $3, assigned_user_id = $4, assigned_sub_account_id = $5,
       monthly_price_amount = $6, assigned_at = $7, activated_at = $8, period_end = $9 WHERE id = $1`,
    [
      n.id,
      n.state,
      n.agentId,
      n.assignedTo?.userId ?? null,
      n.assignedTo?.subAccountId ?? null,
      n.assignedTo?.monthlyPrice.amount ?? null,
      n.assignedTo?.assignedAt ?? null,
      n.assignedTo?.activatedAt ?? null,
      n.periodEnd,
    ],
  );
}
