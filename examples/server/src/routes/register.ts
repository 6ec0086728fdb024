// One route per entry of the contract's endpoint table: its method and path, its query and body
// decoded by the table's schemas (a mismatch is a 400 naming the field), an Idempotency-Key and one
// transaction for mutations, and the handler's model encoded by the table's response schema.
import type { Endpoint, Model } from '@plankit/sdk/contract';
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { requireAgencyMember } from '../auth/middleware';
import type { AppEnv, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { parseWith, readJson, wireBody } from '../http';
import { runIdempotent } from '../idempotency';

type Decoded<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a handler receives: the decoded request, and where to read and write. */
export interface EndpointRequest<E extends Endpoint> {
  readonly c: Context<AppEnv>;
  readonly params: { readonly [K in E['params'][number]]: string };
  readonly query: Decoded<E['query']>;
  readonly body: Decoded<E['body']>;
  /** The mutation's transaction (idempotent endpoints); the pool otherwise. */
  readonly q: Queryable;
  /** The request's instant on the server's clock. */
  readonly now: Date;
}

/** Returns the response model; throwing an ApiError answers the error (and rolls a mutation back). */
export type EndpointHandler<E extends Endpoint> = (
  request: EndpointRequest<E>,
) => Promise<Model<E['response']>> | Model<E['response']>;

export interface EndpointOptions {
  /** Access checks answered before the request is decoded (a refusal wins over a bad body). */
  readonly guard?: (c: Context<AppEnv>) => unknown;
}

/** Register `endpoint` on `app` (mounted at the root) with `handler`. */
export function registerEndpoint<E extends Endpoint>(
  app: Hono<AppEnv>,
  deps: ServerDeps,
  endpoint: E,
  handler: EndpointHandler<E>,
  options: EndpointOptions = {},
): void {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'delete';
  app[method](endpoint.path, async (c) => {
    await options.guard?.(c);
    const params = Object.fromEntries(endpoint.params.map((name) => [name, c.req.param(name)]));
    const query = endpoint.query === null ? undefined : parseWith(endpoint.query, c.req.query());
    const body = endpoint.body === null ? undefined : parseWith(endpoint.body, await readJson(c));
    const request = (q: Queryable, now: Date) => ({ c, params, query, body, q, now }) as EndpointRequest<E>;
    if (endpoint.idempotent) {
      return runIdempotent(deps, c, body ?? {}, async (tx, now) =>
        wireBody(endpoint.response, await handler(request(tx, now))),
      );
    }
    return c.json(wireBody(endpoint.response, await handler(request(deps.db, deps.clock.now()))) as object);
  });
}

/** The calling agency member's actor; anyone else is refused with not_agency_member. */
export const agencyMember = (c: Context<AppEnv>) => requireAgencyMember(c.get('principal'));

/** For endpoints only agency members may call: refused before the request is decoded. */
export const membersOnly: EndpointOptions = { guard: agencyMember };
