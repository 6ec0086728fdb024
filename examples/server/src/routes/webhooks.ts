import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  EmptyRequest,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpointList,
} from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { requireAgencyMember } from '../auth/middleware';
import type { AppEnv, ServerDeps } from '../context';
import { parseWith, readJson, wireBody } from '../http';
import { runIdempotent } from '../idempotency';
import {
  deliveryLog,
  endpointsOf,
  registerEndpoint,
  removeEndpoint,
  replayDelivery,
} from '../services/webhook-endpoints';

/** The agency's webhook endpoints and their delivery log (agency members only). */
export function webhookEndpointRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();

  app.get('/webhook-endpoints', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    return c.json(wireBody(WebhookEndpointList, await endpointsOf(deps.db, actor.agencyId)));
  });

  app.post('/webhook-endpoints', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const body = parseWith(CreateWebhookEndpointRequest, await readJson(c));
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(CreatedWebhookEndpoint, await registerEndpoint(tx, actor.agencyId, body.url, now)),
    );
  });

  app.delete('/webhook-endpoints/:id', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const id = c.req.param('id');
    return runIdempotent(deps, c, {}, async (tx) =>
      wireBody(WebhookEndpointList, await removeEndpoint(tx, actor.agencyId, id)),
    );
  });

  app.get('/webhook-endpoints/:id/deliveries', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    return c.json(wireBody(WebhookDeliveryList, await deliveryLog(deps.db, actor.agencyId, c.req.param('id'))));
  });

  app.post('/webhook-endpoints/:id/deliveries/:deliveryId/replay', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const body = parseWith(EmptyRequest, await readJson(c));
    const { id, deliveryId } = c.req.param();
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(WebhookDelivery, await replayDelivery(tx, actor.agencyId, id, deliveryId, now)),
    );
  });
  return app;
}
