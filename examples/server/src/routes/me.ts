import { endpoints } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import { notFound } from '../errors';
import { deliveredNotifications, failedDeliveries } from '../services/notifications';
import { loadAgency } from '../store/agencies';
import { subAccountName } from '../store/sub-accounts';
import { agencyMember, registerEndpoint } from './register';

export function meRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  registerEndpoint(app, deps, endpoints.getMe, async ({ c, q }) => {
    const principal = c.get('principal');
    const { agency } = await loadAgency(q, principal.agencyId);
    let subAccount: { id: string; name: string } | null = null;
    if (principal.actor.kind === 'sub_account_user') {
      const row = await subAccountName(q, principal.actor.subAccountId);
      if (!row) notFound('sub-account');
      subAccount = { id: row.id, name: row.name };
    }
    return { actor: principal.actor, user: principal.user, agency, subAccount };
  });
  registerEndpoint(app, deps, endpoints.listMyNotifications, ({ c, q, query }) =>
    deliveredNotifications(q, c.get('principal').user.id, query.locale ?? 'en'),
  );
  registerEndpoint(app, deps, endpoints.listFailedDeliveries, ({ c, q }) =>
    failedDeliveries(q, agencyMember(c).agencyId),
  );
  return app;
}
