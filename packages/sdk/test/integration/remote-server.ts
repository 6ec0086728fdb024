// Starts server-process.ts as a child process: the same reference server, outside jsdom.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createPlankitClient, type PlankitClient, type PlankitClientOptions } from '../../src';

type Message =
  | { kind: 'ready'; url: string }
  | { kind: 'serverError'; message: string; error: string }
  | { kind: 'reply'; id: number; result?: unknown; error?: string };

export function withRemoteReferenceServer() {
  let child: ChildProcess | undefined;
  let url = '';
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const errors: unknown[] = [];

  const ask = (op: 'reset' | 'query', sql?: string) =>
    new Promise<unknown>((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve, reject });
      child?.send({ id: nextId, op, sql });
    });

  beforeAll(async () => {
    // Resolved by Node, not by the test environment (jsdom's URL would not be a file URL).
    const script = fileURLToPath(import.meta.resolve('./server-process.ts'));
    child = fork(script, { execArgv: ['--import', 'tsx', '--conditions=@plankit/source'], stdio: 'inherit' });
    await new Promise<void>((resolve, reject) => {
      child?.on('message', (message: Message) => {
        if (message.kind === 'ready') {
          url = message.url;
          resolve();
        } else if (message.kind === 'serverError') errors.push(message);
        else {
          const waiter = pending.get(message.id);
          pending.delete(message.id);
          if (message.error !== undefined) waiter?.reject(new Error(message.error));
          else waiter?.resolve(message.result);
        }
      });
      child?.on('exit', (code) => reject(new Error(`server process exited with ${code}`)));
    });
  }, 60_000);
  beforeEach(async () => {
    await ask('reset');
    errors.length = 0;
  });
  afterEach(() => {
    expect(errors).toEqual([]);
  });
  afterAll(() => {
    child?.disconnect();
  });

  const clientFor = (token: string | null, options: Partial<PlankitClientOptions> = {}): PlankitClient =>
    createPlankitClient({
      baseUrl: url,
      getHeaders: (): Record<string, string> => (token === null ? {} : { Authorization: `Bearer ${token}` }),
      retry: { limit: 2, delayMs: () => 5 },
      ...options,
    });
  const query = async <T>(sql: string) => (await ask('query', sql)) as T[];
  return { url: () => url, clientFor, query };
}
