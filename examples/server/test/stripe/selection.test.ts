// Provider selection end to end: the server started from its entry point (as `pnpm start` does)
// bills through Stripe exactly when STRIPE_SECRET_KEY is set, with no other switch.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../src/testing';
import { FakeStripe } from './fake-stripe';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
const fake = new FakeStripe(() => TEST_NOW);
const running: { child: ChildProcess; dir: string }[] = [];

beforeAll(() => fake.start());
afterAll(() => fake.close());
afterEach(async () => {
  for (const { child, dir } of running.splice(0)) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
  fake.reset();
});

/** Start `src/main.ts` with only these variables added to a clean environment; resolves its URL and log. */
async function startMain(extra: Record<string, string>): Promise<{ url: string; banner: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'plankit-main-'));
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env)) if (/^(STRIPE_|DATABASE_URL$)/.test(name)) delete env[name];
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', PGLITE_DIR: dir, CLOCK_START: TEST_NOW.toISOString() }, extra);
  const child = spawn(tsx, ['--conditions=@plankit/source', 'src/main.ts'], { cwd: serverDir, env });
  running.push({ child, dir });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Plankit reference server on (http:\/\/[^ ]+) (.*)/.exec(out);
      if (match?.[1] && match[2]) resolve({ url: match[1], banner: match[2] });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

let keys = 0;
async function post(url: string, path: string, body: unknown = {}) {
  keys += 1;
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer tok_owner_northwind',
      'idempotency-key': `selection-${keys}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Bluebird Bakery (free, card on file) starts on Starter: the first $29.00 is charged. */
async function startBluebird(url: string) {
  expect((await post(url, '/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_starter' })).status).toBe(200);
  const started = await post(url, '/v1/sub-accounts/sa_bluebird/subscription');
  expect(started.status).toBe(200);
  return started.body.paymentRequest as { url: string; amount: unknown };
}

describe('given the server started from its entry point', { timeout: 60_000 }, () => {
  it('bills through the local provider when STRIPE_SECRET_KEY is not set', async () => {
    const { url, banner } = await startMain({ STRIPE_API_BASE: `http://127.0.0.1:${fake.port}` });
    expect(banner).toContain('billing local');
    expect((await fetch(`${url}/stripe/webhook`, { method: 'POST', body: '{}' })).status).toBe(404);
    const paid = await startBluebird(url);
    expect(paid.url).toMatch(new RegExp(`^${url}/invoices/`));
    expect(paid.amount).toEqual({ amount: 2900, currency: 'USD' });
    expect(fake.requests).toEqual([]);
  });

  it('bills through Stripe when STRIPE_SECRET_KEY is set, and nothing else', async () => {
    const { url, banner } = await startMain({
      STRIPE_SECRET_KEY: 'sk_test_selection',
      STRIPE_API_BASE: `http://127.0.0.1:${fake.port}`,
    });
    expect(banner).toContain('billing stripe');
    const paid = await startBluebird(url);
    const [invoice] = [...fake.invoices.values()];
    expect(paid).toEqual({
      id: invoice?.id,
      url: `https://invoice.stripe.test/i/${invoice?.id}`,
      amount: { amount: 2900, currency: 'USD' },
    });
    expect(fake.calls('POST', '/v1/subscriptions')).toHaveLength(1);
    // Without STRIPE_WEBHOOK_SECRET the webhook endpoint exists and refuses every delivery.
    const webhook = await fetch(`${url}/stripe/webhook`, { method: 'POST', body: '{}' });
    expect(webhook.status).toBe(400);
  });
});
