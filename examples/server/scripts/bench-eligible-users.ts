// Latency of GET /v1/numbers/:id/eligible-users with many users: an in-memory PGlite, or DATABASE_URL.
// Run: cd examples/server && npx tsx --conditions=@plankit/source scripts/bench-eligible-users.ts [users] [runs]
import { startTestServer } from '../src/testing';

const users = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 30);
const NUMBER = 'num_sf_0101';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const seedStart = performance.now();
const server = await startTestServer({ manyUsers: users, databaseUrl: process.env.DATABASE_URL });
console.log(`seeded ${users} users in ${Math.round(performance.now() - seedStart)} ms`);

async function page(query: string): Promise<{ nextCursor: string | null; total: number }> {
  const response = await fetch(`${server.url}/v1/numbers/${NUMBER}/eligible-users?${query}`, {
    headers: { authorization: 'Bearer tok_owner_northwind' },
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as { nextCursor: string | null; total: number };
}

async function measure(label: string, query: () => Promise<string>): Promise<void> {
  const times: number[] = [];
  let total = 0;
  await page(await query()); // warm-up
  for (let i = 0; i < runs; i++) {
    const q = await query();
    const start = performance.now();
    total = (await page(q)).total;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  console.log(`${label.padEnd(34)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  total ${total}`);
}

const first = await page('limit=20');
const deep = async () => {
  // The 10th page of 20, reached by following cursors (what scrolling does).
  let cursor = first.nextCursor;
  for (let i = 0; i < 8 && cursor; i++) cursor = (await page(`limit=20&cursor=${cursor}`)).nextCursor;
  return `limit=20&cursor=${cursor}`;
};
const deepQuery = await deep();

await measure('unfiltered, first page', async () => 'limit=20');
await measure('unfiltered, second page', async () => `limit=20&cursor=${first.nextCursor}`);
await measure('unfiltered, 10th page', async () => deepQuery);
await measure('filtered q=bench user 12, first', async () => 'limit=20&q=bench%20user%2012');
const filtered = await page('limit=20&q=bench%20user%2012');
await measure(
  'filtered q=bench user 12, second',
  async () => `limit=20&q=bench%20user%2012&cursor=${filtered.nextCursor}`,
);
await measure('filtered q=harbor (few matches)', async () => 'limit=20&q=harbor');

await server.close();
