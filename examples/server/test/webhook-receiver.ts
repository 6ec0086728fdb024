// A host's webhook endpoint on loopback: records every request's raw body and headers, and answers
// with `status` (a failing receiver is one that answers 500).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
  /** Date.now() when the request's body had arrived. */
  readonly receivedAt: number;
}

export interface WebhookReceiver {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  status: number;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const receiver = { status: 200 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, receivedAt: Date.now() });
      res.writeHead(receiver.status, { 'content-type': 'text/plain' });
      res.end(receiver.status === 200 ? 'ok' : 'receiver down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/plankit-events`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
