import { endpoints } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import {
  registerEndpoint as addWebhookEndpoint,
  deliveryLog,
  endpointsOf,
  removeEndpoint,
  replayDelivery,
} from '../services/webhook-endpoints';
import { agencyMember, membersOnly, registerEndpoint } from './register';

/** The agency's webhook endpoints and their delivery log (agency members only). */
export function webhookEndpointRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  registerEndpoint(app, deps, endpoints.listWebhookEndpoints, ({ c, q }) => endpointsOf(q, agencyMember(c).agencyId));
  registerEndpoint(
    app,
    deps,
    endpoints.createWebhookEndpoint,
    ({ c, q, body, now }) => addWebhookEndpoint(q, agencyMember(c).agencyId, body.url, now),
    membersOnly,
  );
  registerEndpoint(
    app,
    deps,
    endpoints.deleteWebhookEndpoint,
    ({ c, q, params }) => removeEndpoint(q, agencyMember(c).agencyId, params.id),
    membersOnly,
  );
  registerEndpoint(app, deps, endpoints.listWebhookDeliveries, ({ c, q, params }) =>
    deliveryLog(q, agencyMember(c).agencyId, params.id),
  );
  registerEndpoint(
    app,
    deps,
    endpoints.replayWebhookDelivery,
    ({ c, q, params, now }) => replayDelivery(q, agencyMember(c).agencyId, params.id, params.deliveryId, now),
    membersOnly,
  );
  return app;
}
