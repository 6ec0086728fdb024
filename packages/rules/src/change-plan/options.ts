import { intervalNominalMicroDays } from '../periods';
import { comparePricePerDay } from '../proration';
import { isFree } from '../subscription';
import type { Plan, SubAccount } from '../types';

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

// The picker's sort key, computed once per plan: comparing with comparePlanOrder would redo the
// BigInt price-per-day products on every one of the n·log n comparisons.
interface Keyed {
  readonly plan: Plan;
  readonly amount: number;
  readonly microDays: number;
  /**
   * amount / microDays as a double. Division is correctly rounded, so it is monotonic: two different
   * doubles order the exact rationals the same way; only equal doubles need the exact BigInt check.
   */
  readonly perDay: number;
}

function keyed(plan: Plan): Keyed {
  const amount = plan.price?.amount ?? 0;
  const microDays = intervalNominalMicroDays(plan.interval);
  return { plan, amount, microDays, perDay: amount / microDays };
}

function compareKeyed(a: Keyed, b: Keyed): number {
  const x = a.plan;
  const y = b.plan;
  if (x.currency !== y.currency) return x.currency < y.currency ? -1 : 1;
  if (a.perDay !== b.perDay) return a.perDay < b.perDay ? -1 : 1;
  const left = BigInt(a.amount) * BigInt(b.microDays);
  const right = BigInt(b.amount) * BigInt(a.microDays);
  if (left !== right) return left < right ? -1 : 1;
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** The first index of `sorted` whose value is not below `key`. */
function lowerBound(sorted: Float64Array, key: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `plans` in comparePlanOrder's order, each key computed once. In a one-currency catalog (the
 * common case) the per-day doubles are sorted natively as a Float64Array and each plan is placed at
 * its key's position; only plans that share a double are compared further. A mixed catalog sorts
 * by comparator.
 */
function sortedForPicker(plans: readonly Plan[]): Plan[] {
  const entries = plans.map(keyed);
  const currency = plans[0]?.currency;
  if (entries.length < 2 || plans.some((plan) => plan.currency !== currency)) {
    return entries.sort(compareKeyed).map((entry) => entry.plan);
  }
  const keys = Float64Array.from(entries, (entry) => entry.perDay).sort();
  const placed = new Array<Keyed>(entries.length);
  const taken = new Uint32Array(entries.length);
  for (const entry of entries) {
    const at = lowerBound(keys, entry.perDay);
    placed[at + (taken[at] as number)] = entry;
    taken[at] = (taken[at] as number) + 1;
  }
  const sorted = new Array<Plan>(entries.length);
  for (let at = 0; at < placed.length; ) {
    const count = taken[at] as number;
    // A run of equal doubles: order it exactly (price per day, then name, then id).
    if (count > 1) placed.splice(at, count, ...placed.slice(at, at + count).sort(compareKeyed));
    for (let i = at; i < at + count; i += 1) sorted[i] = (placed[i] as Keyed).plan;
    at += count;
  }
  return sorted;
}

/**
 * The plans a sub-account can move to. Only active plans of the agency; a paid sub-account sees
 * plans of its payment type and currency, with its current plan listed and disabled (from the
 * snapshot when the catalog no longer has it active); a free one sees every active plan.
 */
export function planOptions({ subAccount, plans, agencyId }: PlanOptionsInput): PlanOptions {
  const active = plans.filter((plan) => plan.agencyId === agencyId && plan.status === 'active');
  const action = (plan: Plan): PlanOption['action'] =>
    subAccount.customContract || plan.contractOnly ? 'contact_sales' : 'confirm';
  const subscription = subAccount.subscription;

  if (subscription === null || isFree(subscription)) {
    const options = sortedForPicker(active).map(
      (plan): PlanOption => ({ plan, current: false, disabled: false, action: action(plan) }),
    );
    return { options, empty: options.length === 0 ? { reason: 'no_active_plans' } : null };
  }

  const terms = subscription.terms;
  const currentPlan = active.find((plan) => plan.id === terms.id) ?? terms;
  const others = active.filter(
    (plan) => plan.id !== terms.id && plan.paymentType === terms.paymentType && plan.currency === terms.currency,
  );
  others.push(currentPlan);
  const options = sortedForPicker(others).map(
    (plan): PlanOption => ({
      plan,
      current: plan === currentPlan,
      disabled: plan === currentPlan,
      action: action(plan),
    }),
  );
  let empty: PlanOptions['empty'] = null;
  if (others.length === 1) {
    const anyOther = active.some((plan) => plan.id !== terms.id);
    empty = { reason: anyOther ? 'no_plans_of_payment_type' : 'no_active_plans' };
  }
  return { options, empty };
}
