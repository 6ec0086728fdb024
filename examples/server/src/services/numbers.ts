// Phone numbers: buy, eligible users, assign, unassign, release, checkout (period ends are jobs).
import {
  buyNumber,
  checkAssignable,
  eligibleUsers,
  isRefusal,
  type NumberEvent,
  numberMonthlyPrice,
  type PhoneNumber,
  type Plan,
  type SubAccountUser,
  type Subscription,
  transitionNumber,
  type UserEligibilityInput,
  userEligibility,
} from '@plankit/rules';
import type { Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { fail, invalid, notFound, refused } from '../errors';
import { newId } from '../ids';
import type { PageLinks } from '../page-links';
import { loadAgency } from '../store/agencies';
import { loadNumber, queryNumbers, saveNumber } from '../store/numbers';
import { notify } from '../store/outbox';
import { loadSubAccount } from '../store/sub-accounts';
import { TELCO_COST } from '../telco';

export interface NumberView extends PhoneNumber {
  readonly attachments: {
    agents: { id: string; name: string }[];
    campaigns: { id: string; name: string }[];
    workflows: { id: string; name: string }[];
  };
  readonly assignee: { userName: string; subAccountName: string } | null;
}

/** The number plus what uses it and whom it is assigned to. */
export async function numberViews(q: Queryable, numbers: readonly PhoneNumber[]): Promise<NumberView[]> {
  const views: NumberView[] = [];
  for (const n of numbers) {
    const attachments: NumberView['attachments'] = { agents: [], campaigns: [], workflows: [] };
    if (n.agentId) {
      const [agent] = await q.query<{ id: string; name: string }>('SELECT id, name FROM agents WHERE id = $1', [
        n.agentId,
      ]);
      if (agent) attachments.agents.push(agent);
    }
    const rows = await q.query<{ id: string; kind: 'agent' | 'campaign' | 'workflow'; name: string }>(
      'SELECT id, kind, name FROM number_attachments WHERE phone_number_id = $1 ORDER BY kind, name, id',
      [n.id],
    );
    for (const row of rows) attachments[`${row.kind}s`].push({ id: row.id, name: row.name });
    let assignee: NumberView['assignee'] = null;
    if (n.assignedTo) {
      const [names] = await q.query<{ user_name: string; sub_account_name: string }>(
        `SELECT u.name AS user_name, a.name AS sub_account_name FROM sub_account_users u
         JOIN sub_accounts a ON a.id = u.sub_account_id WHERE u.id = $1`,
        [n.assignedTo.userId],
      );
      if (names) assignee = { userName: names.user_name, subAccountName: names.sub_account_name };
    }
    views.push({ ...n, attachments, assignee });
  }
  return views;
}

async function viewOf(q: Queryable, n: PhoneNumber): Promise<NumberView> {
  const [view] = await numberViews(q, [n]);
  if (!view) throw new Error('number view missing');
  return view;
}

export async function poolNumbers(q: Queryable, agencyId: string) {
  return numberViews(q, await queryNumbers(q, 'agency_id = $1', [agencyId]));
}

export async function numbersOfSubAccount(q: Queryable, subAccountId: string) {
  return numberViews(q, await queryNumbers(q, 'assigned_sub_account_id = $1', [subAccountId]));
}

/** The agency's number, or not_found (another agency's number is as unknown as a missing one). */
async function agencyNumber(q: Queryable, agencyId: string, id: string, forUpdate = false): Promise<PhoneNumber> {
  const n = await loadNumber(q, id, { forUpdate });
  if (!n || n.agencyId !== agencyId) notFound('number');
  return n;
}

/** A number assigned to the caller (release, checkout): another user's, even in the same sub-account, is not_found. */
async function ownNumber(q: Queryable, principal: Principal, id: string, forUpdate = false): Promise<PhoneNumber> {
  const n = await loadNumber(q, id, { forUpdate });
  const { actor } = principal;
  const mine =
    actor.kind === 'sub_account_user' &&
    n?.assignedTo?.subAccountId === actor.subAccountId &&
    n.assignedTo.userId === actor.userId;
  if (!n || !mine) notFound('number');
  return n;
}

function transition(n: PhoneNumber, event: NumberEvent, now: Date): PhoneNumber {
  const moved = transitionNumber({ number: n, event, now });
  if (isRefusal(moved)) refused(moved);
  return moved.number;
}

const CALLING_CODES: Readonly<Record<string, string>> = {
  US: '1',
  CA: '1',
  GB: '44',
  IE: '353',
  AU: '61',
  DE: '49',
  FR: '33',
};
const SUBSCRIBER_DIGITS: Readonly<Record<string, number>> = { US: 7, CA: 7, GB: 6, IE: 6, AU: 7, DE: 7, FR: 7 };

/** Buy a number into the pool: the telco's next free number in the area; its first month is charged. */
export async function buy(
  deps: ServerDeps,
  tx: Queryable,
  agencyId: string,
  body: { country: string; areaCode: string; capabilities: ('voice' | 'sms')[] },
  now: Date,
): Promise<NumberView> {
  const code = CALLING_CODES[body.country];
  const digits = SUBSCRIBER_DIGITS[body.country];
  if (!code || !digits)
    invalid(`Numbers in ${body.country} are not available. Pick one of ${Object.keys(CALLING_CODES).join(', ')}.`);
  const { agency } = await loadAgency(tx, agencyId);
  const prefix = `+${code}${body.areaCode}`;
  if (prefix.length - 1 + digits > 15) invalid('The area code is too long for this country.');
  // The simulated telco hands out the lowest free number of the area. Buys in one area take turns
  // (a lock held to commit), so two parallel buys cannot both pick the same number.
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`buy-number:${prefix}`]);
  const [taken] = await tx.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM phone_numbers WHERE e164 LIKE $1 || '%'",
    [prefix],
  );
  const e164 = `${prefix}${String(5_550_100 + (taken?.count ?? 0) + 1)
    .slice(-digits)
    .padStart(digits, '0')}`;
  const { number, charge } = buyNumber({
    id: newId('num'),
    agencyId,
    e164,
    country: body.country,
    capabilities: body.capabilities,
    telcoCost: { amount: TELCO_COST, currency: agency.currency },
  });
  await tx.query(
    `INSERT INTO phone_numbers (id, agency_id, e164, country, area_code, capabilities, telco_cost_amount, currency, state, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, 'unassigned', $9)`,
    [
      number.id,
      agencyId,
      number.e164,
      number.country,
      body.areaCode,
      JSON.stringify(number.capabilities),
      charge.amount,
      charge.currency,
      now,
    ],
  );
  await deps.billing.buyNumber({ tx, now, agencyId }, { number });
  return viewOf(tx, number);
}

interface CandidateRow {
  id: string;
  sub_account_id: string;
  name: string;
  email: string;
  status: SubAccountUser['status'];
}

/** The search as SQL over users `u` and sub-accounts `a`; $1 is the agency, $2 the needle, $3 its LIKE pattern. */
const CANDIDATES = `FROM sub_account_users u JOIN sub_accounts a ON a.id = u.sub_account_id
  WHERE a.agency_id = $1 AND ($2 = '' OR lower(u.name) LIKE $3 OR lower(u.email) LIKE $3 OR lower(a.name) LIKE $3)`;

/** Users the number can be assigned to, with their monthly price; searched and paged on the server. */
export async function eligibleUserPage(
  q: Queryable,
  agencyId: string,
  numberId: string,
  query: { q?: string | undefined; cursor?: string | undefined; limit?: string | undefined },
) {
  const number = await agencyNumber(q, agencyId, numberId);
  const limit = query.limit ? Number(query.limit) : 20;
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const needle = (query.q ?? '').trim().toLowerCase();
  const search = [agencyId, needle, `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`];
  // The rules read of a user only its sub-account and status (their input type), so the matching users
  // are counted per (sub-account, status) and the rules decide each such group once; every user of a
  // group shares its decision. SQL then pages through the users of the eligible groups only.
  const groups = await q.query<{ sub_account_id: string; status: SubAccountUser['status']; count: number }>(
    `SELECT u.sub_account_id, u.status, count(*)::int AS count ${CANDIDATES} GROUP BY u.sub_account_id, u.status`,
    search,
  );
  const accounts = await eligibilityAccounts(q, agencyId);
  const candidates = groups.flatMap((group) => {
    const subAccount = accounts.get(group.sub_account_id);
    if (!subAccount) return [];
    // Typed as the rules' input, so a field the rules start reading cannot be left out of the group key.
    const decides: UserEligibilityInput['user'] = { subAccountId: group.sub_account_id, status: group.status };
    return [{ user: { ...decides, count: group.count }, subAccount }];
  });
  const eligible = eligibleUsers({ agencyId, candidates }).eligible.flatMap(({ user, subAccount }) => {
    const terms = subAccount.subscription?.terms;
    if (!terms) return [];
    const price = numberMonthlyPrice({ number, terms });
    if ('ok' in price) return [];
    return [{ user, subAccount, price }];
  });
  const total = eligible.reduce((sum, { user }) => sum + user.count, 0);
  const byAccount = new Map(eligible.map((group) => [group.subAccount.id, group]));
  const rows =
    eligible.length === 0 || offset >= total
      ? []
      : await q.query<Omit<CandidateRow, 'status'>>(
          `SELECT u.id, u.sub_account_id, u.name, u.email ${CANDIDATES}
             AND (u.sub_account_id, u.status) IN (SELECT e.sub_account_id, e.status
               FROM jsonb_to_recordset($4::jsonb) AS e(sub_account_id text, status text))
           ORDER BY lower(u.name) COLLATE "C", u.id COLLATE "C" LIMIT $5 OFFSET $6`,
          [
            ...search,
            JSON.stringify(eligible.map(({ user }) => ({ sub_account_id: user.subAccountId, status: user.status }))),
            limit,
            offset,
          ],
        );
  const items = rows.flatMap((row) => {
    const group = byAccount.get(row.sub_account_id);
    if (!group) return [];
    return [
      {
        id: row.id,
        name: row.name,
        email: row.email,
        subAccountId: group.subAccount.id,
        subAccountName: group.subAccount.name,
        monthlyPrice: group.price,
      },
    ];
  });
  const next = offset + limit < total ? encodeCursor(offset + limit) : null;
  return { items, nextCursor: next, total };
}

/** What the eligibility rules and the price read of each of the agency's sub-accounts, in one query. */
async function eligibilityAccounts(q: Queryable, agencyId: string) {
  const rows = await q.query<{
    id: string;
    agency_id: string;
    name: string;
    access: 'active' | 'blocked';
    payment_method: string;
    status: Subscription['status'] | null;
    terms: Plan | null;
  }>(
    `SELECT a.id, a.agency_id, a.name, a.status AS access, a.payment_method, s.status, s.terms
     FROM sub_accounts a LEFT JOIN subscriptions s ON s.sub_account_id = a.id AND s.is_current
     WHERE a.agency_id = $1`,
    [agencyId],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        agencyId: row.agency_id,
        name: row.name,
        status: row.access,
        hasPaymentMethod: row.payment_method !== 'none',
        subscription: row.status === null || row.terms === null ? null : { status: row.status, terms: row.terms },
      },
    ]),
  );
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) invalid('The cursor is not valid. Start again without a cursor.');
  return Number(match[1]);
}

/** Reserve the number for the user; exactly one of concurrent assigns wins the conditional UPDATE. */
export async function assign(
  tx: Queryable,
  agencyId: string,
  numberId: string,
  userId: string,
  now: Date,
): Promise<NumberView> {
  const number = await agencyNumber(tx, agencyId, numberId);
  const assignable = checkAssignable(number);
  if (isRefusal(assignable)) refused(assignable);
  const [user] = await tx.query<CandidateRow>(
    'SELECT id, sub_account_id, name, email, status FROM sub_account_users WHERE id = $1',
    [userId],
  );
  const record = user ? await loadSubAccount(tx, user.sub_account_id) : null;
  if (!user || !record) notFound('user');
  const eligibility = userEligibility({
    agencyId,
    user: { subAccountId: user.sub_account_id, status: user.status },
    subAccount: record.subAccount,
  });
  if (isRefusal(eligibility)) refused(eligibility);
  const terms = record.subAccount.subscription?.terms;
  if (!terms) fail('user_subscription_inactive', { status: 'none' });
  const price = numberMonthlyPrice({ number, terms });
  if ('ok' in price) refused(price);
  const next = transition(
    number,
    { type: 'assign', userId: user.id, subAccountId: record.subAccount.id, monthlyPrice: price },
    now,
  );
  const won = await tx.query(
    `UPDATE phone_numbers SET state = 'pending_payment', assigned_user_id = $2, assigned_sub_account_id = $3,
       monthly_price_amount = $4, assigned_at = $5, activated_at = NULL, period_end = NULL
     WHERE id = $1 AND state = 'unassigned' AND agent_id IS NULL RETURNING id`,
    [number.id, user.id, record.subAccount.id, price.amount, now],
  );
  if (won.length === 0) fail('number_not_unassigned', { state: 'pending_payment' });
  await notify(
    tx,
    'number_pending_activation',
    user.id,
    { numberId: number.id, e164: number.e164, monthlyPrice: price },
    now,
  );
  return viewOf(tx, next);
}

/** Back to the pool now: the number's subscription stops without refund, the agent is detached. */
export async function unassign(deps: ServerDeps, tx: Queryable, agencyId: string, numberId: string, now: Date) {
  const number = await agencyNumber(tx, agencyId, numberId, true);
  const before = await viewOf(tx, number);
  const next = transition(number, { type: 'unassign' }, now);
  await saveNumber(tx, next);
  await tx.query('DELETE FROM number_attachments WHERE phone_number_id = $1', [number.id]);
  await deps.billing.cancelNumberSubscription({ tx, now, agencyId }, { number, at: 'now' });
  if (number.assignedTo) {
    await notify(
      tx,
      'number_unassigned',
      number.assignedTo.userId,
      {
        numberId: number.id,
        e164: number.e164,
        stoppedWorking: before.attachments,
      },
      now,
    );
  }
  return viewOf(tx, next);
}

/** The sub-account gives the number back at period end; it stays usable until then, no refund. */
export async function release(deps: ServerDeps, tx: Queryable, principal: Principal, numberId: string, now: Date) {
  const number = await ownNumber(tx, principal, numberId, true);
  const next = transition(number, { type: 'release' }, now);
  await saveNumber(tx, next);
  await deps.billing.cancelNumberSubscription({ tx, now, agencyId: number.agencyId }, { number, at: 'period_end' });
  return viewOf(tx, next);
}

export async function startCheckout(
  deps: ServerDeps,
  tx: Queryable,
  principal: Principal,
  numberId: string,
  returnUrl: string,
  now: Date,
) {
  const number = await ownNumber(tx, principal, numberId, true);
  if (number.state !== 'pending_payment' || !number.assignedTo) {
    fail('illegal_transition', { from: number.state, event: 'activate' });
  }
  const checkout = await deps.billing.startNumberCheckout(
    { tx, now, agencyId: number.agencyId },
    { number, subAccountId: number.assignedTo.subAccountId, amount: number.assignedTo.monthlyPrice, returnUrl },
  );
  return { id: checkout.id, url: checkout.url, status: 'open' as const, number: await viewOf(tx, number) };
}

interface CheckoutRow {
  id: string;
  agency_id: string;
  sub_account_id: string;
  phone_number_id: string;
  status: 'open' | 'complete' | 'declined' | 'expired';
  return_url: string;
  /** `local`: paid on this server's checkout page; otherwise on the provider's page at `url`. */
  provider: string;
  url: string | null;
}

export async function loadCheckout(q: Queryable, id: string, forUpdate = false): Promise<CheckoutRow | null> {
  const [row] = await q.query<CheckoutRow>(
    `SELECT * FROM checkouts WHERE id = $1${forUpdate ? ' FOR NO KEY UPDATE' : ''}`,
    [id],
  );
  return row ?? null;
}

export async function checkoutView(q: Queryable, principal: Principal, id: string, links: PageLinks) {
  const row = await loadCheckout(q, id);
  const { actor } = principal;
  if (!row || actor.kind !== 'sub_account_user' || row.sub_account_id !== actor.subAccountId) notFound('checkout');
  const number = await loadNumber(q, row.phone_number_id);
  if (!number) notFound('number');
  return { id: row.id, url: checkoutUrl(row, links), status: row.status, number: await viewOf(q, number) };
}

/** Where the payer completes a checkout: the local page, or the provider's own (a Stripe Checkout Session). */
export function checkoutUrl(row: Pick<CheckoutRow, 'id' | 'provider' | 'url'>, links: PageLinks): string {
  if (row.provider === 'local') return links.url('checkout', row.id);
  if (!row.url) throw new Error(`checkout ${row.id} of provider ${row.provider} has no url`);
  return row.url;
}

/** Settle an open checkout: on payment the number becomes active, billed on this day each month. */
export async function settleCheckout(
  deps: ServerDeps,
  tx: Queryable,
  id: string,
  outcome: 'complete' | 'declined',
  now: Date,
) {
  // Lock order (README): the number before its checkout, as starting and cancelling a checkout do.
  const unlocked = await loadCheckout(tx, id);
  if (!unlocked) notFound('checkout');
  const number = await loadNumber(tx, unlocked.phone_number_id, { forUpdate: true });
  const row = await loadCheckout(tx, id, true);
  if (!row) notFound('checkout');
  if (row.status !== 'open') return row;
  // The agency took the number back meanwhile: nothing to pay for.
  if (number?.state !== 'pending_payment' || number.assignedTo?.subAccountId !== row.sub_account_id) {
    await tx.query(`UPDATE checkouts SET status = 'expired', completed_at = $2 WHERE id = $1`, [id, now]);
    return { ...row, status: 'expired' as const };
  }
  if (outcome === 'complete') await saveNumber(tx, transition(number, { type: 'activate' }, now));
  await tx.query('UPDATE checkouts SET status = $2, completed_at = $3 WHERE id = $1', [id, outcome, now]);
  await deps.billing.settleNumberCheckout({ tx, now, agencyId: row.agency_id }, { checkoutId: id, outcome });
  return { ...row, status: outcome };
}
