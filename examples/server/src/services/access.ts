import type { Principal } from '../context';
import type { Queryable } from '../db/db';
import { notFound } from '../errors';
import type { AgencyRecord } from '../store/agencies';
import { loadSubAccount, loadSubAccountAndAgency, type SubAccountRecord } from '../store/sub-accounts';

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
  if (!record || !visibleTo(principal, record)) notFound('sub-account');
  return record;
}

/** The same, with its agency, read in the same statement (preview and confirm). */
export async function subAccountAndAgencyFor(
  q: Queryable,
  principal: Principal,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ record: SubAccountRecord; agency: AgencyRecord }> {
  const loaded = await loadSubAccountAndAgency(q, id, options);
  if (!loaded || !visibleTo(principal, loaded.record)) notFound('sub-account');
  return loaded;
}

function visibleTo({ actor }: Principal, record: SubAccountRecord): boolean {
  return actor.kind === 'agency_member'
    ? record.subAccount.agencyId === actor.agencyId
    : record.subAccount.id === actor.subAccountId;
}
