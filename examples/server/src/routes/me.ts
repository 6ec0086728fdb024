import { FailedDeliveryList, Me, NotificationList, NotificationsQuery } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { requireAgencyMember } from '../auth/middleware';
import type { AppEnv, ServerDeps } from '../context';
import { notFound } from '../errors';
import { parseWith, wireBody } from '../http';
import { deliveredNotifications, failedDeliveries } from '../services/notifications';
import { loadAgency } from '../store/agencies';
import { subAccountName } from '../store/sub-accounts';

export function meRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  app.get('/me', async (c) => {
    const principal = c.get('principal');
    const { agency } = await loadAgency(deps.db, principal.agencyId);
    let subAccount: { id: string; name: string } | null = null;
    if (principal.actor.kind === 'sub_account_user') {
      const row = await subAccountName(deps.db, principal.actor.subAccountId);
      if (!row) notFound('sub-account');
      subAccount = { id: row.id, name: row.name };
    }
    return c.json(wireBody(Me, { actor: principal.actor, user: principal.user, agency, subAccount }));
  });

  app.get('/me/notifications', async (c) => {
    const { locale } = parseWith(NotificationsQuery, c.req.query());
    const principal = c.get('principal');
    const items = await deliveredNotifications(deps.db, principal.user.id, locale ?? 'en');
    return c.json(wireBody(NotificationList, items));
  });

  app.get('/notifications/failed-deliveries', async (c) => {
    const principal = c.get('principal');
    requireAgencyMember(principal);
    return c.json(wireBody(FailedDeliveryList, await failedDeliveries(deps.db, principal.agencyId)));
  });
  return app;
}
