// Two server processes on one PostgreSQL do each job exactly once through graphile-worker, even when
// one is killed with SIGKILL in the middle of the work; the host's webhook endpoint (a loopback
// receiver) gets each event once. Needs a real PostgreSQL (scripts/with-postgres.sh).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { verifyWebhook } from '@plankit/sdk/webhooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/db/db';
import { createPostgresDb } from '../src/db/postgres';
import { TEST_NOW } from '../src/testing';
import { describeWithPostgres } from './helpers';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const SUB_ACCOUNTS = 50;
const NUMBERS_EACH = 3;
const MINUTE = 60_000;

const WEBHOOK_SECRET = 'two-instances-webhook-secret';

/** `src/main.ts` on the database, as `pnpm start` runs it, sending events to `webhookUrl`; resolves once it listens. */
function startMain(url: string, webhookUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', JOB_POLL_MS: '50' };
  Object.assign(env, { WEBHOOK_URL: webhookUrl, WEBHOOK_SECRET, WEBHOOK_AGENCY_ID: 'agency_northwind' });
  Object.assign(env, { CLOCK_START: TEST_NOW.toISOString() });
  const child = spawn(tsx, ['--conditions=@plankit/source', 'src/main.ts'], { cwd: serverDir, env });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Plankit reference server on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}): ${err}`)));
  });
}

// 50 copies of Harbor Fitness (Growth, a card that pays), each with 3 active numbers: 200 period ends,
// one a minute from an hour after the start on.
async function addPeriodEnds(db: Db) {
  await db.exec(`
    INSERT INTO sub_accounts SELECT (jsonb_populate_record(NULL::sub_accounts, to_jsonb(a)
      || jsonb_build_object('id', 'sa_bulk_' || i, 'name', 'Bulk ' || i))).*
    FROM sub_accounts a, generate_series(1, ${SUB_ACCOUNTS}) i WHERE a.id = 'sa_harbor';
    INSERT INTO subscriptions SELECT (jsonb_populate_record(NULL::subscriptions, to_jsonb(s)
      || jsonb_build_object('id', 'sub_bulk_' || i, 'sub_account_id', 'sa_bulk_' || i,
           'period_end', '${TEST_NOW.toISOString()}'::timestamptz + make_interval(mins => 60 + 4 * i)))).*
    FROM subscriptions s, generate_series(1, ${SUB_ACCOUNTS}) i WHERE s.sub_account_id = 'sa_harbor' AND s.is_current;
    INSERT INTO phone_numbers SELECT (jsonb_populate_record(NULL::phone_numbers, to_jsonb(n)
      || jsonb_build_object('id', 'num_bulk_' || i || '_' || k, 'e164', '+1999' || lpad((i * 10 + k)::text, 7, '0'),
           'assigned_sub_account_id', 'sa_bulk_' || i, 'agent_id', NULL,
           'period_end', '${TEST_NOW.toISOString()}'::timestamptz + make_interval(mins => 60 + 4 * i + k)))).*
    FROM phone_numbers n, generate_series(1, ${SUB_ACCOUNTS}) i, generate_series(1, ${NUMBERS_EACH}) k
    WHERE n.id = 'num_ny_0105';
  `);
}

const BULK = `(subject LIKE 'sub_bulk_%' OR subject LIKE 'num_bulk_%')`;

async function bulkJobs(db: Db, status: string) {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM jobs WHERE ${BULK} AND status = $1 AND due_at < $2`,
    [status, new Date(TEST_NOW.getTime() + 24 * 60 * MINUTE)],
  );
  return row?.n ?? 0;
}

describeWithPostgres('two instances on one PostgreSQL', (databaseUrl) => {
  const name = `plankit_two_${randomBytes(4).toString('hex')}`;
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const admin = createPostgresDb({ connectionString: databaseUrl, max: 1 });
  let db: Db;
  let receiver: WebhookReceiver;
  let aBaseUrl = '';
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await admin.exec(`CREATE DATABASE ${name}`);
    receiver = await startWebhookReceiver();
    // The first instance migrates and seeds; the second finds both done.
    const a = await startMain(url.toString(), receiver.url);
    children.push(a.child);
    aBaseUrl = a.url;
    db = createPostgresDb({ connectionString: url.toString(), max: 4 });
    await addPeriodEnds(db);
  }, 120_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db?.close();
    await receiver?.close();
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });

  it('renews and releases each of 200 period ends, and delivers each webhook, exactly once when one instance is killed mid-run', async () => {
    const b = await startMain(url.toString(), receiver.url);
    children.push(b.child);
    const [a] = children;
    if (!a) throw new Error('instance A did not start');
    expect(await bulkJobs(db, 'pending')).toBe(200);

    // Instance A moves the clock a day and works through what fell due; B polls the same table.
    const moved = fetch(`${aBaseUrl}/v1/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: 86_400 }),
    }).catch(() => null);
    let doneAtKill = 0;
    for (;;) {
      doneAtKill = await bulkJobs(db, 'done');
      if (doneAtKill >= 20) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    a.kill('SIGKILL');
    const killedAt = Date.now();
    await moved;
    expect(doneAtKill).toBeLessThan(200);

    await expect.poll(() => bulkJobs(db, 'done'), { timeout: 60_000, interval: 200 }).toBe(200);

    // Each subscription: one renewal invoice, the period moved on once, the minutes granted once.
    const subscriptions = await db.query<{ invoices: number; moved: boolean; minutes: number }>(
      `SELECT (SELECT count(*)::int FROM invoices i WHERE i.subscription_id = s.id AND i.kind = 'renewal') AS invoices,
           s.period_start = '${TEST_NOW.toISOString()}'::timestamptz + make_interval(mins => 60 + 4 * substr(s.id, 10)::int) AS moved,
           (SELECT included_minutes FROM usage_periods u WHERE u.subscription_id = s.id AND u.period_start = s.period_start) AS minutes
         FROM subscriptions s WHERE s.id LIKE 'sub_bulk_%' ORDER BY s.id`,
    );
    expect(subscriptions).toHaveLength(SUB_ACCOUNTS);
    expect(subscriptions.filter((s) => s.invoices !== 1 || !s.moved || s.minutes !== 1000)).toEqual([]);
    // Each number: one renewal charge and its next period end (on its activation day, 12 December).
    const numbers = await db.query<{ id: string; charges: number; period_end: Date }>(
      `SELECT n.id, n.period_end,
           (SELECT count(*)::int FROM invoices i WHERE i.phone_number_id = n.id AND i.kind = 'number') AS charges
         FROM phone_numbers n WHERE n.id LIKE 'num_bulk_%' ORDER BY n.id`,
    );
    expect(numbers).toHaveLength(SUB_ACCOUNTS * NUMBERS_EACH);
    expect(numbers.filter((n) => n.charges !== 1 || n.period_end.toISOString() !== '2026-12-12T10:00:00.000Z')).toEqual(
      [],
    );
    // Nothing half-applied: every next period end is enqueued once, and no job was left failing.
    expect(await bulkJobs(db, 'failed')).toBe(0);
    const [next] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE ${BULK} AND status = 'pending'`,
    );
    expect(next?.n).toBe(200);
    // graphile-worker's side: nothing left locked by the killed instance (its locks would otherwise
    // hold for 4 hours), and each next period end waits as exactly one graphile job.
    const [queue] = await db.query<{ locked: number; waiting: number; keys: number }>(
      `SELECT count(*) FILTER (WHERE q.locked_at IS NOT NULL)::int AS locked, count(*)::int AS waiting,
           count(DISTINCT q.key)::int AS keys
         FROM graphile_worker.jobs q JOIN jobs j ON q.key = job_queue_key(j.task, j.subject, j.due_at)
         WHERE j.subject LIKE 'sub_bulk_%' OR j.subject LIKE 'num_bulk_%'`,
    );
    expect(queue).toEqual({ locked: 0, waiting: 200, keys: 200 });

    // Webhooks: every event of the run reached the host's endpoint, and the log says delivered once.
    await expect
      .poll(() => db.query(`SELECT id FROM webhook_deliveries WHERE status <> 'delivered'`), {
        timeout: 60_000,
        interval: 200,
      })
      .toEqual([]);
    const logged = await db.query<{ event_id: string; attempts: number; logged: number }>(
      `SELECT d.event_id, d.attempts, (SELECT count(*)::int FROM webhook_attempts t WHERE t.delivery_id = d.id) AS logged
         FROM webhook_deliveries d ORDER BY d.event_id`,
    );
    expect(logged.length).toBeGreaterThanOrEqual(200);
    expect(logged.filter((d) => d.attempts !== 1 || d.logged !== 1)).toEqual([]);
    // Every request signed with the endpoint's secret; counted per event id of the verified body.
    const received = new Map<string, number[]>();
    for (const request of receiver.requests) {
      const { id } = await verifyWebhook(request.body, request.headers, WEBHOOK_SECRET);
      received.set(id, [...(received.get(id) ?? []), request.receivedAt]);
    }
    expect([...received.keys()].sort()).toEqual(logged.map((d) => d.event_id));
    // Exactly once, but for a send the killed instance made and could not commit (README: a crash
    // before commit repeats the attempt; receivers dedupe on the event id): such a first copy
    // arrived before the kill, and there are at most as many as its worker runs at once (2).
    const twice = [...received].filter(([, times]) => times.length > 1);
    expect(twice.filter(([, times]) => times.length > 2 || (times[0] ?? 0) > killedAt)).toEqual([]);
    expect(twice.length).toBeLessThanOrEqual(2);
  }, 120_000);
});
