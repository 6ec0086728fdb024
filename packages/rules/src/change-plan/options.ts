import { intervalNominalMicroDays } from '../periods';
import { comparePricePerDay } from '../proration';
import { isFree } from '../subscription';
import type { Plan, SubAccount } from '../types';
import { orderByKey } from './key-order';

/** One entry of the New plan picker. */
export interface PlanOption {
  readonly plan: Plan;
  /** The sub-account's current plan: listed, labelled "(current)", never selectable. */
  readonly current: boolean;
  readonly disabled: boolean;
  /** Contract-only plans, and every plan of a custom-contract sub-account, go through sales. */
  readonly action: 'confirm' | 'contact_sales';
}

export type PlanOptionsEmptyReason = 'no_active_plans' | 'no_plans_of_payment_type';

export interface PlanOptions {
  readonly options: readonly PlanOption[];
  /** Why there is nothing to pick (the current plan alone is nothing to pick); null otherwise. */
  readonly empty: null | { readonly reason: PlanOptionsEmptyReason };
}

export interface PlanOptionsInput {
  readonly subAccount: SubAccount;
  /** The agency's catalog, any status; other agencies' plans are ignored. */
  readonly plans: readonly Plan[];
  readonly agencyId: string;
}

/** Order of the picker: currency (apart only in a mixed catalog), price per average day, name, id. */
export function comparePlanOrder(a: Plan, b: Plan): number {
  if (a.currency !== b.currency) return a.currency < b.currency ? -1 : 1;
  const byPrice = comparePricePerDay(a, b);
  if (byPrice !== 0) return byPrice;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each plan's price per nominal day as a double, computed once (no BigInt in the sort). */
function perDayKeys(plans: readonly Plan[]): Float64Array {
  const keys = new Float64Array(plans.length);
  for (let i = 0; i < plans.length; i += 1) {
    const plan = plans[i] as Plan;
    keys[i] = (plan.price?.amount ?? 0) / intervalNominalMicroDays(plan.interval);
  }
  return keys;
}

/**
 * comparePlanOrder on indices. Division is correctly rounded, so it is monotonic: two different
 * doubles order the exact rationals the same way; only equal doubles need the exact BigInt check.
 */
function compareAt(plans: readonly Plan[], keys: Float64Array, i: number, j: number): number {
  const x = plans[i] as Plan;
  const y = plans[j] as Plan;
  if (x.currency !== y.currency) return x.currency < y.currency ? -1 : 1;
  const a = keys[i] as number;
  const b = keys[j] as number;
  if (a !== b) return a < b ? -1 : 1;
  const byPrice = comparePricePerDay(x, y);
  if (byPrice !== 0) return byPrice;
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/**
 * The indices of `plans` in comparePlanOrder's order. In a one-currency catalog (the common case)
 * the per-day doubles are radix-sorted and only plans that share a double are compared further. A
 * mixed catalog, or a key whose bits do not order as its value, sorts by comparator.
 */
function pickerOrder(plans: readonly Plan[]): Uint32Array {
  const n = plans.length;
  const keys = perDayKeys(plans);
  const byPlan = (i: number, j: number) => compareAt(plans, keys, i, j);
  const currency = plans[0]?.currency;
  const order = plans.some((plan) => plan.currency !== currency) ? null : orderByKey(keys);
  if (order === null) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) all[i] = i;
    return all.sort(byPlan);
  }
  for (let at = 0; at < n; ) {
    const key = keys[order[at] as number] as number;
    let end = at + 1;
    while (end < n && keys[order[end] as number] === key) end += 1;
    // A run of equal doubles: order it exactly (price per day, then name, then id).
    if (end - at > 1) order.subarray(at, end).sort(byPlan);
    at = end;
  }
  return order;
}

/** The picker's entries in order; `current` (or null) is listed and disabled. */
function optionsInOrder(plans: readonly Plan[], current: Plan | null, customContract: boolean): PlanOption[] {
  const order = pickerOrder(plans);
  const options: PlanOption[] = [];
  for (let k = 0; k < order.length; k += 1) {
    const plan = plans[order[k] as number] as Plan;
    const isCurrent = plan === current;
    const action = customContract || plan.contractOnly ? 'contact_sales' : 'confirm';
    options.push({ plan, current: isCurrent, disabled: isCurrent, action });
  }
  return options;
}

/**
 * The plans a sub-account can move to. Only active plans of the agency; a paid sub-account sees
 * plans of its payment type and currency, with its current plan listed and disabled (from the
 * snapshot when the catalog no longer has it active); a free one sees every active plan.
 */
export function planOptions({ subAccount, plans, agencyId }: PlanOptionsInput): PlanOptions {
  const subscription = subAccount.subscription;
  if (subscription === null || isFree(subscription)) {
    const active = plans.filter((plan) => plan.agencyId === agencyId && plan.status === 'active');
    const options = optionsInOrder(active, null, subAccount.customContract);
    return { options, empty: options.length === 0 ? { reason: 'no_active_plans' } : null };
  }

  const terms = subscription.terms;
  // The catalog's own copy when it is still active, else the snapshot.
  let currentPlan: Plan | undefined;
  let anyOther = false;
  const listed: Plan[] = [];
  for (const plan of plans) {
    if (plan.agencyId !== agencyId || plan.status !== 'active') continue;
    if (plan.id === terms.id) {
      currentPlan ??= plan;
      continue;
    }
    anyOther = true;
    if (plan.paymentType === terms.paymentType && plan.currency === terms.currency) listed.push(plan);
  }
  const empty: PlanOptions['empty'] =
    listed.length > 0 ? null : { reason: anyOther ? 'no_plans_of_payment_type' : 'no_active_plans' };
  const current = currentPlan ?? terms;
  listed.push(current);
  return { options: optionsInOrder(listed, current, subAccount.customContract), empty };
}
