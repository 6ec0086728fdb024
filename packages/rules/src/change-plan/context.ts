import { resolvePolicy } from '../policy';
import { isFree } from '../subscription';
import type {
  Actor,
  Agency,
  ChangePlanPolicy,
  MessageValue,
  Plan,
  ReasonCode,
  Refusal,
  ScheduledChange,
  SubAccount,
} from '../types';
import { changePlanEligibility } from './eligibility';
import { type PlanOption, type PlanOptions, planOptions } from './options';

export interface PlanChangeContextInput {
  readonly actor: Actor;
  readonly agency: Agency;
  readonly subAccount: SubAccount;
  /** The agency's catalog, any status. */
  readonly plans: readonly Plan[];
  readonly policy?: Partial<ChangePlanPolicy> | undefined;
}

/** Whether the dialog may offer a change, and why not (shown beside a disabled trigger). */
export type PlanChangePermission =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly reason: ReasonCode;
      readonly params?: Readonly<Record<string, MessageValue>>;
    };

/** The policy knobs a client may see; the rest (carry-over, open invoices) stay on the server. */
export type PublicChangePlanPolicy = Pick<
  ChangePlanPolicy,
  'selfServe' | 'stripeDowngradeTiming' | 'userPicksTiming' | 'overLimit' | 'quoteTtlSeconds'
>;

/** What the Change plan dialog opens with. */
export interface PlanChangeContext {
  readonly subAccount: SubAccount;
  /** The current plan's terms; null for a free sub-account. */
  readonly currentTerms: Plan | null;
  readonly options: readonly PlanOption[];
  readonly empty: PlanOptions['empty'];
  readonly scheduledChange: ScheduledChange | null;
  readonly permission: PlanChangePermission;
  readonly policy: PublicChangePlanPolicy;
}

/**
 * The dialog's opening state, assembled once for the server and every fake. A Refusal when the
 * actor may not act on this sub-account at all (`not_found`, `not_agency_member`: an HTTP error);
 * any other ineligibility is a `permission` the dialog shows.
 */
export function planChangeContext({
  actor,
  agency,
  subAccount,
  plans,
  policy,
}: PlanChangeContextInput): { readonly ok: true; readonly context: PlanChangeContext } | Refusal {
  const resolved = resolvePolicy(policy);
  const eligibility = changePlanEligibility({ actor, agency, subAccount, policy: resolved });
  if (!eligibility.ok && (eligibility.reason === 'not_found' || eligibility.reason === 'not_agency_member')) {
    return eligibility;
  }
  const { options, empty } = planOptions({ subAccount, plans, agencyId: agency.id });
  const subscription = subAccount.subscription;
  let permission: PlanChangePermission = { allowed: true };
  if (!eligibility.ok) {
    permission =
      eligibility.params === undefined
        ? { allowed: false, reason: eligibility.reason }
        : { allowed: false, reason: eligibility.reason, params: eligibility.params };
  }
  const { selfServe, stripeDowngradeTiming, userPicksTiming, overLimit, quoteTtlSeconds } = resolved;
  return {
    ok: true,
    context: {
      subAccount,
      currentTerms: subscription === null || isFree(subscription) ? null : subscription.terms,
      options,
      empty,
      scheduledChange: subscription?.scheduledChange ?? null,
      permission,
      policy: { selfServe, stripeDowngradeTiming, userPicksTiming, overLimit, quoteTtlSeconds },
    },
  };
}
