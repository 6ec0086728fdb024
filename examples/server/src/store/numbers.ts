import type { PhoneNumber } from '@plankit/rules';
import { type Queryable, textArray } from '../db/db';

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

/** Buys of one area take turns until commit (lock order, README: first). */
export async function lockPurchaseArea(tx: Queryable, prefix: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`buy-number:${prefix}`]);
}

export async function countNumbersWithPrefix(q: Queryable, prefix: string): Promise<number> {
  const [row] = await q.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM phone_numbers WHERE e164 LIKE $1 || '%'",
    [prefix],
  );
  return row?.count ?? 0;
}

/** A bought number enters the pool unassigned. */
export async function insertNumber(q: Queryable, n: PhoneNumber, areaCode: string, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO phone_numbers (id, agency_id, e164, country, area_code, capabilities, telco_cost_amount, currency, state, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, 'unassigned', $9)`,
    [
      n.id,
      n.agencyId,
      n.e164,
      n.country,
      areaCode,
      JSON.stringify(n.capabilities),
      n.telcoCost.amount,
      n.telcoCost.currency,
      now,
    ],
  );
}

/**
 * Reserve an unassigned number with no agent for a user; false when another assign won the race
 * (exactly one of concurrent conditional UPDATEs matches).
 */
export async function claimForUser(
  tx: Queryable,
  numberId: string,
  assignee: { userId: string; subAccountId: string; monthlyPriceAmount: number },
  now: Date,
): Promise<boolean> {
  const won = await tx.query(
    `UPDATE phone_numbers SET state = 'pending_payment', assigned_user_id = $2, assigned_sub_account_id = $3,
       monthly_price_amount = $4, assigned_at = $5, activated_at = NULL, period_end = NULL
     WHERE id = $1 AND state = 'unassigned' AND agent_id IS NULL RETURNING id`,
    [numberId, assignee.userId, assignee.subAccountId, assignee.monthlyPriceAmount, now],
  );
  return won.length === 1;
}

export async function deleteAttachments(tx: Queryable, numberId: string): Promise<void> {
  await tx.query('DELETE FROM number_attachments WHERE phone_number_id = $1', [numberId]);
}

export interface NumberUses {
  readonly phone_number_id: string;
  readonly kind: 'agent' | 'campaign' | 'workflow';
  readonly id: string;
  readonly name: string;
}

/** What uses each of the numbers: its own agent, then its attachments; one statement for any count. */
export async function usesOfNumbers(q: Queryable, numberIds: readonly string[]): Promise<NumberUses[]> {
  if (numberIds.length === 0) return [];
  return q.query<NumberUses>(
    `SELECT n.id AS phone_number_id, 'agent' AS kind, g.id, g.name, 0 AS rank
       FROM phone_numbers n JOIN agents g ON g.id = n.agent_id WHERE n.id = ANY($1::text[])
     UNION ALL
     SELECT t.phone_number_id, t.kind, t.id, t.name, 1 AS rank
       FROM number_attachments t WHERE t.phone_number_id = ANY($1::text[])
     ORDER BY phone_number_id, rank, kind, name, id`,
    [textArray(numberIds)],
  );
}

/** The user's and their sub-account's names, by user id; one statement for any count. */
export async function assigneeNames(
  q: Queryable,
  userIds: readonly string[],
): Promise<Map<string, { userName: string; subAccountName: string }>> {
  if (userIds.length === 0) return new Map();
  const rows = await q.query<{ id: string; user_name: string; sub_account_name: string }>(
    `SELECT u.id, u.name AS user_name, a.name AS sub_account_name FROM sub_account_users u
     JOIN sub_accounts a ON a.id = u.sub_account_id WHERE u.id = ANY($1::text[])`,
    [textArray(userIds)],
  );
  return new Map(rows.map((row) => [row.id, { userName: row.user_name, subAccountName: row.sub_account_name }]));
}
