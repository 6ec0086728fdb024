// One end-to-end world per test file: the reference server on a fresh in-memory PostgreSQL (PGlite)
// with its clock fixed, the built dashboard served by Vite's preview with the same proxy as in
// development, and headless Chromium.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { startTestServer, type TestServer } from '@plankit/example-server/src/testing';
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
  /** A fresh browser context (empty storage) and page, signed in as `token`. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** What the server recorded, straight from its API (wire JSON). */
  api<T = unknown>(token: string, path: string): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly as?: string;
  readonly width?: number;
  readonly height?: number;
  readonly dark?: boolean;
}

const contexts = new WeakMap<Page, { context: BrowserContext; errors: string[] }>();

export async function startWorld(): Promise<World> {
  const server = await startTestServer({ now: CLOCK_START });
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
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => web.httpServer.close(() => resolve()));
      await server.close();
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
