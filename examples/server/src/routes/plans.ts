import { endpoints } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import { listPlans } from '../store/plans';
import { agencyMember, registerEndpoint } from './register';

export function planRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  registerEndpoint(app, deps, endpoints.listPlans, ({ c, q }) => listPlans(q, agencyMember(c).agencyId));
  return app;
}
