import type { Principal } from '../context';
import type { Queryable } from '../db/db';
import { notFound } from '../errors';
import { loadSubAccount, type SubAccountRecord } from '../store/sub-accounts';

/**
 * The sub-account if the caller may see it: an agency member of its agency, or one of its own users.
 * Anything else is `not_found`, so nothing leaks that it exists.
 */
export async function subAccountFor(
  q: Queryable,
  principal: Principal,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SubAccountRecord> {
  const record = await loadSubAccount(q, id, options);
  if (!record) notFound('sub-account');
  const { actor } = principal;
  const visible =
    actor.kind === 'agency_member'
      ? record.subAccount.agencyId === actor.agencyId
      : record.subAccount.id === actor.subAccountId;
  if (!visible) notFound('sub-account');
  return record;
}
