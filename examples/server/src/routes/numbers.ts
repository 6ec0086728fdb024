import { endpoints } from '@plankit/sdk/contract';
import { type Context, Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import { assign, release, unassign } from '../services/numbers/assignment';
import { buy } from '../services/numbers/buy';
import { checkoutView, startCheckout } from '../services/numbers/checkout';
import { eligibleUserPage } from '../services/numbers/eligible-users';
import { poolNumbers } from '../services/numbers/views';
import { agencyMember, membersOnly, registerEndpoint } from './register';

export function numberRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  const agencyOf = (c: Context<AppEnv>) => agencyMember(c).agencyId;

  registerEndpoint(app, deps, endpoints.listNumbers, ({ c, q }) => poolNumbers(q, agencyOf(c)));
  registerEndpoint(
    app,
    deps,
    endpoints.buyNumber,
    ({ c, q, body, now }) => buy(deps, q, agencyOf(c), body, now),
    membersOnly,
  );
  registerEndpoint(
    app,
    deps,
    endpoints.listEligibleUsers,
    ({ c, q, params, query }) => eligibleUserPage(q, agencyOf(c), params.id, query),
    membersOnly,
  );
  registerEndpoint(
    app,
    deps,
    endpoints.assignNumber,
    ({ c, q, params, body, now }) => assign(q, agencyOf(c), params.id, body.userId, now),
    membersOnly,
  );
  registerEndpoint(
    app,
    deps,
    endpoints.unassignNumber,
    ({ c, q, params, now }) => unassign(deps, q, agencyOf(c), params.id, now),
    membersOnly,
  );
  registerEndpoint(app, deps, endpoints.releaseNumber, ({ c, q, params, now }) =>
    release(deps, q, c.get('principal'), params.id, now),
  );
  registerEndpoint(app, deps, endpoints.startCheckout, ({ c, q, params, body, now }) =>
    startCheckout(deps, q, c.get('principal'), params.id, body.returnUrl, now),
  );
  registerEndpoint(app, deps, endpoints.getCheckout, ({ c, q, params }) =>
    checkoutView(q, c.get('principal'), params.id, deps.links),
  );
  return app;
}
