// Many sub-accounts for the Manage Users benchmark, written set-wise (a few statements, not 10,000):
// each has one approved user; most run Starter or Growth, every 7th has Starter only assigned, and
// every 11th is blocked by the agency.
import { startSubscription } from '@plankit/rules';
import type { Queryable } from './db/db';
import { findPlan } from './store/plans';

const AGENCY = 'agency_northwind';
const RESOURCES = JSON.stringify({
  agents: 1,
  teamMembers: 1,
  concurrentCalls: 0,
  knowledgeBaseMb: 0,
  phoneNumbers: 0,
});

export async function seedManySubAccounts(q: Queryable, count: number, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO sub_accounts (id, agency_id, position, name, status, created_by_agency, assigned_plan_id,
       payment_method, resources, created_at)
     SELECT 'sa_load_' || lpad(g::text, 5, '0'), $1, 2000 + g, 'Load Client ' || lpad(g::text, 5, '0'),
       CASE WHEN g % 11 = 0 THEN 'blocked' ELSE 'active' END, true,
       CASE WHEN g % 7 = 0 THEN 'plan_starter' END, 'card', $2::jsonb, $3
     FROM generate_series(1, $4::int) AS g`,
    [AGENCY, RESOURCES, now, count],
  );
  await q.query(
    `INSERT INTO sub_account_users (id, sub_account_id, name, email, status)
     SELECT 'sau_load_' || lpad(g::text, 5, '0'), 'sa_load_' || lpad(g::text, 5, '0'),
       'Load Owner ' || g, 'owner' || g || '@load' || g || '.example', 'approved'
     FROM generate_series(1, $1::int) AS g`,
    [count],
  );
  // Starter on odd numbers, Growth on even ones; none where the plan is only assigned.
  for (const [planId, parity] of [
    ['plan_starter', 1],
    ['plan_growth', 0],
  ] as const) {
    const plan = await findPlan(q, AGENCY, planId);
    if (!plan) throw new Error(`seed: ${planId} is missing`);
    const { subscription: s } = startSubscription({ id: 'load', plan, now });
    await q.query(
      `INSERT INTO subscriptions (id, sub_account_id, plan_id, terms, currency, version, status, anchor,
         period_start, period_end, trial_end, period_paid, created_at, terms_since)
       SELECT 'sub_load_' || lpad(g::text, 5, '0'), 'sa_load_' || lpad(g::text, 5, '0'), $1, $2::jsonb, $3, $4,
         $5, $6, $7, $8, $9, true, $10, $10
       FROM generate_series(1, $11::int) AS g WHERE g % 2 = $12 AND g % 7 <> 0`,
      [
        plan.id,
        JSON.stringify(s.terms),
        s.terms.currency,
        s.version,
        s.status,
        s.anchor,
        s.periodStart,
        s.periodEnd,
        s.trialEnd,
        now,
        count,
        parity,
      ],
    );
  }
  // Fresh statistics, as a database that has lived has: without them the planner guesses 40 rows.
  await q.query('ANALYZE sub_accounts, sub_account_users, subscriptions');
}
