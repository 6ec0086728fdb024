// The development clock takes only moves it can hold, never stores an instant it cannot read back,
// and runs what fell due without holding up other requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock, ErrorBody, PlanChangePreview } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_OFFSET_MS } from '../src/clock';
import { randomSchemaName, startServer } from '../src/server';
import { loadClockOffsetMs } from '../src/store/server-state';
import { TEST_NOW } from '../src/testing';
import { client, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const DAY = 86_400;

const move = (advanceSeconds: unknown) => api.post('/v1/dev/clock', { advanceSeconds }, { token: null, key: null });
const now = async () => wireOf(Clock, (await api.get('/v1/dev/clock', { token: null })).body).now;
const preview = () => api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_pro' });

describe('a move the clock cannot take', () => {
  it.each([
    ['2^53 − 1 seconds', 9_007_199_254_740_991, 'advanceSeconds: '],
    ['two years and a day', 731 * DAY, 'advanceSeconds: '],
  ])(
    '%s → 400 invalid_request; the clock, its stored offset and previews are unchanged',
    async (_n, seconds, start) => {
      const response = await move(seconds);
      expect([response.status, wireOf(ErrorBody, response.body).error.code]).toEqual([400, 'invalid_request']);
      expect(wireOf(ErrorBody, response.body).error.message.startsWith(start)).toBe(true);
      expect(await now()).toBe('2026-11-22T10:00:00.000Z');
      expect(await loadClockOffsetMs(server().db)).toBe(0);
      expect((await preview()).status).toBe(200);
    },
  );

  it('refuses a move past 100 years in all, naming how far the clock has moved', async () => {
    // Moved 99 years already (in memory only: running 99 years of due work is not this test's point).
    server().clock.advance(99 * 365 * DAY);
    const response = await move(366 * DAY);
    expect(response.status).toBe(400);
    expect(wireOf(ErrorBody, response.body).error.message).toBe(
      `advanceSeconds: the clock may move at most ${MAX_CLOCK_OFFSET_MS / 1000} seconds (100 years) in all, and has moved 3122064000. Restart on a fresh database to go further.`,
    );
    expect(await loadClockOffsetMs(server().db)).toBe(0);
  });
});

describe('a stored clock offset the server cannot take', () => {
  it.each([
    ['beyond any valid date', 9_007_199_254_740_991],
    ['negative', -5_000],
    ['fractional', 1.5],
    ['a string', 'soon'],
    ['an object', { ms: 5 }],
  ])('%s counts as no move', async (_name, value) => {
    await server().db.query(
      `INSERT INTO server_state (key, value) VALUES ('clock_offset_ms', $1::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [JSON.stringify(value)],
    );
    expect(await loadClockOffsetMs(server().db)).toBe(0);
    // The job runner reads it on every pass: moving the clock still works.
    expect((await move(60)).status).toBe(200);
    expect(await now()).toBe('2026-11-22T10:01:00.000Z');
  });

  it('does not stop the server from starting again on the same data', async () => {
    const databaseUrl = process.env.DATABASE_URL;
    const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'plankit-clock-'));
    const schema = databaseUrl ? randomSchemaName() : undefined;
    const options = { databaseUrl, schema, dataDir, now: TEST_NOW, jobPollMs: 0 };
    try {
      const first = await startServer(options);
      await first.db.query(`INSERT INTO server_state (key, value) VALUES ('clock_offset_ms', '1e300'::jsonb)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);
      await first.close();
      const second = await startServer({ ...options, seed: false });
      try {
        const again = client(() => second);
        const clock = wireOf(Clock, (await again.get('/v1/dev/clock', { token: null })).body);
        expect(clock.now).toBe('2026-11-22T10:00:00.000Z');
        const quoted = await again.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_pro' });
        expect(wireOf(PlanChangePreview, quoted.body).quotedAt).toBe('2026-11-22T10:00:00.000Z');
      } finally {
        if (schema) await second.db.exec(`DROP SCHEMA ${schema} CASCADE`);
        await second.close();
      }
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a long move of the clock', () => {
  it('keeps answering other requests while it runs what fell due', async () => {
    let moved = false;
    const moving = move(180 * DAY).then((response) => {
      moved = true;
      return response;
    });
    // Due work is one short transaction per job, with room for waiting requests between jobs; before,
    // on PGlite, the first request after the move began waited for its very last job.
    const answered: number[] = [];
    while (!moved) answered.push((await api.get('/v1/sub-accounts/sa_harbor')).status);
    expect((await moving).status).toBe(200);
    expect(answered.length).toBeGreaterThanOrEqual(5);
    expect(new Set(answered)).toEqual(new Set([200]));
  });
});
