import { endpoints } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import { userForDevToken } from '../auth/dev-tokens';
import { principalFor } from '../auth/middleware';
import { isClockOffset, MAX_CLOCK_OFFSET_MS } from '../clock';
import type { AppEnv, ServerDeps } from '../context';
import { invalid } from '../errors';
import { runDueWork } from '../services/due-work';
import { listTokens } from '../store/api-tokens';
import { saveClockOffsetMs } from '../store/server-state';
import { loadSubAccountUser } from '../store/sub-accounts';
import { registerEndpoint } from './register';

/** Development only: the seeded users (for the dashboard's user switcher) and the movable clock. */
export function devRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  // Moves of the clock take turns, so two at once cannot store one offset and hold another.
  let moving: Promise<unknown> = Promise.resolve();

  registerEndpoint(app, deps, endpoints.listDevUsers, async () => {
    const tokens = await listTokens(deps.db);
    const users = [];
    for (const { token, description } of tokens) {
      const user = await userForDevToken(deps.db, token);
      if (user === null) continue;
      const principal = await principalFor(deps.db, user);
      if (principal === null) continue;
      if (principal === 'blocked') {
        // A blocked user has no actor any more; show them as their sub-account user so the switcher can try.
        const row = await loadSubAccountUser(deps.db, user.userId);
        if (row && user.kind === 'sub_account_user') {
          users.push({ token, name: row.name, email: row.email, description, actor: user });
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
    return users;
  });

  registerEndpoint(app, deps, endpoints.getClock, () => ({ now: deps.clock.now() }));

  registerEndpoint(app, deps, endpoints.advanceClock, async ({ body: { advanceSeconds } }) => {
    const move = moving.then(async () => {
      const offsetMs = deps.clock.offsetMs + advanceSeconds * 1000;
      if (!isClockOffset(offsetMs)) {
        invalid(
          `advanceSeconds: the clock may move at most ${MAX_CLOCK_OFFSET_MS / 1000} seconds (100 years) in all, and has moved ${deps.clock.offsetMs / 1000}. Restart on a fresh database to go further.`,
        );
      }
      // Stored first: a clock that could not be saved does not move.
      await saveClockOffsetMs(deps.db, offsetMs);
      deps.clock.advance(advanceSeconds);
    });
    moving = move.catch(() => undefined);
    await move;
    // Due work runs in the job runner, one short transaction per job, so other requests go on meanwhile.
    await runDueWork(deps);
    return { now: deps.clock.now() };
  });

  return app;
}
