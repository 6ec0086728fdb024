import { currentPeriod } from '../change-plan/period';
import { RulesError } from '../errors';
import { money } from '../money';
import { refuse } from '../reasons';
import { isChangeableStatus } from '../subscription';
import type { ChangeTiming, Money, Refusal, Subscription } from '../types';
import { ADD_ON_WORDS, type ItemSide, prorateItem, SEAT_WORDS, sumLines } from './lines';
import { itemMessage } from './messages';
import type { AddOn, ItemChangeKind, ItemChangePreview, ItemLine, ItemPolicy, Pack, SeatPricing } from './types';

/** The subscription's priced items now: its plan terms, seats and recurring add-ons. */
export interface ItemsState {
  readonly subscription: Subscription;
  /** The plan's seat pricing; null = seats not sold. */
  readonly seatPricing: SeatPricing | null;
  /** Seats on the subscription (included ones counted). */
  readonly seatQuantity: number;
  readonly addOns: readonly AddOn[];
}

export const defaultItemPolicy: ItemPolicy = Object.freeze({ decreases: 'period_end' });

/** Seats above the included ones: the billed quantity. */
export function billableSeats(pricing: SeatPricing, quantity: number): number {
  return Math.max(0, quantity - pricing.includedSeats);
}

/** What each renewal costs: the plan's fee, the billed seats and every add-on. */
export function renewalAmount(
  state: Omit<ItemsState, 'subscription'> & { readonly subscription: Pick<Subscription, 'terms'> },
): Money {
  const terms = state.subscription.terms;
  let total = terms.price?.amount ?? 0;
  if (state.seatPricing !== null)
    total += state.seatPricing.price.amount * billableSeats(state.seatPricing, state.seatQuantity);
  for (const addOn of state.addOns) total += addOn.price.amount;
  return money(total, terms.currency);
}

function checkQuantity(quantity: number): void {
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new RulesError('invalid_argument', `A seat quantity is a whole number >= 0; got ${quantity}.`, { quantity });
  }
}

function sameCurrency(state: ItemsState, price: Money): Refusal | null {
  const currency = state.subscription.terms.currency;
  return price.currency === currency
    ? null
    : refuse('currency_mismatch', { current: currency, target: price.currency });
}

function changeable(subscription: Subscription): Refusal | null {
  return isChangeableStatus(subscription.status)
    ? null
    : refuse('subscription_not_changeable', { status: subscription.status });
}

interface Outcome {
  readonly kind: ItemChangeKind;
  readonly increase: boolean;
  readonly from: ItemSide | null;
  readonly to: ItemSide | null;
  /** The offline credit of an increase: the price difference for a whole period. */
  readonly difference: number;
}

function result(
  state: ItemsState,
  outcome: Outcome,
  after: ItemsState,
  now: Date,
  policy: ItemPolicy,
  overLimit: ItemChangePreview['overLimit'],
): ItemChangePreview {
  const { subscription } = state;
  const currency = subscription.terms.currency;
  const none = money(0, currency);
  const period = currentPeriod(subscription, now);
  const renewal = renewalAmount(after);
  const base = {
    kind: outcome.kind,
    overLimit,
    renewalAmount: renewal,
    walletMinutesAfter: null,
    creditBalanceAfter: null,
  };
  // Nothing charged now: a decrease at period end, an offline change, a change in a trial.
  const later = (
    timing: ChangeTiming,
    effectiveAt: Date,
    credit: Money,
    source: ItemChangePreview['creditSource'],
  ) => ({
    ok: true as const,
    ...base,
    timing,
    effectiveAt,
    lines: [],
    amountDueNow: none,
    creditAmount: credit,
    creditSource: source,
    collection: 'none' as const,
  });

  if (!outcome.increase && policy.decreases === 'period_end') return later('period_end', period.end, none, null);
  if (subscription.terms.paymentType === 'offline') {
    // Offline quantities follow the offline plan rules: an increase is credited its whole-period
    // difference from the agency pool; a decrease applied now gives nothing back.
    const credit = outcome.increase ? money(Math.max(0, outcome.difference), currency) : none;
    return later('now', now, credit, credit.amount > 0 ? 'agency_pool' : null);
  }
  if (subscription.status === 'trialing') return later('now', now, none, null);

  const zero: ItemSide = { item: { kind: 'plan', id: '' }, name: '', unitPrice: none, quantity: 0 };
  const from = outcome.from ?? { ...zero, item: (outcome.to ?? zero).item };
  const to = outcome.to ?? { ...zero, item: from.item };
  const words = from.item.kind === 'seats' ? SEAT_WORDS : ADD_ON_WORDS;
  const lines =
    from.item.id === to.item.id
      ? prorateItem(from, to, period, now, words)
      : [
          ...prorateItem(from, { ...zero, item: from.item }, period, now, words),
          ...prorateItem({ ...zero, item: to.item }, to, period, now, words),
        ];
  const due = sumLines(lines, currency).amount;
  return {
    ok: true,
    ...base,
    timing: 'now',
    effectiveAt: now,
    lines,
    amountDueNow: money(Math.max(0, due), currency),
    // A decrease applied now leaves unused time: credit balance, never a refund.
    creditAmount: money(Math.max(0, -due), currency),
    creditSource: due < 0 ? 'unused_time' : null,
    collection: due > 0 ? 'card' : 'none',
  };
}

export interface SeatChangeInput extends ItemsState {
  readonly quantity: number;
  /** Team members in use: above the new quantity they are over the limit. */
  readonly seatsInUse: number;
  readonly now: Date;
  readonly policy?: Partial<ItemPolicy>;
}

/**
 * More seats apply now and are charged now; fewer seats renew at the lower quantity at period end
 * (or apply now as credit balance under `decreases: 'now_as_credit'`). Only seats above the included
 * ones are priced.
 */
export function previewSeatChange(input: SeatChangeInput): ItemChangePreview | Refusal {
  checkQuantity(input.quantity);
  const pricing = input.seatPricing;
  if (pricing === null) return refuse('seats_not_sold');
  const refused = changeable(input.subscription) ?? sameCurrency(input, pricing.price);
  if (refused) return refused;
  if (input.quantity === input.seatQuantity) return refuse('no_change');
  if (input.quantity < pricing.includedSeats) {
    return refuse('seats_below_included', { included: pricing.includedSeats });
  }
  const item = { kind: 'seats', id: 'seats' } as const;
  const side = (quantity: number): ItemSide => ({
    item,
    name: '',
    unitPrice: pricing.price,
    quantity: billableSeats(pricing, quantity),
  });
  const from = side(input.seatQuantity);
  const to = side(input.quantity);
  const increase = input.quantity > input.seatQuantity;
  const outcome: Outcome = {
    kind: increase ? 'seats_increase' : 'seats_decrease',
    increase,
    from,
    to,
    difference: pricing.price.amount * (to.quantity - from.quantity),
  };
  const overLimit =
    input.seatsInUse > input.quantity
      ? { resource: 'teamMembers' as const, usage: input.seatsInUse, cap: input.quantity }
      : null;
  const policy = { ...defaultItemPolicy, ...input.policy };
  return result(input, outcome, { ...input, seatQuantity: input.quantity }, input.now, policy, overLimit);
}

export interface AddOnChangeInput extends ItemsState {
  /** The add-on group to change, e.g. "storage". */
  readonly group: string;
  /** The add-on to hold in that group; null removes the group's add-on. */
  readonly target: AddOn | null;
  readonly now: Date;
  readonly policy?: Partial<ItemPolicy>;
}

/**
 * Adding an add-on or moving to a higher tier is charged now, prorated; a lower tier or a removal
 * takes effect at period end (or now as credit balance under the policy knob).
 */
export function previewAddOnChange(input: AddOnChangeInput): ItemChangePreview | Refusal {
  const refusedStatus = changeable(input.subscription);
  if (refusedStatus) return refusedStatus;
  if (input.target !== null) {
    const refused = sameCurrency(input, input.target.price);
    if (refused) return refused;
    if (input.target.group !== input.group)
      throw new RulesError('invalid_argument', `${input.target.id} is not in the group ${input.group}.`);
  }
  const current = input.addOns.find((addOn) => addOn.group === input.group) ?? null;
  if (current?.id === input.target?.id) return refuse('no_change');
  const side = (addOn: AddOn | null): ItemSide | null =>
    addOn === null
      ? null
      : { item: { kind: 'add_on', id: addOn.id }, name: addOn.name, unitPrice: addOn.price, quantity: 1 };
  const before = current?.price.amount ?? 0;
  const after = input.target?.price.amount ?? 0;
  const kind: ItemChangeKind =
    current === null
      ? 'add_on_added'
      : input.target === null
        ? 'add_on_removed'
        : after >= before
          ? 'add_on_upgrade'
          : 'add_on_downgrade';
  const increase = kind === 'add_on_added' || kind === 'add_on_upgrade';
  const addOns = input.addOns.filter((addOn) => addOn.group !== input.group);
  const next = { ...input, addOns: input.target === null ? addOns : [...addOns, input.target] };
  const policy = { ...defaultItemPolicy, ...input.policy };
  return result(
    input,
    { kind, increase, from: side(current), to: side(input.target), difference: after - before },
    next,
    input.now,
    policy,
    null,
  );
}

export interface PackPurchaseInput extends ItemsState {
  readonly pack: Pack;
  readonly now: Date;
  /** Add-on wallet minutes now. */
  readonly walletMinutes: number;
  /** Credit balance now; null when none was ever granted. */
  readonly creditBalance: Money | null;
}

/** A pack is charged in full now (offline: by payment request): never prorated, never refunded. */
export function previewPackPurchase(input: PackPurchaseInput): ItemChangePreview | Refusal {
  const { subscription, pack } = input;
  const refusedStatus = changeable(subscription);
  if (refusedStatus) return refusedStatus;
  if (!subscription.terms.addOnPacks) return refuse('packs_not_allowed', { plan: subscription.terms.name });
  const currency = subscription.terms.currency;
  if (pack.price.currency !== currency)
    return refuse('currency_mismatch', { current: currency, target: pack.price.currency });
  if (pack.kind === 'credit' && pack.credit.currency !== currency) {
    return refuse('currency_mismatch', { current: currency, target: pack.credit.currency });
  }
  const line: ItemLine = {
    description: itemMessage('items.line.pack', { pack: pack.name }),
    amount: pack.price,
    item: { kind: 'pack', id: pack.id },
    unitPrice: pack.price,
    quantity: 1,
  };
  const balance = input.creditBalance?.amount ?? 0;
  return {
    ok: true,
    kind: 'pack_purchase',
    timing: 'now',
    effectiveAt: input.now,
    lines: [line],
    amountDueNow: pack.price,
    creditAmount: money(0, currency),
    creditSource: null,
    collection: subscription.terms.paymentType === 'offline' ? 'payment_request' : 'card',
    renewalAmount: renewalAmount(input),
    overLimit: null,
    walletMinutesAfter: pack.kind === 'minutes' ? input.walletMinutes + pack.minutes : null,
    creditBalanceAfter: pack.kind === 'credit' ? money(balance + pack.credit.amount, currency) : null,
  };
}
