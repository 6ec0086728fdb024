// Headers every answer carries, and the limits a request meets: a slow body, a large body, returnUrl.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { Checkout } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const harbor = { token: 'tok_harbor_approved' };

async function startCheckout(returnUrl: string) {
  const response = await api.post('/v1/numbers/num_ny_0104/checkout', { returnUrl }, harbor);
  return { status: response.status, body: response.body };
}

describe('response headers', () => {
  it('mark every answer nosniff and keep API JSON out of caches', async () => {
    const answers = await Promise.all([
      api.get('/v1/me'),
      api.get('/v1/me', { token: null }),
      api.get('/v1/no-such-route'),
      api.post('/v1/numbers', { country: 'US' }),
    ]);
    expect(
      answers.map((a) => [a.status, a.headers.get('x-content-type-options'), a.headers.get('cache-control')]),
    ).toEqual([
      [200, 'nosniff', 'no-store'],
      [401, 'nosniff', 'no-store'],
      [404, 'nosniff', 'no-store'],
      [400, 'nosniff', 'no-store'],
    ]);
    expect((await api.get('/openapi.json', { token: null })).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('forbid framing and referrers on the HTML pages', async () => {
    const checkout = wireOf(Checkout, (await startCheckout('http://localhost:5173/numbers')).body);
    const page = await fetch(checkout.url);
    expect(page.status).toBe(200);
    expect({
      type: page.headers.get('content-type'),
      csp: page.headers.get('content-security-policy'),
      frame: page.headers.get('x-frame-options'),
      referrer: page.headers.get('referrer-policy'),
      nosniff: page.headers.get('x-content-type-options'),
      cache: page.headers.get('cache-control'),
    }).toEqual({
      type: 'text/html; charset=UTF-8',
      csp: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
      frame: 'DENY',
      referrer: 'no-referrer',
      nosniff: 'nosniff',
      cache: 'no-store',
    });
  });
});

describe('a slow request body', () => {
  it('is cut with 408 long before it is complete (test servers allow 5 s)', async () => {
    const url = new URL(server().url);
    const socket = connect(Number(url.port), url.hostname);
    const declared = 1000;
    let sent = 0;
    let answer = '';
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => {});
    socket.write(
      `POST /v1/numbers HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer tok_owner_northwind\r\nIdempotency-Key: slow-1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`,
    );
    // One byte every 200 ms would take 200 s to finish the body.
    const drip = setInterval(() => {
      if (socket.writable && sent < declared) {
        socket.write(' ');
        sent += 1;
      }
    }, 200);
    await closed;
    clearInterval(drip);
    expect(sent).toBeLessThan(declared);
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
  });
});

describe('a body too large', () => {
  it('is refused with a reason code and the connection closed, so a keep-alive client starts afresh', async () => {
    const url = new URL(server().url);
    const body = JSON.stringify({ country: 'US', areaCode: 'x'.repeat(300 * 1024), capabilities: ['voice'] });
    const answer = await new Promise<{ status: number; connection: string | undefined; text: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: '/v1/numbers',
            method: 'POST',
            headers: {
              authorization: 'Bearer tok_owner_northwind',
              'idempotency-key': 'large-1',
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              connection: 'keep-alive',
            },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => {
              text += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      },
    );
    expect([answer.status, answer.connection, errorCode(JSON.parse(answer.text))]).toEqual([
      400,
      'close',
      'invalid_request',
    ]);
    // The next request on a fresh connection is answered normally.
    expect((await api.get('/v1/me')).status).toBe(200);
  });
});

describe('returnUrl', () => {
  it('is refused past 2,048 characters, naming the field', async () => {
    const long = `http://localhost:5173/${'a'.repeat(2048)}`;
    const response = await startCheckout(long);
    expect([response.status, errorCode(response.body)]).toEqual([400, 'invalid_request']);
    expect((response.body as { error: { message: string } }).error.message).toMatch(/^returnUrl: /);
  });

  it('of an open checkout is not overwritten by starting it again', async () => {
    const first = wireOf(Checkout, (await startCheckout('http://localhost:5173/numbers')).body);
    const again = wireOf(Checkout, (await startCheckout('https://elsewhere.example/phish')).body);
    expect(again.id).toBe(first.id);
    const paid = await fetch(`${again.url}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.headers.get('location')).toBe(`http://localhost:5173/numbers?checkout=${first.id}&status=complete`);
  });
});
