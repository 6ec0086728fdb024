import { PlanList } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { requireAgencyMember } from '../auth/middleware';
import type { AppEnv, ServerDeps } from '../context';
import { wireBody } from '../http';
import { listPlans } from '../store/plans';

export function planRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  app.get('/plans', async (c) => {
    const actor = requireAgencyMember(c.get('principal'));
    return c.json(wireBody(PlanList, await listPlans(deps.db, actor.agencyId)));
  });
  return app;
}
