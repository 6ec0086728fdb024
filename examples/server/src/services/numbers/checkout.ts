// Paying for an assigned number: start a checkout, show it, settle it.
import type { Principal, ServerDeps } from '../../context';
import type { Queryable } from '../../db/db';
import { fail, notFound } from '../../errors';
import { isAssigned, numberActivated } from '../../events/numbers';
import type { PageLinks } from '../../page-links';
import { type CheckoutRow, loadCheckout, setCheckoutStatus } from '../../store/checkouts';
import { loadNumber, saveNumber } from '../../store/numbers';
import { ownNumber, transition } from './access';
import { viewOf } from './views';

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
    await setCheckoutStatus(tx, id, 'expired', now);
    return { ...row, status: 'expired' as const };
  }
  if (outcome === 'complete') {
    const active = transition(number, { type: 'activate' }, now);
    await saveNumber(tx, active);
    if (isAssigned(active) && active.periodEnd) await numberActivated(tx, active, active.periodEnd, now);
  }
  await setCheckoutStatus(tx, id, outcome, now);
  await deps.billing.settleNumberCheckout({ tx, now, agencyId: row.agency_id }, { checkoutId: id, outcome });
  return { ...row, status: outcome };
}
