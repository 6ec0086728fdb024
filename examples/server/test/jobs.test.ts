// Work that falls due at an instant, as rows of `jobs` (from 2026-11-22T10:00:00Z). The same file runs
// on PGlite and, under scripts/with-postgres.sh, on a real PostgreSQL.
import { describe, expect, it } from 'vitest';
import { advanceClock, subAccountDetail, useServer } from './helpers';

const { server, api } = useServer();
const DAY = 86_400;

const advance = (seconds: number) => advanceClock(api, seconds);
const detail = (id: string) => subAccountDetail(api, id);

async function jobsOf(subject: string) {
  const rows = await server().db.query<{ task: string; due_at: Date; status: string }>(
    'SELECT task, due_at, status FROM jobs WHERE subject = $1 ORDER BY due_at, id',
    [subject],
  );
  return rows.map((row) => [row.task, row.due_at.toISOString(), row.status]);
}

async function harborSubscriptionId() {
  const id = (await detail('sa_harbor')).subAccount.subscription?.id;
  if (!id) throw new Error('Harbor has no subscription');
  return id;
}

async function renewalInvoices(subAccountId: string) {
  const rows = await server().db.query<{ amount: number; created_at: Date }>(
    `SELECT amount, created_at FROM invoices WHERE sub_account_id = $1 AND kind = 'renewal' ORDER BY created_at`,
    [subAccountId],
  );
  return rows.map((row) => [row.amount, row.created_at.toISOString()]);
}

describe('a subscription period end', () => {
  it('is one job keyed by the subscription and the instant, written with the subscription', async () => {
    expect(await jobsOf(await harborSubscriptionId())).toEqual([
      ['subscription_period_end', '2026-12-12T10:00:00.000Z', 'pending'],
    ]);
  });

  it('applies a scheduled downgrade when its job runs, and enqueues the next period end', async () => {
    const quote = (
      await api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_starter' }, { key: null })
    ).body as { quotedAt: string; quotedVersion: number };
    await api.post('/v1/sub-accounts/sa_harbor/change-plan', { targetPlanId: 'plan_starter', ...quote });
    await advance(20 * DAY);
    expect((await detail('sa_harbor')).subAccount.subscription?.terms.id).toBe('plan_starter');
    expect(await jobsOf(await harborSubscriptionId())).toEqual([
      ['subscription_period_end', '2026-12-12T10:00:00.000Z', 'done'],
      ['subscription_period_end', '2027-01-12T10:00:00.000Z', 'pending'],
    ]);
  });

  it('catches up in order after a long outage: one invoice per period, each dated at its boundary', async () => {
    await advance(82 * DAY);
    expect(await renewalInvoices('sa_harbor')).toEqual([
      [4900, '2026-12-12T10:00:00.000Z'],
      [4900, '2027-01-12T10:00:00.000Z'],
      [4900, '2027-02-12T10:00:00.000Z'],
    ]);
    expect((await detail('sa_harbor')).subAccount.subscription).toMatchObject({
      periodStart: '2027-02-12T10:00:00.000Z',
      periodEnd: '2027-03-12T10:00:00.000Z',
    });
  });

  it('changes nothing when its job runs a second time', async () => {
    await advance(20 * DAY);
    const before = await detail('sa_harbor');
    await server().db.query(`UPDATE jobs SET status = 'pending' WHERE task = 'subscription_period_end'`);
    await advance(1);
    const after = await detail('sa_harbor');
    expect(after.subAccount.subscription).toEqual(before.subAccount.subscription);
    expect(after.usage).toEqual(before.usage);
    expect(await renewalInvoices('sa_harbor')).toEqual([[4900, '2026-12-12T10:00:00.000Z']]);
  });
});

describe('the runner of the database', () => {
  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL is graphile-worker: one job per row, keyed by task, subject and instant, waiting for the frozen clock',
    async () => {
      const subject = await harborSubscriptionId();
      const [state] = await server().db.query<{ schema: string }>(
        `SELECT value #>> '{}' AS schema FROM server_state WHERE key = 'job_queue_schema'`,
      );
      const queued = async () => {
        const rows = await server().db.query<{
          task: string;
          key: string;
          waiting: boolean;
          payload: { dueAt: string };
        }>(
          `SELECT t.identifier AS task, j.key, j.run_at = 'infinity' AS waiting, j.payload
           FROM "${state?.schema}"._private_jobs j JOIN "${state?.schema}"._private_tasks t ON t.id = j.task_id
           WHERE j.key LIKE $1`,
          [`subscription_period_end/${subject}/%`],
        );
        return rows.map((row) => ({ ...row, payload: { ...row.payload, dueAt: new Date(row.payload.dueAt) } }));
      };
      expect(await queued()).toEqual([
        {
          task: 'plankit_job',
          key: `subscription_period_end/${subject}/2026-12-12T10:00:00.000000Z`,
          // Not due on the development clock (frozen at 22 November): it waits for a move.
          waiting: true,
          payload: { task: 'subscription_period_end', subject, dueAt: new Date('2026-12-12T10:00:00Z') },
        },
      ]);
      await advance(20 * DAY);
      // Done: graphile-worker deleted its job; the next period end waits.
      expect((await queued()).map((row) => row.key)).toEqual([
        `subscription_period_end/${subject}/2027-01-12T10:00:00.000000Z`,
      ]);
    },
  );

  it.runIf(!process.env.DATABASE_URL)('on PGlite is the in-process runner: nothing is queued elsewhere', async () => {
    const [state] = await server().db.query(
      `SELECT count(*)::int AS n FROM server_state WHERE key = 'job_queue_schema'`,
    );
    expect(state).toEqual({ n: 0 });
    expect(await server().db.query(`SELECT 1 FROM pg_namespace WHERE nspname LIKE '%graphile%'`)).toEqual([]);
  });
});

describe('the development clock', () => {
  it('enqueues nothing of its own: moving it only makes existing jobs due', async () => {
    const count = async () => (await server().db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs'))[0]?.n;
    const before = await count();
    await advance(3600);
    expect(await count()).toBe(before);
  });

  it('runs nothing before its instant', async () => {
    await advance(20 * DAY - 1);
    expect((await detail('sa_harbor')).subAccount.subscription?.periodEnd).toBe('2026-12-12T10:00:00.000Z');
    expect(await server().deps.jobs.kick()).toEqual({});
  });
});

describe('a number period end', () => {
  it('returns a releasing number to the pool once, notifying its user', async () => {
    expect(await jobsOf('num_chi_0106')).toEqual([['number_period_end', '2026-11-27T10:00:00.000Z', 'pending']]);
    await advance(5 * DAY);
    expect(await jobsOf('num_chi_0106')).toEqual([['number_period_end', '2026-11-27T10:00:00.000Z', 'done']]);
    const notes = await server().db.query(
      `SELECT kind, created_at FROM outbox WHERE payload->>'numberId' = 'num_chi_0106' ORDER BY id`,
    );
    expect(notes).toEqual([{ kind: 'number_released', created_at: new Date('2026-11-27T10:00:00.000Z') }]);
  });

  it('renews an active number month by month, each month its own job', async () => {
    await advance(52 * DAY);
    expect(await jobsOf('num_ny_0105')).toEqual([
      ['number_period_end', '2026-12-12T10:00:00.000Z', 'done'],
      ['number_period_end', '2027-01-12T10:00:00.000Z', 'done'],
      ['number_period_end', '2027-02-12T10:00:00.000Z', 'pending'],
    ]);
  });
});

describe('an unpaid offline period', () => {
  it('notifies the sub-account at the Past Due instant and again at the Blocked instant', async () => {
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_offline_basic' });
    await api.post('/v1/sub-accounts/sa_cedar/subscription', {});
    const notices = () =>
      server().db.query(
        // Cedar's own: Larch Outfitters (Fjord) has a request of its own falling due on Dec 3.
        `SELECT kind, recipient_user_id, created_at FROM outbox
         WHERE kind LIKE 'payment_%' AND recipient_user_id = 'sau_cedar' ORDER BY id`,
      );
    await advance(14 * DAY - 1);
    expect(await notices()).toEqual([]);
    await advance(1);
    expect(await notices()).toEqual([
      { kind: 'payment_past_due', recipient_user_id: 'sau_cedar', created_at: new Date('2026-12-06T10:00:00.000Z') },
    ]);
    await advance(7 * DAY);
    expect((await notices()).map((n) => [n.kind, (n.created_at as Date).toISOString()])).toEqual([
      ['payment_past_due', '2026-12-06T10:00:00.000Z'],
      ['payment_blocked', '2026-12-13T10:00:00.000Z'],
    ]);
  });
});
