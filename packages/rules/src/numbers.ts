import { RulesError } from './errors';
import { add } from './money';
import { addIntervals, periodContaining } from './periods';
import { refuse } from './reasons';
import type {
  Interval,
  Money,
  NumberCapability,
  NumberState,
  PhoneNumber,
  Plan,
  Refusal,
  SubAccount,
  SubAccountUser,
  Subscription,
} from './types';

const MONTH: Interval = { unit: 'month', count: 1 };

// ---------------------------------------------------------------------------------------------
// Price and eligibility

export interface NumberMonthlyPriceInput {
  readonly number: Pick<PhoneNumber, 'telcoCost'>;
  /** The sub-account's current terms. */
  readonly terms: Pick<Plan, 'phoneNumberPrice'>;
}

export interface NumberMonthlyPrice {
  readonly ok: true;
  readonly price: Money;
}

/** What the sub-account pays each month: telco cost + its terms' phone number price. */
export function numberMonthlyPrice({ number, terms }: NumberMonthlyPriceInput): NumberMonthlyPrice | Refusal {
  if (number.telcoCost.currency !== terms.phoneNumberPrice.currency) {
    return refuse('currency_mismatch', {
      numberCurrency: number.telcoCost.currency,
      planCurrency: terms.phoneNumberPrice.currency,
    });
  }
  return { ok: true, price: add(number.telcoCost, terms.phoneNumberPrice) };
}

/** A number can be assigned when it is unassigned and not linked to an agent. */
export function checkAssignable(number: Pick<PhoneNumber, 'state' | 'agentId'>): { ok: true } | Refusal {
  if (number.state !== 'unassigned') return refuse('number_not_unassigned', { state: number.state });
  if (number.agentId !== null) return refuse('number_linked_to_agent', { agentId: number.agentId });
  return { ok: true };
}

export interface UserEligibilityInput {
  /** The agency assigning the number. */
  readonly agencyId: string;
  readonly user: Pick<SubAccountUser, 'subAccountId' | 'status'>;
  readonly subAccount: Pick<SubAccount, 'id' | 'agencyId' | 'status' | 'hasPaymentMethod'> & {
    readonly subscription: Pick<Subscription, 'status'> | null;
  };
}

/**
 * Whether a number can be assigned to this user: an approved user of one of the agency's
 * sub-accounts, not blocked by the agency, whose subscription is active or trialing and who has a
 * payment method. Another agency's user is not_found, so nothing leaks that it exists.
 */
export function userEligibility({ agencyId, user, subAccount }: UserEligibilityInput): { ok: true } | Refusal {
  if (subAccount.agencyId !== agencyId || user.subAccountId !== subAccount.id) return refuse('not_found');
  if (subAccount.status === 'blocked') return refuse('sub_account_blocked');
  if (user.status !== 'approved') return refuse('user_not_approved', { status: user.status });
  const status = subAccount.subscription?.status;
  if (status !== 'active' && status !== 'trialing') {
    return refuse('user_subscription_inactive', { status: status ?? 'none' });
  }
  if (!subAccount.hasPaymentMethod) return refuse('payment_method_required');
  return { ok: true };
}

export interface Candidate<U extends UserEligibilityInput['user'], S extends UserEligibilityInput['subAccount']> {
  readonly user: U;
  readonly subAccount: S;
}

export interface EligibleUsersInput<
  U extends UserEligibilityInput['user'],
  S extends UserEligibilityInput['subAccount'],
> {
  readonly agencyId: string;
  readonly candidates: readonly Candidate<U, S>[];
}

/** Splits candidates into those a number can be assigned to and the rest with their refusal (order kept). */
export function eligibleUsers<U extends UserEligibilityInput['user'], S extends UserEligibilityInput['subAccount']>({
  agencyId,
  candidates,
}: EligibleUsersInput<U, S>): {
  eligible: Candidate<U, S>[];
  ineligible: (Candidate<U, S> & { readonly refusal: Refusal })[];
} {
  const eligible: Candidate<U, S>[] = [];
  const ineligible: (Candidate<U, S> & { readonly refusal: Refusal })[] = [];
  for (const candidate of candidates) {
    const result = userEligibility({ agencyId, user: candidate.user, subAccount: candidate.subAccount });
    if (result.ok) eligible.push(candidate);
    else ineligible.push({ user: candidate.user, subAccount: candidate.subAccount, refusal: result });
  }
  return { eligible, ineligible };
}

// ---------------------------------------------------------------------------------------------
// Buying

export interface BuyNumberInput {
  readonly id: string;
  readonly agencyId: string;
  readonly e164: string;
  readonly country: string;
  readonly capabilities: readonly NumberCapability[];
  /** Monthly telco cost in the agency's currency. */
  readonly telcoCost: Money;
}

const E164 = /^\+[1-9]\d{1,14}$/;

/** A number bought into the agency's pool, unassigned; the first month's telco cost is charged to the agency. */
export function buyNumber(input: BuyNumberInput): { number: PhoneNumber; charge: Money } {
  if (!E164.test(input.e164)) throw new RulesError('invalid_argument', `"${input.e164}" is not an E.164 number.`);
  if (input.capabilities.length === 0) throw new RulesError('invalid_argument', 'A number has voice, SMS or both.');
  if (input.telcoCost.amount < 0) throw new RulesError('invalid_amount', 'A telco cost is >= 0.');
  return {
    number: {
      id: input.id,
      agencyId: input.agencyId,
      e164: input.e164,
      country: input.country,
      capabilities: [...new Set(input.capabilities)],
      telcoCost: input.telcoCost,
      agentId: null,
      state: 'unassigned',
      assignedTo: null,
      periodEnd: null,
    },
    charge: input.telcoCost,
  };
}

// ---------------------------------------------------------------------------------------------
// State machine

export type NumberEvent =
  /** The agency reserves the number for a user at a fixed monthly price. */
  | { readonly type: 'assign'; readonly userId: string; readonly subAccountId: string; readonly monthlyPrice: Money }
  /** Checkout succeeded: billed on this day each month. */
  | { readonly type: 'activate' }
  /** The sub-account gives the number back at period end; no refund. */
  | { readonly type: 'release' }
  /** The agency takes the number back now. */
  | { readonly type: 'unassign' }
  /** The paid month ended (now >= periodEnd): renew, or finish a release. */
  | { readonly type: 'period_end' }
  | { readonly type: 'link_agent'; readonly agentId: string }
  | { readonly type: 'unlink_agent' };

export type NumberEventType = NumberEvent['type'];

export const NUMBER_STATES = [
  'unassigned',
  'pending_payment',
  'active',
  'releasing',
] as const satisfies readonly NumberState[];
export const NUMBER_EVENT_TYPES = [
  'assign',
  'activate',
  'release',
  'unassign',
  'period_end',
  'link_agent',
  'unlink_agent',
] as const satisfies readonly NumberEventType[];

export interface TransitionNumberInput {
  readonly number: PhoneNumber;
  readonly event: NumberEvent;
  readonly now: Date;
}

export interface NumberTransition {
  readonly ok: true;
  readonly number: PhoneNumber;
  /** The agent the number was taken from by this move (it stops working there), else null. */
  readonly detachedAgentId: string | null;
}

function illegal(number: PhoneNumber, event: NumberEvent): Refusal {
  return refuse('illegal_transition', { from: number.state, event: event.type });
}

function moved(number: PhoneNumber, next: PhoneNumber): NumberTransition {
  const detached = number.agentId !== null && next.agentId !== number.agentId ? number.agentId : null;
  return { ok: true, number: next, detachedAgentId: detached };
}

function backToPool(number: PhoneNumber): PhoneNumber {
  return { ...number, state: 'unassigned', agentId: null, assignedTo: null, periodEnd: null };
}

/**
 * One move of a number's life: unassigned → pending_payment (assign) → active (activate) →
 * releasing (release) → unassigned (period_end), or back to unassigned at once (unassign). A
 * pending number never expires. A `period_end` on an active number advances one month from the
 * activation day (Jan 31 → Feb 29 → Mar 31); call it once per month that has ended.
 */
export function transitionNumber({ number, event, now }: TransitionNumberInput): NumberTransition | Refusal {
  const { state } = number;
  switch (event.type) {
    case 'assign': {
      const assignable = checkAssignable(number);
      if (!assignable.ok) return assignable;
      if (event.monthlyPrice.currency !== number.telcoCost.currency) {
        return refuse('currency_mismatch', {
          numberCurrency: number.telcoCost.currency,
          planCurrency: event.monthlyPrice.currency,
        });
      }
      return moved(number, {
        ...number,
        state: 'pending_payment',
        assignedTo: {
          userId: event.userId,
          subAccountId: event.subAccountId,
          monthlyPrice: event.monthlyPrice,
          assignedAt: now,
          activatedAt: null,
        },
        periodEnd: null,
      });
    }
    case 'activate': {
      if (state !== 'pending_payment' || number.assignedTo === null) return illegal(number, event);
      return moved(number, {
        ...number,
        state: 'active',
        assignedTo: { ...number.assignedTo, activatedAt: now },
        periodEnd: addIntervals(now, MONTH, 1),
      });
    }
    case 'release':
      if (state !== 'active') return illegal(number, event);
      return moved(number, { ...number, state: 'releasing' });
    case 'unassign':
      if (state === 'unassigned') return illegal(number, event);
      return moved(number, backToPool(number));
    case 'period_end': {
      const end = number.periodEnd;
      if (end === null || now.getTime() < end.getTime()) return illegal(number, event);
      if (state === 'releasing') return moved(number, backToPool(number));
      if (state !== 'active') return illegal(number, event);
      const anchor = number.assignedTo?.activatedAt ?? end;
      return moved(number, { ...number, periodEnd: periodContaining(anchor, MONTH, end).end });
    }
    case 'link_agent':
      if (state !== 'unassigned' && state !== 'active') return illegal(number, event);
      return moved(number, { ...number, agentId: event.agentId });
    case 'unlink_agent':
      if (number.agentId === null) return illegal(number, event);
      return moved(number, { ...number, agentId: null });
  }
}
