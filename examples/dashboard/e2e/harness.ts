// One end-to-end world per test file: the reference server on a fresh in-memory PostgreSQL (PGlite)
// with its clock fixed, the built dashboard served by Vite's preview with the same proxy as in
// development, and headless Chromium.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { createStripeProvider } from '@plankit/example-server/src/billing/stripe/provider';
import { startTestServer, type TestServer } from '@plankit/example-server/src/testing';
import { FakeStripe } from '@plankit/example-server/test/stripe/fake-stripe';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { expect, inject } from 'vitest';

/** The instant every e2e run starts at. Seeded periods are relative to it. */
export const CLOCK_START = new Date('2026-11-22T10:00:00.000Z');
export const OWNER = 'tok_owner_northwind';

const root = fileURLToPath(new URL('..', import.meta.url));
export const screenshotsDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

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

export interface World {
  readonly server: TestServer;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** What the Stripe provider reported (an invoice that disagrees with its quote). */
  readonly stripeWarnings: readonly string[];
  /** A fresh browser context (empty storage) and page, signed in as `token`. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** What the server recorded, straight from its API (wire JSON). */
  api<T = unknown>(token: string, path: string): Promise<T>;
  /** A POST as the agency owner, straight to the server; fails unless it answers 200. */
  post(path: string, body: unknown, idempotencyKey: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly as?: string;
  readonly width?: number;
  readonly height?: number;
  readonly dark?: boolean;
}

const contexts = new WeakMap<Page, { context: BrowserContext; errors: string[] }>();

export interface WorldOptions {
  /** Bill Stripe plans through the server's Stripe provider, against the local Stripe stand-in. */
  readonly stripe?: boolean;
}

export async function startWorld({ stripe = false }: WorldOptions = {}): Promise<World> {
  let started: TestServer | undefined;
  const warnings: string[] = [];
  // The stand-in reads the server's clock, so Stripe prorates at the development clock's instant.
  const fake = stripe ? new FakeStripe(() => started?.clock.now() ?? CLOCK_START) : null;
  await fake?.start();
  const server = await startTestServer({
    now: CLOCK_START,
    billingProvider: fake
      ? ({ links }) =>
          createStripeProvider({ stripe: fake.client(), webhookSecret: null, links, warn: (m) => warnings.push(m) })
      : undefined,
  });
  started = server;
  const proxy = Object.fromEntries(
    ['/v1', '/checkout', '/invoices', '/openapi.json'].map((path) => [
      path,
      { target: server.url, changeOrigin: true },
    ]),
  );
  const port = await freePort();
  const web: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: inject('dashboardDist') },
    preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });

  return {
    server,
    baseUrl,
    browser,
    stripeWarnings: warnings,
    async open(path, { as = OWNER, width = 1280, height = 800, dark = false } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        colorScheme: dark ? 'dark' : 'light',
        reducedMotion: 'reduce',
      });
      // The dashboard keeps the signed-in user in localStorage, as a real session would in a cookie.
      await context.addInitScript(
        ([token, theme]) => {
          if (!window.sessionStorage.getItem('e2e-init')) {
            window.sessionStorage.setItem('e2e-init', '1');
            window.localStorage.setItem('plankit-example.token', token);
            window.localStorage.setItem('plankit-example.theme', theme);
          }
        },
        [as, dark ? 'dark' : 'light'] as const,
      );
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      contexts.set(page, { context, errors });
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
    async api<T>(token: string, path: string): Promise<T> {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async post(path, body, idempotencyKey) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${OWNER}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': idempotencyKey,
        },
        body: JSON.stringify(body),
      });
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => web.httpServer.close(() => resolve()));
      await server.close();
      await fake?.close();
    },
  };
}

/** Closes the page's context and fails when the page threw. */
export async function done(page: Page): Promise<void> {
  const entry = contexts.get(page);
  await entry?.context.close();
  expect(entry?.errors ?? []).toEqual([]);
}

/** axe on the page as it is (or only within `within`, e.g. an open modal): no violations. */
export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const result = await (within ? builder.include(within) : builder).analyze();
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: `${screenshotsDir}${name}.png` });
}
