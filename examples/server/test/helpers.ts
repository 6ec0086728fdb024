import { Clock, SubAccountDetail } from '@plankit/sdk/contract';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/testing';
import { wireOf } from './wire';

export const TOKENS = {
  owner: 'tok_owner_northwind',
  member: 'tok_member_northwind',
  subUser: 'tok_harbor_approved',
  otherAgency: 'tok_owner_globex',
} as const;

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

let keyCounter = 0;
/** A fresh Idempotency-Key. */
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${Date.now()}-${keyCounter}`;
}

export interface RequestOptions {
  readonly token?: string | null;
  readonly key?: string | null;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

/** Plain fetch against the running server; mutations get a fresh Idempotency-Key unless told otherwise. */
export function client(server: () => { readonly url: string }) {
  async function call(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? TOKENS.owner : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (method !== 'GET') {
      const key = options.key === undefined ? newKey() : options.key;
      if (key !== null) headers['idempotency-key'] = key;
    }
    let payload: string | undefined;
    if (options.rawBody !== undefined) payload = options.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server().url}${path}`, { method, headers, body: payload, redirect: 'manual' });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // HTML pages stay text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }
  return {
    get: (path: string, options?: RequestOptions) => call('GET', path, undefined, options),
    post: (path: string, body?: unknown, options?: RequestOptions) => call('POST', path, body ?? {}, options),
    del: (path: string, options?: RequestOptions) => call('DELETE', path, undefined, options),
    call,
  };
}

interface Shared {
  readonly databaseUrl: string | undefined;
  readonly server: Promise<TestServer>;
  /** The running file's error list: unexpected errors (500s) are reported there. */
  sink: unknown[] | null;
}
let shared: Shared | undefined;

// Creating a PGlite costs seconds, so test files that run in one worker (isolate: false) share one
// server, restored to the seeds before each file and each test.
function sharedServer(databaseUrl: string | undefined): Shared {
  if (shared && shared.databaseUrl === databaseUrl) return shared;
  const state: Shared = {
    databaseUrl,
    sink: null,
    server: startTestServer({ databaseUrl, logError: (message, error) => state.sink?.push({ message, error }) }),
  };
  shared = state;
  return state;
}

/** The seeded server for this file, reset to the seeds before each test. */
export function useServer(options: { databaseUrl?: string | undefined; resetEachTest?: boolean } = {}) {
  let server: TestServer | undefined;
  let state: Shared | undefined;
  const errors: unknown[] = [];
  beforeAll(async () => {
    state = sharedServer(options.databaseUrl ?? process.env.DATABASE_URL);
    state.sink = errors;
    server = await state.server;
    await server.reset();
  });
  beforeEach(async () => {
    if (options.resetEachTest ?? true) await server?.reset();
    errors.length = 0;
  });
  // Nothing may end as a 500: every failure is a reason code.
  afterEach(() => {
    expect(errors).toEqual([]);
  });
  afterAll(() => {
    if (state) state.sink = null;
  });
  const get = () => {
    if (!server) throw new Error('server not started');
    return server;
  };
  return { server: get, api: client(get), errors };
}

export function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } } | null)?.error?.code;
}

/** Rows in the ledger (money moved). */
export async function ledgerCount(server: TestServer): Promise<number> {
  const [row] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_entries');
  return row?.n ?? 0;
}

type Api = ReturnType<typeof client>;

/** Move the development clock forward; resolves with the new instant (ISO). */
export async function advanceClock(api: Api, seconds: number): Promise<string> {
  const response = await api.post('/v1/dev/clock', { advanceSeconds: seconds }, { token: null, key: null });
  return wireOf(Clock, response.body).now;
}

/** A sub-account as the owner of Northwind sees it. */
export async function subAccountDetail(api: Api, id: string) {
  return wireOf(SubAccountDetail, (await api.get(`/v1/sub-accounts/${id}`)).body);
}

/** Quote a plan change, then confirm exactly that quote (the dialog's two calls). */
export async function quoteAndConfirm(
  api: Api,
  subAccountId: string,
  targetPlanId: string,
  token: string = TOKENS.owner,
): Promise<ApiResponse> {
  const quoted = await api.post(
    `/v1/sub-accounts/${subAccountId}/change-plan/preview`,
    { targetPlanId },
    { token, key: null },
  );
  if (quoted.status !== 200) return quoted;
  const { quotedAt, quotedVersion } = quoted.body as { quotedAt: string; quotedVersion: number | null };
  return api.post(`/v1/sub-accounts/${subAccountId}/change-plan`, { targetPlanId, quotedAt, quotedVersion }, { token });
}

/**
 * A describe block that needs a real PostgreSQL with a pool (PGlite has one connection, so races
 * there cannot fail). Under CI a missing DATABASE_URL fails it; locally the block is skipped.
 */
export function describeWithPostgres(title: string, body: (databaseUrl: string) => void): void {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    describe(title, () => body(databaseUrl));
    return;
  }
  describe(title, () => {
    if (process.env.CI === 'true') {
      it('runs against a real PostgreSQL', () => {
        throw new Error('DATABASE_URL is not set: run this file through scripts/with-postgres.sh.');
      });
    } else {
      it.skip('runs only with DATABASE_URL (scripts/with-postgres.sh)', () => {});
    }
  });
}
