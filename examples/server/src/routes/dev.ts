import { AdvanceClockRequest, Clock, DevUserList } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { principalForToken } from '../auth';
import type { AppEnv, ServerDeps } from '../context';
import { parseWith, readJson, wireBody } from '../http';
import { runDueWork } from '../services/due-work';
import { saveClockOffsetMs } from '../store/server-state';

/** Development only: the seeded users (for the dashboard's user switcher) and the movable clock. */
export function devRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();

  app.get('/users', async (c) => {
    const tokens = await deps.db.query<{ token: string; description: string }>(
      'SELECT token, description FROM api_tokens ORDER BY position, token',
    );
    const users = [];
    for (const { token, description } of tokens) {
      const principal = await principalForToken(deps.db, token);
      // A blocked user has no actor any more; show them as their sub-account user so the switcher can try.
      if (principal === null) continue;
      if (principal === 'blocked') {
        const [row] = await deps.db.query<{ id: string; sub_account_id: string; name: string; email: string }>(
          `SELECT u.id, u.sub_account_id, u.name, u.email FROM api_tokens t JOIN sub_account_users u ON u.id = t.sub_account_user_id
           WHERE t.token = $1`,
          [token],
        );
        if (row) {
          users.push({
            token,
            name: row.name,
            email: row.email,
            description,
            actor: { kind: 'sub_account_user', subAccountId: row.sub_account_id, userId: row.id },
          });
        }
        continue;
      }
      users.push({
        token,
        name: principal.user.name,
        email: principal.user.email,
        actor: principal.actor,
        description,
      });
    }
    return c.json(wireBody(DevUserList, users));
  });

  app.get('/clock', (c) => c.json(wireBody(Clock, { now: deps.clock.now() })));

  app.post('/clock', async (c) => {
    const { advanceSeconds } = parseWith(AdvanceClockRequest, await readJson(c));
    deps.clock.advance(advanceSeconds);
    await saveClockOffsetMs(deps.db, deps.clock.offsetMs);
    await runDueWork(deps);
    return c.json(wireBody(Clock, { now: deps.clock.now() }));
  });

  return app;
}
