import type {
  ImpactKind,
  Plan,
  ResourceCounts,
  ScheduledChange,
  SubAccount,
  SubAccountUser,
  Subscription,
} from '@plankit/rules';
import { prepared, type Queryable, textArray } from '../db/db';
import { type AgencyRecord, agencyRecord } from './agencies';
import type { AgencyRow } from './rows';

export type PaymentMethod = 'none' | 'card' | 'card_declines';

interface SubAccountRow {
  id: string;
  agency_id: string;
  name: string;
  status: SubAccount['status'];
  created_by_agency: boolean;
  custom_contract: boolean;
  assigned_plan_id: string | null;
  payment_method: PaymentMethod;
  credit_balance_amount: number | null;
  credit_balance_currency: string | null;
  wallet_minutes: number;
  resources: ResourceCounts;
  numbers_in_use: number;
}

interface ScheduledChangeJson {
  targetPlanId: string;
  targetTerms: Plan;
  kind: ImpactKind;
  effectiveAt: string;
  createdAt: string;
}

/** The current subscription's columns, prefixed `s_` (all null without one), and this period's usage. */
interface SubscriptionColumns {
  s_id: string | null;
  s_plan_id: string;
  s_terms: Plan;
  s_terms_since: Date;
  s_cancel_at: Date | null;
  s_version: number;
  s_status: Subscription['status'];
  s_anchor: Date;
  s_period_start: Date;
  s_period_end: Date;
  s_trial_end: Date | null;
  s_period_paid: boolean;
  s_scheduled_change: ScheduledChangeJson | null;
  s_has_open_invoice: boolean;
  voice_seconds: number | null;
  chats: number | null;
  included_minutes: number | null;
}

/** The agency's columns, prefixed `g_`. */
interface AgencyColumns {
  g_name: string;
  g_currency: string;
  g_feature_change_plan: boolean;
  g_credit_pool_amount: number | null;
  g_policy: AgencyRow['policy'];
}

type LoadRow = SubAccountRow & SubscriptionColumns & AgencyColumns;

/** A sub-account as the rules see it, plus what only the server knows. */
export interface SubAccountRecord {
  readonly subAccount: SubAccount;
  readonly paymentMethod: PaymentMethod;
  /** The subscription's plan in the catalog (terms may differ: they are a snapshot). */
  readonly planId: string | null;
}

export function scheduledChangeToJson(change: ScheduledChange | null): string | null {
  if (change === null) return null;
  const json: ScheduledChangeJson = {
    targetPlanId: change.targetPlanId,
    targetTerms: change.targetTerms,
    kind: change.kind,
    effectiveAt: change.effectiveAt.toISOString(),
    createdAt: change.createdAt.toISOString(),
  };
  return JSON.stringify(json);
}

function scheduledChangeFromJson(json: ScheduledChangeJson | null): ScheduledChange | null {
  if (json === null) return null;
  return { ...json, effectiveAt: new Date(json.effectiveAt), createdAt: new Date(json.createdAt) };
}

// The sub-account, its current subscription, this period's usage and its agency in one statement.
const LOAD_SQL = `
  SELECT a.id, a.agency_id, a.name, a.status, a.created_by_agency, a.custom_contract, a.assigned_plan_id,
    a.payment_method, a.credit_balance_amount, a.credit_balance_currency, a.wallet_minutes, a.resources,
    (SELECT count(*)::int FROM phone_numbers n WHERE n.assigned_sub_account_id = a.id) AS numbers_in_use,
    s.id AS s_id, s.plan_id AS s_plan_id, s.terms AS s_terms, s.terms_since AS s_terms_since, s.cancel_at AS s_cancel_at, s.version AS s_version, s.status AS s_status,
    s.anchor AS s_anchor, s.period_start AS s_period_start, s.period_end AS s_period_end,
    s.trial_end AS s_trial_end, s.period_paid AS s_period_paid, s.scheduled_change AS s_scheduled_change,
    EXISTS (SELECT 1 FROM invoices i WHERE i.subscription_id = s.id AND i.status = 'open') AS s_has_open_invoice,
    u.voice_seconds, u.chats, u.included_minutes,
    g.name AS g_name, g.currency AS g_currency, g.feature_change_plan AS g_feature_change_plan,
    g.credit_pool_amount AS g_credit_pool_amount, g.policy AS g_policy
  FROM sub_accounts a
  JOIN agencies g ON g.id = a.agency_id
  LEFT JOIN subscriptions s ON s.sub_account_id = a.id AND s.is_current
  LEFT JOIN usage_periods u ON u.subscription_id = s.id AND u.period_start = s.period_start`;

const loadOne = prepared('sub_account_load', `${LOAD_SQL} WHERE a.id = $1`);
// FOR NO KEY UPDATE: other transactions' foreign-key checks (FOR KEY SHARE) on this row do not wait.
const lockOne = prepared('sub_account_lock', 'SELECT id FROM sub_accounts WHERE id = $1 FOR NO KEY UPDATE');

function recordFromRow(row: LoadRow): SubAccountRecord {
  const subscription: Subscription | null =
    row.s_id === null
      ? null
      : {
          id: row.s_id,
          version: row.s_version,
          terms: row.s_terms,
          termsSince: row.s_terms_since,
          status: row.s_status,
          anchor: row.s_anchor,
          periodStart: row.s_period_start,
          periodEnd: row.s_period_end,
          trialEnd: row.s_trial_end,
          periodPaid: row.s_period_paid,
          hasOpenInvoice: row.s_has_open_invoice,
          scheduledChange: scheduledChangeFromJson(row.s_scheduled_change),
          cancelAt: row.s_cancel_at,
        };
  const subAccount: SubAccount = {
    id: row.id,
    agencyId: row.agency_id,
    name: row.name,
    status: row.status,
    createdByAgency: row.created_by_agency,
    customContract: row.custom_contract,
    assignedPlanId: row.assigned_plan_id,
    subscription,
    hasPaymentMethod: row.payment_method !== 'none',
    creditBalance:
      row.credit_balance_amount === null || row.credit_balance_currency === null
        ? null
        : { amount: row.credit_balance_amount, currency: row.credit_balance_currency },
    usage: {
      voiceSeconds: row.voice_seconds ?? 0,
      chats: row.chats ?? 0,
      includedMinutes: row.included_minutes ?? 0,
      walletMinutes: row.wallet_minutes,
      resources: { ...row.resources, phoneNumbers: row.numbers_in_use },
    },
  };
  return { subAccount, paymentMethod: row.payment_method, planId: row.s_id === null ? null : row.s_plan_id };
}

function agencyOfRow(row: LoadRow): AgencyRecord {
  return agencyRecord({
    id: row.agency_id,
    name: row.g_name,
    currency: row.g_currency,
    feature_change_plan: row.g_feature_change_plan,
    credit_pool_amount: row.g_credit_pool_amount,
    policy: row.g_policy,
  });
}

async function loadRow(q: Queryable, id: string, forUpdate: boolean): Promise<LoadRow | null> {
  // The lock is its own statement so that the read after it sees what the transaction it waited for
  // committed (a locking read re-checks only the locked row, not the joined subscription).
  if (forUpdate) await q.query(lockOne, [id]);
  const [row] = await q.query<LoadRow>(loadOne, [id]);
  return row ?? null;
}

/** Load a sub-account with its current subscription and this period's usage; `forUpdate` locks its row (README: lock order). */
export async function loadSubAccount(
  q: Queryable,
  id: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<SubAccountRecord | null> {
  const row = await loadRow(q, id, forUpdate);
  return row ? recordFromRow(row) : null;
}

/** The same, with its agency (read, never locked), in the same statement. */
export async function loadSubAccountAndAgency(
  q: Queryable,
  id: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<{ record: SubAccountRecord; agency: AgencyRecord } | null> {
  const row = await loadRow(q, id, forUpdate);
  return row ? { record: recordFromRow(row), agency: agencyOfRow(row) } : null;
}

/** Several sub-accounts in one statement, in the order of `ids` (missing ones left out). */
export async function loadSubAccounts(q: Queryable, ids: readonly string[]): Promise<SubAccountRecord[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<LoadRow>(`${LOAD_SQL} WHERE a.id = ANY($1::text[])`, [textArray(ids)]);
  const byId = new Map(rows.map((row) => [row.id, recordFromRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listSubAccountUsers(q: Queryable, subAccountId: string): Promise<SubAccountUser[]> {
  return q.query<SubAccountUser>(
    `SELECT id, sub_account_id AS "subAccountId", name, email, status
     FROM sub_account_users WHERE sub_account_id = $1 ORDER BY name, id`,
    [subAccountId],
  );
}

/** The users of several sub-accounts in one statement, by sub-account. */
export async function usersOfSubAccounts(
  q: Queryable,
  subAccountIds: readonly string[],
): Promise<Map<string, SubAccountUser[]>> {
  const byAccount = new Map<string, SubAccountUser[]>(subAccountIds.map((id) => [id, []]));
  if (subAccountIds.length === 0) return byAccount;
  const rows = await q.query<SubAccountUser>(
    `SELECT id, sub_account_id AS "subAccountId", name, email, status
     FROM sub_account_users WHERE sub_account_id = ANY($1::text[]) ORDER BY name, id`,
    [textArray(subAccountIds)],
  );
  for (const user of rows) byAccount.get(user.subAccountId)?.push(user);
  return byAccount;
}

/** A sub-account user by id, with what the eligibility rules read of them. */
export async function loadSubAccountUser(q: Queryable, id: string) {
  const [user] = await q.query<{
    id: string;
    sub_account_id: string;
    name: string;
    email: string;
    status: SubAccountUser['status'];
  }>('SELECT id, sub_account_id, name, email, status FROM sub_account_users WHERE id = $1', [id]);
  return user ?? null;
}

export async function paymentMethodOf(q: Queryable, subAccountId: string): Promise<PaymentMethod> {
  const [row] = await q.query<{ payment_method: PaymentMethod }>(
    'SELECT payment_method FROM sub_accounts WHERE id = $1',
    [subAccountId],
  );
  return row?.payment_method ?? 'none';
}

/** The sub-account's id and name, and its payment method (what a provider's customer is made of). */
export async function subAccountName(
  q: Queryable,
  id: string,
): Promise<{ id: string; name: string; payment_method: PaymentMethod } | null> {
  const [row] = await q.query<{ id: string; name: string; payment_method: PaymentMethod }>(
    'SELECT id, name, payment_method FROM sub_accounts WHERE id = $1',
    [id],
  );
  return row ?? null;
}

export async function setAssignedPlan(q: Queryable, subAccountId: string, planId: string): Promise<void> {
  await q.query('UPDATE sub_accounts SET assigned_plan_id = $2 WHERE id = $1', [subAccountId, planId]);
}

export async function setWalletMinutes(q: Queryable, subAccountId: string, minutes: number): Promise<void> {
  await q.query('UPDATE sub_accounts SET wallet_minutes = $2 WHERE id = $1', [subAccountId, minutes]);
}

export async function markPeriodPaid(q: Queryable, subscriptionId: string): Promise<void> {
  await q.query('UPDATE subscriptions SET period_paid = true WHERE id = $1', [subscriptionId]);
}

/** Insert a new current subscription (the previous one, if any, stops being current). */
export async function insertSubscription(
  q: Queryable,
  subAccountId: string,
  planId: string,
  s: Subscription,
  now: Date,
): Promise<void> {
  await q.query('UPDATE subscriptions SET is_current = false WHERE sub_account_id = $1 AND is_current', [subAccountId]);
  await q.query(
    `INSERT INTO subscriptions (id, sub_account_id, plan_id, terms, currency, version, status, anchor, period_start,
       period_end, trial_end, period_paid, scheduled_change, created_at, terms_since, cancel_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16)`,
    [
      s.id,
      subAccountId,
      planId,
      JSON.stringify(s.terms),
      s.terms.currency,
      s.version,
      s.status,
      s.anchor,
      s.periodStart,
      s.periodEnd,
      s.trialEnd,
      s.periodPaid,
      scheduledChangeToJson(s.scheduledChange),
      now,
      s.termsSince,
      s.cancelAt,
    ],
  );
}

/**
 * Write a changed subscription only if nobody changed it since `expectedVersion` was read.
 * Returns false when the version moved (the caller lost a race).
 */
export async function updateSubscription(
  q: Queryable,
  s: Subscription,
  planId: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE subscriptions SET plan_id = $2, terms = $3::jsonb, version = $4, status = $5, anchor = $6,
       period_start = $7, period_end = $8, trial_end = $9, period_paid = $10, scheduled_change = $11::jsonb,
       terms_since = $13, cancel_at = $14
     WHERE id = $1 AND version = $12 RETURNING id`,
    [
      s.id,
      planId,
      JSON.stringify(s.terms),
      s.version,
      s.status,
      s.anchor,
      s.periodStart,
      s.periodEnd,
      s.trialEnd,
      s.periodPaid,
      scheduledChangeToJson(s.scheduledChange),
      expectedVersion,
      s.termsSince,
      s.cancelAt,
    ],
  );
  return rows.length === 1;
}

/** Open (or top up) the usage record of a period with included minutes. */
export async function grantMinutes(q: Queryable, subscriptionId: string, periodStart: Date, minutes: number) {
  await q.query(
    `INSERT INTO usage_periods (subscription_id, period_start, included_minutes) VALUES ($1, $2, $3)
     ON CONFLICT (subscription_id, period_start) DO UPDATE
       SET included_minutes = usage_periods.included_minutes + EXCLUDED.included_minutes`,
    [subscriptionId, periodStart, minutes],
  );
}
