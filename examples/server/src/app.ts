import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { pendingMayOnlyRead, requireAuth } from './auth/middleware';
import type { AppEnv, ServerDeps } from './context';
import { isRetryable } from './db/retry';
import { storableUrl } from './edge';
import { ApiError } from './errors';
import { isAbortedRequest, securityHeaders } from './headers';
import { errorResponse } from './http';
import { checkoutPageRoutes } from './routes/checkout-page';
import { devRoutes } from './routes/dev';
import { invoiceRoutes } from './routes/invoices';
import { itemRoutes } from './routes/items';
import { meRoutes } from './routes/me';
import { numberRoutes } from './routes/numbers';
import { openApiRoutes } from './routes/openapi';
import { planRoutes } from './routes/plans';
import { subAccountRoutes } from './routes/sub-accounts';
import { webhookEndpointRoutes } from './routes/webhooks';

/** The reference server: every endpoint of CONTRACT.md over one database and billing provider. */
export function createApp(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders());
  app.use(
    '*',
    cors({
      origin: (origin) => (deps.corsOrigins.includes(origin) || deps.corsOrigins.includes('*') ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
  app.use('*', storableUrl());
  app.use(
    '*',
    bodyLimit({
      maxSize: 256 * 1024,
      // The rest of the body is never read, so the connection cannot carry another request: close it.
      onError: (c) => {
        c.header('Connection', 'close');
        return errorResponse(
          c,
          new ApiError(
            'invalid_request',
            undefined,
            'The request body is too large (at most 256 KiB). Send less, then retry.',
          ),
        );
      },
    }),
  );

  app.route('/', openApiRoutes());
  if (deps.billing.webhookRoutes) app.route('/', deps.billing.webhookRoutes(deps));
  if (deps.dev) {
    app.route('/', devRoutes(deps));
  }
  // Served in every mode: the links the API hands out must open (their signature is the access check).
  app.route('/', checkoutPageRoutes(deps));
  app.use('/v1/*', async (c, next) => {
    if (deps.dev && c.req.path.startsWith('/v1/dev/')) return next();
    return requireAuth(deps)(c, async () => {
      await pendingMayOnlyRead()(c, next);
    });
  });
  app.route('/', meRoutes(deps));
  app.route('/', planRoutes(deps));
  app.route('/', subAccountRoutes(deps));
  // Not yet registered from the endpoint table: seats, add-ons and packs.
  app.route('/', itemRoutes(deps));
  app.route('/', numberRoutes(deps));
  app.route('/', webhookEndpointRoutes(deps));
  app.route('/', invoiceRoutes(deps));

  app.notFound((c) => errorResponse(c, new ApiError('not_found', { what: 'route' })));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    // Still colliding after every retry: the client retries later with the same Idempotency-Key.
    if (isRetryable(error)) return errorResponse(c, new ApiError('concurrent_update'));
    // Nobody is left to read this answer; Node has already sent 408 on a cut request.
    if (isAbortedRequest(error)) {
      return errorResponse(c, new ApiError('invalid_request', undefined, 'The request body did not arrive in time.'));
    }
    deps.logError(`${c.req.method} ${c.req.path} failed`, error);
    return errorResponse(c, new ApiError('internal_error'));
  });
  return app;
}
