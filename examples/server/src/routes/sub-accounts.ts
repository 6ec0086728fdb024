import { endpoints } from '@plankit/sdk/contract';
import { type Context, Hono } from 'hono';
import type { AppEnv, Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { fail } from '../errors';
import { subAccountFor } from '../services/access';
import { cancelScheduled, changePlanContext, confirmChange, previewChange } from '../services/change-plan';
import { numbersOfSubAccount } from '../services/numbers/views';
import { subAccountPage } from '../services/sub-account-list';
import { assignPlan, startAssignedSubscription } from '../services/subscriptions';
import { subAccountDetail } from '../services/views';
import { loadAgency } from '../store/agencies';
import { agencyMember, membersOnly, registerEndpoint } from './register';

export function subAccountRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  const detail = async (q: Queryable, principal: Principal, id: string, now: Date) =>
    subAccountDetail(q, await subAccountFor(q, principal, id), now, deps.links);

  // Clients start their own subscription only where the host allows self-serve.
  async function selfServeOnly(c: Context<AppEnv>) {
    const principal = c.get('principal');
    if (principal.actor.kind !== 'sub_account_user') return;
    const record = await subAccountFor(deps.db, principal, c.req.param('id') ?? '');
    const { policy } = await loadAgency(deps.db, record.subAccount.agencyId);
    if (!policy.selfServe) fail('not_agency_member');
  }

  registerEndpoint(
    app,
    deps,
    endpoints.listSubAccounts,
    ({ c, q, query, now }) => subAccountPage(q, agencyMember(c).agencyId, query, now),
    membersOnly,
  );
  registerEndpoint(app, deps, endpoints.getSubAccount, ({ c, q, params, now }) =>
    detail(q, c.get('principal'), params.id, now),
  );
  registerEndpoint(app, deps, endpoints.listSubAccountNumbers, async ({ c, q, params }) => {
    const record = await subAccountFor(q, c.get('principal'), params.id);
    return numbersOfSubAccount(q, record.subAccount.id);
  });
  registerEndpoint(app, deps, endpoints.getChangePlanContext, ({ c, q, params }) =>
    changePlanContext(q, c.get('principal'), params.id),
  );
  // A preview writes nothing, so it needs no Idempotency-Key.
  registerEndpoint(app, deps, endpoints.previewPlanChange, ({ c, q, params, body, now }) =>
    previewChange(q, c.get('principal'), params.id, body, now),
  );
  registerEndpoint(app, deps, endpoints.changePlan, async ({ c, q, params, body, now }) => {
    const principal = c.get('principal');
    const result = await confirmChange(deps, q, principal, params.id, body, now);
    const { subAccount } = await subAccountFor(q, principal, params.id);
    return { ...result, subAccount };
  });
  registerEndpoint(app, deps, endpoints.cancelScheduledChange, async ({ c, q, params, now }) => {
    await cancelScheduled(deps, q, c.get('principal'), params.id, now);
    return detail(q, c.get('principal'), params.id, now);
  });
  registerEndpoint(
    app,
    deps,
    endpoints.assignPlan,
    async ({ c, q, params, body, now }) => {
      await assignPlan(q, c.get('principal'), params.id, body.planId);
      return detail(q, c.get('principal'), params.id, now);
    },
    membersOnly,
  );
  registerEndpoint(
    app,
    deps,
    endpoints.startSubscription,
    async ({ c, q, params, now }) => {
      const principal = c.get('principal');
      const started = await startAssignedSubscription(deps, q, principal, params.id, now);
      const { subAccount } = await subAccountFor(q, principal, params.id);
      return { ...started, subAccount };
    },
    { guard: selfServeOnly },
  );
  return app;
}
