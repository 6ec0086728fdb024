// Latency of GET /v1/sub-accounts (Manage Users) with many sub-accounts: an in-memory PGlite, or DATABASE_URL.
// Run: cd examples/server && npx tsx --conditions=@plankit/source scripts/bench-sub-accounts.ts [sub-accounts] [runs]
import { startTestServer } from '../src/testing';

const subAccounts = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 50);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const seedStart = performance.now();
const server = await startTestServer({ manySubAccounts: subAccounts, databaseUrl: process.env.DATABASE_URL });
console.log(
  `${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: seeded ${subAccounts} sub-accounts in ${Math.round(performance.now() - seedStart)} ms`,
);

async function page(query: string): Promise<{ items: unknown[]; nextCursor: string | null; total: number }> {
  const response = await fetch(`${server.url}/v1/sub-accounts?${query}`, {
    headers: { authorization: 'Bearer tok_owner_northwind' },
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as { items: unknown[]; nextCursor: string | null; total: number };
}

async function measure(label: string, query: string): Promise<void> {
  const times: number[] = [];
  let last = { items: [] as unknown[], total: 0 };
  await page(query); // warm-up
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await page(query);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  const rows = `${last.items.length} of ${last.total}`.padStart(13);
  console.log(`${label.padEnd(36)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  ${rows}`);
}

/** The query of the `n`th page (1-based), reached by following cursors as paging does. */
async function nth(query: string, n: number): Promise<string> {
  let cursor: string | null = null;
  for (let i = 1; i < n; i++) {
    cursor = (await page(cursor ? `${query}&cursor=${cursor}` : query)).nextCursor;
    if (cursor === null) throw new Error(`${query} has fewer than ${n} pages`);
  }
  return cursor ? `${query}&cursor=${cursor}` : query;
}

await measure('first page of 20', 'limit=20');
await measure('second page of 20', await nth('limit=20', 2));
await measure(
  '250th page of 20 (the middle)',
  await nth('limit=100', 50).then((q) => q.replace('limit=100', 'limit=20')),
);
await measure('first page of 100', 'limit=100');
await measure("q=owner4242@ (one user's email)", 'limit=20&q=owner4242%40');
await measure('q=growth (plan name), second page', await nth('limit=20&q=growth', 2));
await measure('planId=plan_starter, first page', 'limit=20&planId=plan_starter');
await measure('status=blocked, first page', 'limit=20&status=blocked');
await measure('q=no such name (no match)', 'limit=20&q=no%20such%20name');

await server.close();
