// The reference server (examples/server), in-process on a random port with its embedded database,
// reset to the seeds before each test.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startTestServer, type TestServer } from '../../../../examples/server/src/testing';
import { createPlankitClient, type PlankitClient, type PlankitClientOptions } from '../../src';

export { TOKENS } from './tokens';

export function withReferenceServer() {
  let server: TestServer | undefined;
  const errors: unknown[] = [];
  beforeAll(async () => {
    server = await startTestServer({ logError: (message, error) => errors.push({ message, error }) });
  }, 60_000);
  beforeEach(async () => {
    await server?.reset();
    errors.length = 0;
  });
  // No call may end in a 500: every failure is a reason code.
  afterEach(() => {
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = (): TestServer => {
    if (server === undefined) throw new Error('server not started');
    return server;
  };
  const clientFor = (token: string | null, options: Partial<PlankitClientOptions> = {}): PlankitClient =>
    createPlankitClient({
      baseUrl: get().url,
      getHeaders: (): Record<string, string> => (token === null ? {} : { Authorization: `Bearer ${token}` }),
      retry: { limit: 2, delayMs: () => 5 },
      ...options,
    });
  const ledgerRows = async (): Promise<number> => {
    const [row] = await get().db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_entries');
    return row?.n ?? 0;
  };
  return { server: get, clientFor, ledgerRows };
}
