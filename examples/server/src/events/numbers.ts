// The phone-number events, from the rules' PhoneNumber before or after its transition.
import type { PhoneNumber } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { emitEvent } from './emit';

type Assigned = PhoneNumber & { readonly assignedTo: NonNullable<PhoneNumber['assignedTo']> };

const ref = (n: PhoneNumber) => ({ numberId: n.id, e164: n.e164 });
const holder = (n: Assigned) => ({ subAccountId: n.assignedTo.subAccountId, userId: n.assignedTo.userId });

export function numberAssigned(tx: Queryable, n: Assigned, at: Date) {
  const data = { ...ref(n), ...holder(n), monthlyPrice: n.assignedTo.monthlyPrice };
  return emitEvent(tx, n.agencyId, 'number.assigned', data, at);
}

export function numberActivated(tx: Queryable, n: Assigned, periodEnd: Date, at: Date) {
  const data = { ...ref(n), ...holder(n), periodEnd: periodEnd.toISOString() };
  return emitEvent(tx, n.agencyId, 'number.activated', data, at);
}

/** `n` as it was before going back to the pool. */
export function numberReleased(tx: Queryable, n: PhoneNumber, at: Date) {
  const data = {
    ...ref(n),
    subAccountId: n.assignedTo?.subAccountId ?? null,
    userId: n.assignedTo?.userId ?? null,
  };
  return emitEvent(tx, n.agencyId, 'number.released', data, at);
}

/** `n` as it was before the agency took it back. */
export function numberUnassigned(tx: Queryable, n: Assigned, at: Date) {
  return emitEvent(tx, n.agencyId, 'number.unassigned', { ...ref(n), ...holder(n) }, at);
}

export function isAssigned(n: PhoneNumber): n is Assigned {
  return n.assignedTo !== null;
}
