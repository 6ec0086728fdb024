// The credit balance of a sub-account and the agency's pool, with their movements.

import { requireAgencyMember } from '../auth/middleware';
import type { Principal } from '../context';
import type { Queryable } from '../db/db';
import { loadAgency } from '../store/agencies';
import { balanceMovements, poolMovements } from '../store/credit-movements';
import { subAccountFor } from './access';

export async function subAccountCredit(q: Queryable, principal: Principal, subAccountId: string) {
  const { subAccount } = await subAccountFor(q, principal, subAccountId);
  return {
    subAccountId: subAccount.id,
    balance: subAccount.creditBalance,
    movements: await balanceMovements(q, subAccount.id),
  };
}

export async function agencyCredit(q: Queryable, principal: Principal) {
  const actor = requireAgencyMember(principal);
  const { agency } = await loadAgency(q, actor.agencyId);
  return { agencyId: agency.id, pool: agency.creditPool, movements: await poolMovements(q, agency.id) };
}
