import type { MessageValue, NumberState, ReasonCode, Refusal } from '../types';
import { interpolate } from './interpolate';

/**
 * Default English for every reason code: what is wrong and how to fix it. `{name}` placeholders
 * are filled from the refusal's params.
 */
export const reasonMessages: Readonly<Record<ReasonCode, string>> = Object.freeze({
  not_agency_member:
    "Only the agency's team members can change this sub-account's plan. Ask an agency team member to make the change.",
  feature_disabled: 'Changing plans is not enabled for your agency. Contact support to enable it.',
  sub_account_blocked: 'This sub-account is blocked. Unblock the sub-account first, then change the plan.',
  not_created_by_agency:
    "This sub-account was not invited by the agency, so the agency cannot change its plan. Ask the sub-account's owner to change it.",
  subscription_not_changeable:
    'The subscription is {status}, so its plan cannot be changed. Bring the subscription back to active, or start a new one.',
  open_invoice: 'The sub-account has an open invoice. Settle the open invoice, then change the plan.',
  plan_not_active: '{plan} is not an active plan. Activate it in the plan catalog, or pick an active plan.',
  same_plan: 'This is the current plan. Pick a different plan.',
  payment_type_mismatch:
    "Cannot change plan from offline to online or vice versa. Pick a plan with the sub-account's current payment type.",
  currency_mismatch:
    "The amounts are in different currencies. Pick a plan priced in the sub-account's currency, then retry.",
  payment_method_required: 'The sub-account has no payment method on file. Ask them to add a card, then retry.',
  card_declined:
    "The sub-account's card was declined, so nothing changed. Ask them to update their card or use another one, then retry.",
  over_limit:
    '{resource}: {usage} in use and the cap is {cap}. Remove some until usage is under the cap, or pick a plan with a higher cap.',
  contact_sales: 'Changes to {plan} go through sales. Contact sales to make this change.',
  quote_expired:
    'The quote has expired or the subscription changed since it was quoted. Review the new quote, then confirm again.',
  insufficient_agency_credit:
    'This change needs {required} of agency credit but the pool holds {available}. Add credit to the agency pool, then retry.',
  number_not_unassigned: 'This number is already assigned. Unassign it first, or pick an unassigned number.',
  number_linked_to_agent: 'This number is linked to an agent. Detach the number from the agent, then retry.',
  user_not_approved: 'This user is not approved. Approve the user, then retry.',
  user_subscription_inactive:
    "This user's sub-account has no active plan. Start the sub-account's subscription or bring it back to active, then retry.",
  illegal_transition:
    'A number in state {from} cannot take the {event} action. Refresh to see its current state, then retry.',
  seats_not_sold:
    "This plan does not sell extra seats. Pick a plan that sells seats, or keep the team within the plan's seats.",
  seats_below_included:
    'A subscription keeps at least the {included} seats its plan includes. Pick {included} seats or more.',
  packs_not_allowed:
    '{plan} does not allow add-on packs. Turn add-on packs on for the plan, or move the client to a plan that allows them.',
  no_change: 'This is what the subscription already has. Pick a different quantity or add-on.',
  cancel_now_not_allowed:
    'This subscription can only be canceled at the end of the paid period. Cancel at period end instead.',
  not_found: 'This item was not found. Refresh the page and check you are in the right agency, then retry.',
});

/** English for each number state: the badge, the Pay to activate card and the reason messages read it. */
export const numberStateLabels: Readonly<Record<NumberState, string>> = Object.freeze({
  unassigned: 'Unassigned',
  pending_payment: 'Pending Payment',
  active: 'Active',
  releasing: 'Releasing',
});

/**
 * English for the codes some refusals carry as params (param name → code → text), so a default
 * message reads "Agents: 4 in use", not "agents: 4 in use".
 */
export const reasonParamLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  resource: {
    agents: 'Agents',
    teamMembers: 'Team members',
    concurrentCalls: 'Concurrent calls',
    knowledgeBaseMb: 'Knowledge base (MB)',
    phoneNumbers: 'Phone numbers',
  },
  from: numberStateLabels,
  event: {
    assign: 'Assign',
    activate: 'Activate',
    release: 'Release',
    unassign: 'Unassign',
    period_end: 'Period end',
    link_agent: 'Link agent',
    unlink_agent: 'Unlink agent',
  },
  status: {
    active: 'active',
    trialing: 'trialing',
    past_due: 'past due',
    unpaid: 'unpaid',
    incomplete: 'incomplete',
    incomplete_expired: 'expired',
    paused: 'paused',
    canceled: 'canceled',
  },
});

export interface DescribeRefusalOptions {
  /** Messages overriding the English defaults, e.g. a translation. */
  readonly messages?: Partial<Readonly<Record<ReasonCode, string>>>;
  /** Formats each param. Default formatMessageValue with ISO 4217. */
  readonly formatValue?: (value: MessageValue) => string;
  /** Text for code-valued params, applied before formatting. Default reasonParamLabels (English). */
  readonly paramLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The refusal's message with its params filled in. */
export function describeRefusal(refusal: Refusal, options: DescribeRefusalOptions = {}): string {
  const template = options.messages?.[refusal.reason] ?? reasonMessages[refusal.reason];
  const labels = options.paramLabels ?? reasonParamLabels;
  const params: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(refusal.params ?? {})) {
    const label = typeof value === 'string' ? labels[name]?.[value] : undefined;
    params[name] = label ?? value;
  }
  return interpolate(template, params, options.formatValue === undefined ? {} : { formatValue: options.formatValue });
}
