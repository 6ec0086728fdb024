// A connection dropped after the server committed: the client retries with the same key and the
// server replays its stored answer, so the money moves once.
import { afterEach, describe, expect, it } from 'vitest';
import { type CuttingProxy, startCuttingProxy } from './cutting-proxy';
import { TOKENS, withReferenceServer } from './reference-server';

const { server, clientFor } = withReferenceServer();
let proxy: CuttingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

const count = async (sql: string): Promise<number> => (await server().db.query<{ n: number }>(sql))[0]?.n ?? 0;
const telcoPurchases = () => count(`SELECT count(*)::int AS n FROM ledger_entries WHERE kind = 'telco_purchase'`);
const upgradeCharges = () => count(`SELECT count(*)::int AS n FROM ledger_entries WHERE sub_account_id = 'sa_harbor'`);

describe('given the connection drops after the server committed', () => {
  it('buys the number once: the retry carries the same key and gets the stored answer', async () => {
    proxy = await startCuttingProxy(server().url);
    const client = clientFor(TOKENS.owner, { baseUrl: proxy.url });
    const before = await telcoPurchases();
    proxy.cutNextResponse();
    const bought = await client.buyNumber({ country: 'US', areaCode: '646', capabilities: ['voice'] });
    expect(proxy.keys).toHaveLength(2);
    expect(proxy.keys[1]).toBe(proxy.keys[0]);
    expect((await telcoPurchases()) - before).toBe(1);
    const pool = await clientFor(TOKENS.owner).listNumbers();
    expect(pool.filter((n) => n.id === bought.id)).toHaveLength(1);
  });

  it('charges an upgrade once', async () => {
    proxy = await startCuttingProxy(server().url);
    const client = clientFor(TOKENS.owner, { baseUrl: proxy.url });
    const preview = await client.previewPlanChange('sa_harbor', { targetPlanId: 'plan_pro' });
    const before = await upgradeCharges();
    proxy.cutNextResponse();
    const result = await client.changePlan('sa_harbor', preview);
    expect(result.amountCharged).toEqual(preview.amountDueNow);
    expect(proxy.keys.slice(-2)).toEqual([proxy.keys.at(-1), proxy.keys.at(-1)]);
    expect((await upgradeCharges()) - before).toBe(1);
  });
});
