import {
  AssignPlanRequest,
  ChangePlanContext,
  ChangePlanRequest,
  ChangePlanResult,
  EmptyRequest,
  PhoneNumberViewList,
  PlanChangePreview,
  PreviewRequest,
  StartSubscriptionResult,
  SubAccountDetail,
  SubAccountPage,
  SubAccountsQuery,
} from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { requireAgencyMember } from '../auth/middleware';
import type { AppEnv, Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { fail } from '../errors';
import { parseWith, readJson, wireBody } from '../http';
import { runIdempotent } from '../idempotency';
import { subAccountFor } from '../services/access';
import { cancelScheduled, changePlanContext, confirmChange, previewChange } from '../services/change-plan';
import { numbersOfSubAccount } from '../services/numbers/views';
import { subAccountPage } from '../services/sub-account-list';
import { assignPlan, startAssignedSubscription } from '../services/subscriptions';
import { subAccountDetail } from '../services/views';
import { loadAgency } from '../store/agencies';

export function subAccountRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  const detail = async (q: Queryable, principal: Principal, id: string, now: Date) =>
    subAccountDetail(q, await subAccountFor(q, principal, id), now, deps.links);

  app.get('/sub-accounts', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    const query = parseWith(SubAccountsQuery, c.req.query());
    const page = await subAccountPage(deps.db, actor.agencyId, query, deps.clock.now());
    return c.json(wireBody(SubAccountPage, page));
  });

  app.get('/sub-accounts/:id', async (c) => {
    return c.json(
      wireBody(SubAccountDetail, await detail(deps.db, c.get('principal'), c.req.param('id'), deps.clock.now())),
    );
  });

  app.get('/sub-accounts/:id/numbers', async (c) => {
    const principal = c.get('principal');
    const record = await subAccountFor(deps.db, principal, c.req.param('id'));
    return c.json(wireBody(PhoneNumberViewList, await numbersOfSubAccount(deps.db, record.subAccount.id)));
  });

  app.get('/sub-accounts/:id/change-plan', async (c) => {
    const context = await changePlanContext(deps.db, c.get('principal'), c.req.param('id'));
    return c.json(wireBody(ChangePlanContext, context));
  });

  // A preview writes nothing, so it needs no Idempotency-Key.
  app.post('/sub-accounts/:id/change-plan/preview', async (c) => {
    const body = parseWith(PreviewRequest, await readJson(c));
    const preview = await previewChange(deps.db, c.get('principal'), c.req.param('id'), body, deps.clock.now());
    return c.json(wireBody(PlanChangePreview, preview));
  });

  app.post('/sub-accounts/:id/change-plan', async (c) => {
    const body = parseWith(ChangePlanRequest, await readJson(c));
    const principal = c.get('principal');
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) => {
      const result = await confirmChange(deps, tx, principal, id, body, now);
      const { subAccount } = await subAccountFor(tx, principal, id);
      return wireBody(ChangePlanResult, { ...result, subAccount });
    });
  });

  app.delete('/sub-accounts/:id/scheduled-change', async (c) => {
    const principal = c.get('principal');
    const id = c.req.param('id');
    return runIdempotent(deps, c, {}, async (tx, now) => {
      await cancelScheduled(deps, tx, principal, id, now);
      return wireBody(SubAccountDetail, await detail(tx, principal, id, now));
    });
  });

  app.post('/sub-accounts/:id/assigned-plan', async (c) => {
    const principal = c.get('principal');
    requireAgencyMember(principal);
    const body = parseWith(AssignPlanRequest, await readJson(c));
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) => {
      await assignPlan(tx, principal, id, body.planId);
      return wireBody(SubAccountDetail, await detail(tx, principal, id, now));
    });
  });

  app.post('/sub-accounts/:id/subscription', async (c) => {
    const principal = c.get('principal');
    const body = parseWith(EmptyRequest, await readJson(c));
    const id = c.req.param('id');
    if (principal.actor.kind === 'sub_account_user') {
      // Clients start their own subscription only where the host allows self-serve.
      const record = await subAccountFor(deps.db, principal, id);
      const { policy } = await loadAgency(deps.db, record.subAccount.agencyId);
      if (!policy.selfServe) fail('not_agency_member');
    }
    return runIdempotent(deps, c, body, async (tx, now) => {
      const started = await startAssignedSubscription(deps, tx, principal, id, now);
      const { subAccount } = await subAccountFor(tx, principal, id);
      return wireBody(StartSubscriptionResult, { ...started, subAccount });
    });
  });

  return app;
}
