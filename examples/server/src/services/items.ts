// Seats, add-ons and packs on the server: the rules' previews, recomputed at the quote's instant on
// confirm under the sub-account's row lock, so what is charged is what was previewed.
import {
  type AddOn,
  changePlanEligibility,
  type ItemChangePreview,
  type ItemsState,
  isRefusal,
  type Money,
  previewAddOnChange,
  previewPackPurchase,
  previewSeatChange,
  renewalAmount,
  type SeatPricing,
  verifyQuote,
  zero,
} from '@plankit/rules';
import type { Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { RetryTransaction } from '../db/retry';
import { fail, notFound, refused } from '../errors';
import { setAgencyPool, setCreditBalance } from '../store/credit';
import { catalogOf, heldItems, type PendingItems, seatPricingOf, writeItems } from '../store/items';
import { addLedgerEntry } from '../store/ledger';
import { setWalletMinutes } from '../store/sub-accounts';
import { subAccountAndAgencyFor } from './access';

export type ItemChange =
  | { readonly kind: 'seats'; readonly quantity: number }
  | { readonly kind: 'add_on'; readonly group: string; readonly addOnId: string | null }
  | { readonly kind: 'pack'; readonly packId: string };

async function load(q: Queryable, principal: Principal, subAccountId: string, forUpdate: boolean) {
  const { record, agency } = await subAccountAndAgencyFor(q, principal, subAccountId, { forUpdate });
  const { subAccount } = record;
  const eligibility = changePlanEligibility({
    actor: principal.actor,
    agency: agency.agency,
    subAccount,
    policy: agency.policy,
  });
  if (isRefusal(eligibility)) refused(eligibility);
  const subscription = subAccount.subscription;
  if (subscription === null || record.planId === null) fail('subscription_not_changeable', { status: 'none' });
  const seatPricing: SeatPricing | null = await seatPricingOf(q, record.planId);
  const held = await heldItems(q, subscription.id);
  const catalog = await catalogOf(q, agency.agency.id, subscription.terms.currency);
  // A quantity below the included seats (never set) reads as the included seats.
  const seatQuantity =
    seatPricing === null ? held.seatQuantity : Math.max(held.seatQuantity, seatPricing.includedSeats);
  const state: ItemsState = { subscription, seatPricing, seatQuantity, addOns: held.addOns };
  return { record, agency, state, catalog, pending: held.pending };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** What the dialogs show: the items held, the catalog and the balances a pack fills. */
export function itemsView({ record, state, catalog }: Loaded) {
  const { subAccount } = record;
  return {
    subAccountId: subAccount.id,
    version: state.subscription.version,
    seatPricing: state.seatPricing,
    seatQuantity: state.seatQuantity,
    seatsInUse: subAccount.usage.resources.teamMembers,
    addOns: state.addOns,
    catalog,
    packsAllowed: state.subscription.terms.addOnPacks,
    walletMinutes: subAccount.usage.walletMinutes,
    creditBalance: subAccount.creditBalance,
    renewalAmount: renewalAmount(state),
  };
}

function preview(loaded: Loaded, change: ItemChange, at: Date): ItemChangePreview {
  const { state, catalog, record } = loaded;
  const result = (() => {
    switch (change.kind) {
      case 'seats':
        return previewSeatChange({
          ...state,
          quantity: change.quantity,
          seatsInUse: record.subAccount.usage.resources.teamMembers,
          now: at,
        });
      case 'add_on': {
        const target = change.addOnId === null ? null : (catalog.addOns.find((a) => a.id === change.addOnId) ?? null);
        if (change.addOnId !== null && (target === null || target.group !== change.group)) notFound('add-on');
        return previewAddOnChange({ ...state, group: change.group, target, now: at });
      }
      case 'pack': {
        const pack = catalog.packs.find((p) => p.id === change.packId);
        if (!pack) notFound('pack');
        return previewPackPurchase({
          ...state,
          pack,
          now: at,
          walletMinutes: record.subAccount.usage.walletMinutes,
          creditBalance: record.subAccount.creditBalance,
        });
      }
    }
  })();
  if (isRefusal(result)) refused(result);
  return result;
}

export async function itemsContext(q: Queryable, principal: Principal, subAccountId: string) {
  return itemsView(await load(q, principal, subAccountId, false));
}

export async function previewItemChange(
  q: Queryable,
  principal: Principal,
  subAccountId: string,
  change: ItemChange,
  now: Date,
) {
  const loaded = await load(q, principal, subAccountId, false);
  return { ...preview(loaded, change, now), quotedAt: now, quotedVersion: loaded.state.subscription.version };
}

/** The items after a preview: now, or the lower quantity or tier waiting for period end. */
function itemsAfter(loaded: Loaded, change: ItemChange, quoted: ItemChangePreview) {
  const { state, catalog, pending } = loaded;
  if (change.kind === 'pack') return { seatQuantity: state.seatQuantity, addOns: state.addOns, pending };
  if (quoted.timing === 'period_end') {
    const next: PendingItems =
      change.kind === 'seats'
        ? { ...pending, seatQuantity: change.quantity }
        : { ...pending, addOns: { ...pending?.addOns, [change.group]: change.addOnId } };
    return { seatQuantity: state.seatQuantity, addOns: state.addOns, pending: next };
  }
  // Applied now: a waiting decrease of the same item is superseded.
  if (change.kind === 'seats') {
    const { seatQuantity: _, ...rest } = pending ?? {};
    return { seatQuantity: change.quantity, addOns: state.addOns, pending: Object.keys(rest).length ? rest : null };
  }
  const addOns: AddOn[] = state.addOns.filter((a) => a.group !== change.group);
  const target = catalog.addOns.find((a) => a.id === change.addOnId);
  if (target) addOns.push(target);
  const { [change.group]: _, ...others } = pending?.addOns ?? {};
  const rest = { ...pending, addOns: others };
  return {
    seatQuantity: state.seatQuantity,
    addOns,
    pending: rest.seatQuantity === undefined && Object.keys(others).length === 0 ? null : rest,
  };
}

export async function confirmItemChange(
  deps: ServerDeps,
  tx: Queryable,
  principal: Principal,
  subAccountId: string,
  change: ItemChange,
  quote: { readonly quotedAt: Date; readonly quotedVersion: number },
  now: Date,
) {
  const loaded = await load(tx, principal, subAccountId, true);
  const { record, agency, state } = loaded;
  const { quotedAt } = quote;
  const verified = verifyQuote({
    subAccount: record.subAccount,
    quotedAt,
    quotedVersion: quote.quotedVersion,
    now,
    policy: agency.policy,
  });
  if (isRefusal(verified)) refused(verified);
  // Recomputed at the quote's instant: the same figures the preview showed.
  const quoted = preview(loaded, change, quotedAt);
  const subscription = state.subscription;
  const next = itemsAfter(loaded, change, quoted);
  if (!(await writeItems(tx, subscription.id, subscription.version, next)))
    fail('quote_expired', { reason: 'version' });

  const ctx = { tx, now, agencyId: agency.agency.id };
  const currency = subscription.terms.currency;
  const collects = quoted.collection !== 'none' && quoted.amountDueNow.amount > 0;
  const invoice = collects
    ? await deps.billing.chargeItems(ctx, {
        subAccount: record,
        subscription,
        kind: quoted.kind,
        amount: quoted.amountDueNow,
        lines: quoted.lines,
        prorationAt: quotedAt,
        collection: quoted.collection === 'payment_request' ? 'payment_request' : 'card',
      })
    : null;

  const { subAccount } = record;
  if (quoted.walletMinutesAfter !== null) await setWalletMinutes(tx, subAccount.id, quoted.walletMinutesAfter);
  // Credit (a pack's, or unused time of a decrease applied now) goes to the balance, never to cash.
  const credited =
    quoted.creditBalanceAfter ??
    (quoted.creditAmount.amount > 0
      ? { amount: (subAccount.creditBalance?.amount ?? 0) + quoted.creditAmount.amount, currency }
      : null);
  if (credited !== null) {
    await setCreditBalance(tx, subAccount.id, credited);
    const amount = { amount: credited.amount - (subAccount.creditBalance?.amount ?? 0), currency };
    const memo = quoted.kind.replaceAll('_', ' ');
    await addLedgerEntry(
      tx,
      { agencyId: ctx.agencyId, subAccountId: subAccount.id, kind: 'credit', amount, memo },
      now,
    );
  }
  let granted = zero(currency);
  if (credited !== null) granted = { amount: credited.amount - (subAccount.creditBalance?.amount ?? 0), currency };
  if (quoted.creditSource === 'agency_pool') await debitPool(tx, agency.agency.creditPool, granted, ctx, subAccount.id);
  const after = await load(tx, principal, subAccountId, false);
  const toRef = (ref: typeof invoice) => (ref ? { id: ref.id, url: ref.url, amount: ref.amount } : null);
  return {
    kind: quoted.kind,
    timing: quoted.timing,
    effectiveAt: quoted.effectiveAt,
    amountCharged: invoice && quoted.collection === 'card' ? invoice.amount : zero(currency),
    invoice: quoted.collection === 'card' ? toRef(invoice) : null,
    paymentRequest: quoted.collection === 'payment_request' ? toRef(invoice) : null,
    creditGranted: granted,
    items: itemsView(after),
  };
}

/** An offline increase's credit comes out of the agency's pool, in one conditional write. */
async function debitPool(
  tx: Queryable,
  pool: Money | null,
  credit: Money,
  ctx: { readonly agencyId: string; readonly now: Date },
  subAccountId: string,
): Promise<void> {
  if (pool === null || credit.amount === 0) return;
  if (pool.amount < credit.amount) fail('insufficient_agency_credit', { needed: credit, available: pool });
  if (!(await setAgencyPool(tx, ctx.agencyId, pool, { ...pool, amount: pool.amount - credit.amount }))) {
    throw new RetryTransaction('the agency credit pool changed');
  }
  const amount = { ...credit, amount: -credit.amount };
  await addLedgerEntry(
    tx,
    { agencyId: ctx.agencyId, subAccountId, kind: 'agency_pool_debit', amount, memo: 'offline item credit' },
    ctx.now,
  );
}
