// Load on the reference server over loopback: requests/s, p50 and p99 for preview, confirm, the
// sub-accounts page and eligible-users search. The server runs in its own process (src/main.ts) on
// PGlite in a temp folder, or on DATABASE_URL; autocannon drives it from this one. A script, not a
// test: it prints numbers. Run: cd examples/server && npx tsx scripts/load.ts [seconds ≤ 10] [connections]
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const seconds = Math.min(10, Number(process.argv[2] ?? 10));
const connections = Number(process.argv[3] ?? 10);
const USERS = 10_000; // 20 "Bench Client" sub-accounts on Starter with a card, 500 users each
const BENCH_ACCOUNTS = USERS / 500;
const TOKEN = 'Bearer tok_owner_northwind';
const CLOCK_START = '2026-11-22T10:00:00.000Z';
const databaseUrl = process.env.DATABASE_URL;

function startServer(): Promise<{ url: string; child: ChildProcess; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-load-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@plankit/source', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DIR: join(dir, 'pglite'),
      SEED_MANY_USERS: String(USERS),
      CLOCK_START,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's log is shown only when it fails to start: requests cut off at a run's end log noise.
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /reference server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve({ url, child, cleanup });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened:\n${out}${log}`)));
  });
}

async function json(url: string, path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { authorization: TOKEN, 'content-type': 'application/json', ...init.headers },
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

interface Row {
  readonly name: string;
  readonly connections: number;
  readonly result: autocannon.Result;
}

async function run(name: string, options: autocannon.Options): Promise<Row> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ duration: seconds, ...options }, (error, done) => (error ? reject(error) : resolve(done)));
  });
  // Requests still in flight when a run ends finish before the next run starts.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return { name, connections: options.connections ?? 10, result };
}

const { url, child, cleanup } = await startServer();
try {
  const headers = { authorization: TOKEN, 'content-type': 'application/json' };
  const previewBody = JSON.stringify({ targetPlanId: 'plan_pro' });
  const rows: Row[] = [];
  rows.push(
    await run('preview (Harbor: Growth → Pro)', {
      url: `${url}/v1/sub-accounts/sa_harbor/change-plan/preview`,
      method: 'POST',
      headers,
      body: previewBody,
      connections,
    }),
  );

  // Confirm: a connection per bench sub-account, each confirm a real change (Starter → Growth now,
  // then Growth → Starter at period end, scheduled anew each time) with the quote's version counted
  // locally (every confirmed change adds one) and a fresh Idempotency-Key.
  const quotedAt = CLOCK_START;
  const versions: number[] = [];
  for (let a = 0; a < BENCH_ACCOUNTS; a += 1) {
    const id = `sa_bench_${String(a).padStart(3, '0')}`;
    const preview = await json(url, `/v1/sub-accounts/${id}/change-plan/preview`, {
      method: 'POST',
      body: JSON.stringify({ targetPlanId: 'plan_growth' }),
    });
    versions.push(Number(preview.quotedVersion));
  }
  const refusals = new Map<string, number>();
  // Accounts not in a request now: each request takes one and gives it back with its response.
  const idle = versions.map((_, a) => a);
  const steps = versions.map(() => 0);
  let key = 0;
  rows.push(
    await run(`confirm (${BENCH_ACCOUNTS} sub-accounts, fresh keys)`, {
      url,
      connections: BENCH_ACCOUNTS,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => {
            const a = idle.shift() ?? 0;
            (context as { account?: number }).account = a;
            const id = `sa_bench_${String(a).padStart(3, '0')}`;
            // Starter → Growth applies now; each Growth → Starter after it schedules the downgrade anew.
            const targetPlanId = steps[a] === 0 ? 'plan_growth' : 'plan_starter';
            key += 1;
            return {
              ...request,
              path: `/v1/sub-accounts/${id}/change-plan`,
              headers: { ...headers, 'idempotency-key': `load-${process.pid}-${key}` },
              body: JSON.stringify({ targetPlanId, quotedAt, quotedVersion: versions[a] }),
            };
          },
          onResponse: (status, body, context) => {
            const a = (context as { account: number }).account;
            if (status === 200) {
              versions[a] = (versions[a] ?? 0) + 1;
              steps[a] = (steps[a] ?? 0) + 1;
            } else {
              const code = `${status} ${/"code":"([a-z_]+)"/.exec(body)?.[1] ?? ''}`;
              refusals.set(code, (refusals.get(code) ?? 0) + 1);
              if (process.env.LOAD_DEBUG) console.log(body.slice(0, 400));
            }
            idle.push(a);
          },
        },
      ],
    }),
  );

  rows.push(
    await run('sub-accounts page', { url: `${url}/v1/sub-accounts`, headers: { authorization: TOKEN }, connections }),
  );
  rows.push(
    await run(`eligible-users search (${USERS.toLocaleString('en')} users)`, {
      url: `${url}/v1/numbers/num_sf_0101/eligible-users?limit=20&q=bench%20user%2012`,
      headers: { authorization: TOKEN },
      connections,
    }),
  );

  if (refusals.size > 0) console.log('confirm refusals:', Object.fromEntries(refusals));
  const database = databaseUrl ? 'PostgreSQL' : 'PGlite';
  console.log(
    `${database}, ${seconds} s a run, loopback, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `${'endpoint'.padEnd(48)}${'conn'.padStart(5)}${'req/s'.padStart(9)}${'p50'.padStart(9)}${'p99'.padStart(9)}${'non-2xx'.padStart(9)}${'errors'.padStart(8)}`,
  );
  for (const { name, connections: c, result } of rows) {
    const ms = (n: number) => `${n} ms`.padStart(9);
    console.log(
      `${name.padEnd(48)}${String(c).padStart(5)}${result.requests.average.toFixed(0).padStart(9)}${ms(result.latency.p50)}${ms(result.latency.p99)}${String(result.non2xx).padStart(9)}${String(result.errors + result.timeouts).padStart(8)}`,
    );
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  cleanup();
}
