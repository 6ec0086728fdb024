// Response headers every answer carries, whatever produced it (a route, an error, CORS, a 404).
import type { MiddlewareHandler } from 'hono';

/** The HTML pages (checkout, invoice) load nothing but their own inline style and are never framed. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    const type = headers.get('content-type') ?? '';
    // API answers are per caller and change with every write: no cache may keep or replay one.
    if (type.startsWith('application/json') && !headers.has('cache-control')) headers.set('Cache-Control', 'no-store');
    if (type.startsWith('text/html')) {
      headers.set('Content-Security-Policy', PAGE_CSP);
      headers.set('X-Frame-Options', 'DENY');
      // The page links carry their access token: never send them on as a Referer.
      headers.set('Referrer-Policy', 'no-referrer');
      headers.set('Cache-Control', 'no-store');
    }
  };
}

/** The client went away (or was cut for a slow body) while its body was being read: not our failure. */
export function isAbortedRequest(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && (code === 'ECONNRESET' || code === 'ECONNABORTED') && error.message === 'aborted';
}
