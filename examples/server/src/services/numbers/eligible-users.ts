// Users a number can be assigned to, with their monthly price; searched and paged on the server.
import { eligibleUsers, numberMonthlyPrice, type UserEligibilityInput } from '@plankit/rules';
import type { Queryable } from '../../db/db';
import { invalid } from '../../errors';
import { candidateGroups, candidatePage, eligibilityAccounts } from '../../store/eligible-users';
import { agencyNumber } from './access';

export async function eligibleUserPage(
  q: Queryable,
  agencyId: string,
  numberId: string,
  query: { q?: string | undefined; cursor?: string | undefined; limit?: string | undefined },
) {
  const number = await agencyNumber(q, agencyId, numberId);
  const limit = query.limit ? Number(query.limit) : 20;
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const search = { agencyId, needle: query.q ?? '' };
  // The rules read of a user only its sub-account and status (their input type), so the matching users
  // are counted per (sub-account, status) and the rules decide each such group once; every user of a
  // group shares its decision. SQL then pages through the users of the eligible groups only.
  const groups = await candidateGroups(q, search);
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
    const priced = numberMonthlyPrice({ number, terms });
    if (!priced.ok) return [];
    return [{ user, subAccount, price: priced.price }];
  });
  const total = eligible.reduce((sum, { user }) => sum + user.count, 0);
  const byAccount = new Map(eligible.map((group) => [group.subAccount.id, group]));
  const rows =
    eligible.length === 0 || offset >= total
      ? []
      : await candidatePage(
          q,
          search,
          eligible.map(({ user }) => user),
          { limit, offset },
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

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) invalid('The cursor is not valid. Start again without a cursor.');
  return Number(match[1]);
}
