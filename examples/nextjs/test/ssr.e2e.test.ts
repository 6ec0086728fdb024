import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '@plankit/example-server/src/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const nextBin = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `next start` on a free port, talking to the reference server; resolves once it serves. */
async function startNext(apiUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PLANKIT_API_URL: apiUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

let server: TestServer;
let next: { url: string; child: ChildProcess };
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  next = await startNext(server.url);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

afterAll(async () => {
  await browser?.close();
  next?.child.kill('SIGTERM');
  await server?.close();
});

describe('the Next.js App Router host', () => {
  it('renders every Change plan trigger on the server, from data prefetched through the option factories', async () => {
    const html = await (await fetch(next.url)).text();
    const row = html.match(/<tr>(?:(?!<\/tr>).)*Harbor Fitness(?:(?!<\/tr>).)*<\/tr>/s)?.[0] ?? '';
    expect(row).toContain('<td>Growth</td>');
    expect(row).toMatch(/<button[^>]*>Change plan<\/button>/);
  });

  it('hydrates without warnings, then opens the dialog and previews the exact amount', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        console.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => console.push(error.message));
    const contextFetches: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().endsWith('/change-plan')) contextFetches.push(request.url());
    });
    await page.goto(next.url);
    const row = page.getByRole('row').filter({ hasText: 'Harbor Fitness' });
    await row.getByRole('button', { name: 'Change plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change plan' });
    await dialog.getByRole('radio', { name: 'Pro' }).click();
    // Growth $49 → Pro $99, 20 of the period's 30 days left (f = 2/3): −$32.67 + $66.00 = $33.33.
    await expect.poll(() => dialog.locator('[data-slot="due-now"]').textContent()).toBe('$33.33');
    expect(console).toEqual([]);
    // Hydrated from what the server prefetched: the browser never fetched a change-plan context.
    expect(contextFetches).toEqual([]);
    await context.close();
  });
});
