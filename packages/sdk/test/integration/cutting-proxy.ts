// A TCP proxy in front of the server that can drop the connection once the server has answered:
// the server has committed, the client never hears back.

import type { AddressInfo } from 'node:net';
import { connect, createServer, type Socket } from 'node:net';

export interface CuttingProxy {
  readonly url: string;
  /** Idempotency-Key headers of the requests that passed through, in order. */
  readonly keys: string[];
  /** Drop the connection instead of forwarding the next response. */
  cutNextResponse(): void;
  close(): Promise<void>;
}

export async function startCuttingProxy(target: string): Promise<CuttingProxy> {
  const { hostname, port } = new URL(target);
  const keys: string[] = [];
  let cutNext = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      const key = /idempotency-key:\s*(\S+)/i.exec(chunk.toString('latin1'))?.[1];
      if (key !== undefined) keys.push(key);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (cutNext) {
        cutNext = false;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    keys,
    cutNextResponse() {
      cutNext = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
