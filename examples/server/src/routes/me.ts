import { Me } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import { notFound } from '../errors';
import { wireBody } from '../http';
import { loadAgency } from '../store/agencies';

export function meRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  app.get('/me', async (c) => {
    const principal = c.get('principal');
    const { agency } = await loadAgency(deps.db, principal.agencyId);
    let subAccount: { id: string; name: string } | null = null;
    if (principal.actor.kind === 'sub_account_user') {
      const [row] = await deps.db.query<{ id: string; name: string }>(
        'SELECT id, name FROM sub_accounts WHERE id = $1',
        [principal.actor.subAccountId],
      );
      if (!row) notFound('sub-account');
      subAccount = row;
    }
    return c.json(wireBody(Me, { actor: principal.actor, user: principal.user, agency, subAccount }));
  });
  return app;
}
