// A real node:http server whose answers each test scripts, recording every request it receives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type Answer = (res: ServerResponse, req: IncomingMessage) => void;

export const json =
  (status: number, body: unknown): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
export const raw =
  (status: number, contentType: string, body: string): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
/** Close the connection without an answer (after the request was read: the server may have acted). */
export const drop: Answer = (_res, req) => req.socket.destroy();
/** Send nothing for `ms`, then answer. */
export const late =
  (ms: number, answer: Answer): Answer =>
  (res, req) => {
    const timer = setTimeout(() => answer(res, req), ms);
    res.on('close', () => clearTimeout(timer));
  };
/** Send the headers and half a body, then stall. */
export const stallBody: Answer = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"now":');
};

export interface StubServer {
  readonly url: string;
  readonly received: Received[];
  /** Answers used in order; the last one repeats. */
  answer(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function startStub(): Promise<StubServer> {
  let queue: Answer[] = [];
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const next = queue.length > 1 ? queue.shift() : queue[0];
      if (next === undefined)
        return json(500, { error: { code: 'internal_error', message: 'no answer scripted' } })(res, req);
      next(res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer(...answers) {
      queue = answers;
      received.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
