import { Hono } from 'hono';
import type { AppEnv } from '../context';

// The document is generated from the contract schemas by the sdk; it is built once, on first use.
export function openApiRoutes() {
  const app = new Hono<AppEnv>();
  let document: Promise<unknown> | null = null;
  app.get('/openapi.json', async (c) => {
    document ??= import('@plankit/sdk/openapi').then((m) => m.buildOpenApiDocument());
    return c.json((await document) as object);
  });
  return app;
}
