// Manage Users as a paged, searched list: what each page holds, and the statements one page costs.
import { SubAccountPage, type SubAccountPageDto } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/db';
import { subAccountPage } from '../src/services/sub-account-list';
import { errorCode, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer({ resetEachTest: false });

async function page(query: string) {
  const response = await api.get(`/v1/sub-accounts?${query}`);
  expect(response.status).toBe(200);
  return wireOf(SubAccountPage, response.body);
}

const names = (p: SubAccountPageDto) => p.items.map((row) => row.subAccount.name);

describe('paging Manage Users', () => {
  it('walks the 16 sub-accounts in pages of 5 by the cursor, each once, in the agency order', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const p = await page(`limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(p.total).toBe(16);
      seen.push(...names(p));
      sizes.push(p.items.length);
      cursor = p.nextCursor;
    }
    expect(sizes).toEqual([5, 5, 5, 1]);
    expect(seen).toEqual(names(await page('limit=100')));
    expect(new Set(seen).size).toBe(16);
  });

  it('says there is no next page when the last page is exactly full', async () => {
    const p = await page('limit=16');
    expect([p.items.length, p.nextCursor, p.total]).toEqual([16, null, 16]);
  });
});

describe('searching Manage Users', () => {
  it("finds a sub-account by a user's email, whichever user it is", async () => {
    const p = await page('q=NOAH@harborfitness');
    expect([names(p), p.total]).toEqual([['Harbor Fitness'], 1]);
  });

  it("finds sub-accounts by the plan's name, and by the sub-account's name", async () => {
    expect(names(await page('q=invoiced'))).toEqual(['Summit Logistics']);
    expect(names(await page('q=marine'))).toEqual(['Tidewater Marine']);
  });

  it('keeps only the sub-accounts on a plan, running or assigned', async () => {
    const p = await page('planId=plan_growth');
    expect(p.items.every((row) => row.currentPlan?.id === 'plan_growth')).toBe(true);
    expect(p.total).toBe(5);
  });

  it('keeps only the blocked sub-accounts, and pages a search too', async () => {
    expect(names(await page('status=blocked'))).toEqual(['Tidewater Marine']);
    const first = await page('planId=plan_starter&limit=2');
    const second = await page(`planId=plan_starter&limit=2&cursor=${first.nextCursor}`);
    expect(second.total).toBe(first.total);
    expect(names(second)).not.toContain(names(first)[0]);
    expect(second.items.every((row) => row.currentPlan?.id === 'plan_starter')).toBe(true);
  });

  it('treats % and _ as letters, not as patterns', async () => {
    expect(await page('q=%25')).toEqual({ items: [], nextCursor: null, total: 0 });
  });
});

describe('refusals', () => {
  it('refuses a cursor it did not make, a limit over 100 and an unknown status as invalid_request', async () => {
    for (const query of ['cursor=bm9wZQ', 'limit=101', 'status=deleted']) {
      const response = await api.get(`/v1/sub-accounts?${query}`);
      expect([query, response.status, errorCode(response.body)]).toEqual([query, 400, 'invalid_request']);
    }
  });

  it("refuses a sub-account's own user", async () => {
    const response = await api.get('/v1/sub-accounts', { token: TOKENS.subUser });
    expect(response.status).toBe(403);
  });
});

describe('statements per page', () => {
  function counting(db: Queryable) {
    const counter = { statements: 0 };
    const q: Queryable = {
      query: (sql, params) => {
        counter.statements += 1;
        return db.query(sql, params);
      },
    };
    return { q, counter };
  }

  async function statementsFor(limit: number): Promise<{ rows: number; statements: number }> {
    const { q, counter } = counting(server().db);
    const p = await subAccountPage(q, 'agency_northwind', { limit: String(limit) }, server().clock.now());
    return { rows: p.items.length, statements: counter.statements };
  }

  // Count, page ids, sub-accounts, users, assigned plans (skipped when none), plan invoices.
  it('answers a page of 1, 5 or all 16 sub-accounts in at most 6 statements', async () => {
    const pages = await Promise.all([1, 5, 100].map(statementsFor));
    expect(pages.map((p) => p.rows)).toEqual([1, 5, 16]);
    expect(pages.map((p) => p.statements <= 6)).toEqual([true, true, true]);
  });
});
