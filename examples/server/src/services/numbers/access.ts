// Which numbers a caller may act on, and the one way a number's state moves.
import { isRefusal, type NumberEvent, type PhoneNumber, transitionNumber } from '@plankit/rules';
import type { Principal } from '../../context';
import type { Queryable } from '../../db/db';
import { notFound, refused } from '../../errors';
import { loadNumber } from '../../store/numbers';

/** The agency's number, or not_found (another agency's number is as unknown as a missing one). */
export async function agencyNumber(
  q: Queryable,
  agencyId: string,
  id: string,
  forUpdate = false,
): Promise<PhoneNumber> {
  const n = await loadNumber(q, id, { forUpdate });
  if (!n || n.agencyId !== agencyId) notFound('number');
  return n;
}

/** A number assigned to the caller (release, checkout): another user's, even in the same sub-account, is not_found. */
export async function ownNumber(
  q: Queryable,
  principal: Principal,
  id: string,
  forUpdate = false,
): Promise<PhoneNumber> {
  const n = await loadNumber(q, id, { forUpdate });
  const { actor } = principal;
  const mine =
    actor.kind === 'sub_account_user' &&
    n?.assignedTo?.subAccountId === actor.subAccountId &&
    n.assignedTo.userId === actor.userId;
  if (!n || !mine) notFound('number');
  return n;
}

export function transition(n: PhoneNumber, event: NumberEvent, now: Date): PhoneNumber {
  const moved = transitionNumber({ number: n, event, now });
  if (isRefusal(moved)) refused(moved);
  return moved.number;
}
