import {
  AssignNumberRequest,
  BuyNumberRequest,
  Checkout,
  CheckoutRequest,
  EligibleUserPage,
  EligibleUsersQuery,
  EmptyRequest,
  PhoneNumberView,
  PhoneNumberViewList,
} from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { requireAgencyMember } from '../auth/middleware';
import type { AppEnv, ServerDeps } from '../context';
import { parseWith, readJson, wireBody } from '../http';
import { runIdempotent } from '../idempotency';
import { assign, release, unassign } from '../services/numbers/assignment';
import { buy } from '../services/numbers/buy';
import { checkoutView, startCheckout } from '../services/numbers/checkout';
import { eligibleUserPage } from '../services/numbers/eligible-users';
import { poolNumbers } from '../services/numbers/views';

export function numberRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();

  app.get('/numbers', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    return c.json(wireBody(PhoneNumberViewList, await poolNumbers(deps.db, actor.agencyId)));
  });

  app.post('/numbers', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const body = parseWith(BuyNumberRequest, await readJson(c));
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(PhoneNumberView, await buy(deps, tx, actor.agencyId, body, now)),
    );
  });

  app.get('/numbers/:id/eligible-users', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const query = parseWith(EligibleUsersQuery, c.req.query());
    return c.json(
      wireBody(EligibleUserPage, await eligibleUserPage(deps.db, actor.agencyId, c.req.param('id'), query)),
    );
  });

  app.post('/numbers/:id/assign', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const body = parseWith(AssignNumberRequest, await readJson(c));
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(PhoneNumberView, await assign(tx, actor.agencyId, id, body.userId, now)),
    );
  });

  app.post('/numbers/:id/unassign', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const body = parseWith(EmptyRequest, await readJson(c));
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(PhoneNumberView, await unassign(deps, tx, actor.agencyId, id, now)),
    );
  });

  app.post('/numbers/:id/release', async (c) => {
    const principal = c.get('principal');
    const body = parseWith(EmptyRequest, await readJson(c));
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(PhoneNumberView, await release(deps, tx, principal, id, now)),
    );
  });

  app.post('/numbers/:id/checkout', async (c) => {
    const principal = c.get('principal');
    const body = parseWith(CheckoutRequest, await readJson(c));
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(Checkout, await startCheckout(deps, tx, principal, id, body.returnUrl, now)),
    );
  });

  app.get('/checkouts/:id', async (c) => {
    const view = await checkoutView(deps.db, c.get('principal'), c.req.param('id'), deps.links);
    return c.json(wireBody(Checkout, view));
  });

  return app;
}
