// A number between the pool and a user: assign, unassign, release at period end.
import { checkAssignable, isRefusal, numberMonthlyPrice, userEligibility } from '@plankit/rules';
import type { Principal, ServerDeps } from '../../context';
import type { Queryable } from '../../db/db';
import { fail, notFound, refused } from '../../errors';
import { isAssigned, numberAssigned, numberUnassigned } from '../../events/numbers';
import { claimForUser, deleteAttachments, saveNumber } from '../../store/numbers';
import { notify } from '../../store/outbox';
import { loadSubAccount, loadSubAccountUser } from '../../store/sub-accounts';
import { agencyNumber, ownNumber, transition } from './access';
import { type NumberView, viewOf } from './views';

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
  const user = await loadSubAccountUser(tx, userId);
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
  const priced = numberMonthlyPrice({ number, terms });
  if (!priced.ok) refused(priced);
  const price = priced.price;
  const next = transition(
    number,
    { type: 'assign', userId: user.id, subAccountId: record.subAccount.id, monthlyPrice: price },
    now,
  );
  const won = await claimForUser(
    tx,
    number.id,
    { userId: user.id, subAccountId: record.subAccount.id, monthlyPriceAmount: price.amount },
    now,
  );
  if (!won) fail('number_not_unassigned', { state: 'pending_payment' });
  if (isAssigned(next)) await numberAssigned(tx, next, now);
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
  await deleteAttachments(tx, number.id);
  await deps.billing.cancelNumberSubscription({ tx, now, agencyId }, { number, at: 'now' });
  if (isAssigned(number)) await numberUnassigned(tx, number, now);
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
