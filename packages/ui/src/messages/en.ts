import type {
  ChangePlanMessageKey,
  InvoiceMessageKey,
  ItemMessageKey,
  PlanMessageKey,
  ReasonCode,
} from '@plankit/rules';
import {
  changePlanMessages,
  invoiceMessages,
  itemMessages,
  planMessages,
  reasonMessages,
} from '@plankit/rules/messages';
import { billingEn } from './billing.en';
import { numbersEn } from './numbers.en';
import { subscriptionEn } from './subscription.en';

/**
 * The components' own English. Keys are stable API: hosts override them through `PlankitUIProvider`'s
 * `messages`, and every other locale must cover exactly these keys.
 * Syntax: `{name}` and `{count, plural, one {…} other {…}}` (a subset of ICU MessageFormat).
 */
const uiMessages = {
  // shared
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.retry': 'Retry',
  'common.done': 'Done',
  'common.loading': 'Loading…',
  'error.network': 'Could not reach the server. Check your connection, then retry.',
  'error.timeout': 'The server took too long to answer. Retry in a moment.',
  'error.unexpected': 'Something went wrong on our side. Retry; if it keeps happening, contact support.',

  // plans
  'plan.price': '{price}{period}',
  'plan.priceOff': 'No recurring fee',
  'plan.current': '(current)',
  'plan.contactSales': 'Contact sales',
  'plan.paymentType.stripe': 'Card (Stripe)',
  'plan.paymentType.offline': 'Offline',

  // resources (caps)
  'resource.agents': 'Agents',
  'resource.teamMembers': 'Team members',
  'resource.concurrentCalls': 'Concurrent calls',
  'resource.knowledgeBaseMb': 'Knowledge base (MB)',
  'resource.phoneNumbers': 'Phone numbers',

  // subscription statuses (used in reason messages)
  'status.active': 'active',
  'status.trialing': 'trialing',
  'status.past_due': 'past due',
  'status.unpaid': 'unpaid',
  'status.incomplete': 'incomplete',
  'status.incomplete_expired': 'expired',
  'status.paused': 'paused',
  'status.canceled': 'canceled',

  // number actions (used in reason messages; the states are `number.state.*`)
  'numberEvent.assign': 'Assign',
  'numberEvent.activate': 'Activate',
  'numberEvent.release': 'Release',
  'numberEvent.unassign': 'Unassign',
  'numberEvent.period_end': 'Period end',
  'numberEvent.link_agent': 'Link agent',
  'numberEvent.unlink_agent': 'Unlink agent',

  // change plan
  'changePlan.trigger': 'Change plan',
  'changePlan.title': 'Change plan',
  'changePlan.description': 'Pick a new plan for {subAccount} and review what it will cost before you confirm.',
  'changePlan.currentPlan': 'Current plan',
  'changePlan.noPlan': 'No plan (free)',
  'changePlan.newPlan': 'New plan',
  'changePlan.loading': 'Loading plans…',
  'changePlan.previewing': 'Calculating the billing impact…',
  'changePlan.when': 'When',
  'changePlan.when.now': 'Now',
  'changePlan.when.periodEnd': 'At the next renewal',
  'changePlan.pickPlan': 'Pick a plan to see what it will cost.',
  'changePlan.confirm': 'Confirm',
  'changePlan.confirming': 'Changing plan…',
  'changePlan.contactSales': 'Contact sales',
  'changePlan.contactSalesHint': 'Changes to {plan} go through sales. Contact sales to agree the terms.',
  'changePlan.quoteExpired':
    'The quote expired or the subscription changed. Review the new amounts, then confirm again.',
  'changePlan.loadError': 'The plans could not be loaded.',
  'changePlan.previewError': 'The billing impact could not be calculated.',
  'changePlan.submitError': 'The plan was not changed.',
  'changePlan.success.now': 'The plan is now {plan}.',
  'changePlan.success.scheduled': 'The plan changes to {plan} on {date}.',
  'changePlan.success.charged': '{amount} was charged.',
  'changePlan.success.credit': '{amount} was added to the credit balance.',
  'changePlan.success.minutes': '{count, plural, one {# minute was} other {# minutes were}} added.',
  'changePlan.success.paymentRequest': 'A payment request for {amount} was created.',
  'changePlan.success.invoice': 'View invoice',
  'changePlan.unavailable': 'Changing the plan is not available.',

  // impact summary
  'impact.heading': 'Billing impact',
  'impact.dueNow': 'Due now',
  'impact.credit': 'Credit to balance',
  'impact.minutesGranted': 'Minutes added now',
  'impact.effective': 'Takes effect',
  'impact.effectiveNow': 'Now',
  'impact.newRenewal': 'Next renewal',
  'impact.prorationHeading': 'How the amount is calculated',
  'impact.overLimitHeading': 'Over the new plan’s limits',
  'impact.overLimitRow': '{resource}: {usage} in use, limit {cap}',
  'impact.overLimitWarn':
    'The sub-account cannot add new resources of these kinds until usage is back under the limits.',
  'impact.blockedHeading': 'This change cannot be made yet',

  // scheduled change
  'scheduled.banner': 'Changes to {plan} on {date}.',
  'scheduled.cancel': 'Cancel scheduled change',
  'scheduled.cancelled': 'The scheduled change to {plan} was cancelled.',
  ...numbersEn,
  ...subscriptionEn,
  ...billingEn,
} as const;

/** Every message key: the UI's own, one per reason code, and the rules' plan and change-plan keys. */
export type MessageKey =
  | keyof typeof uiMessages
  | `reason.${ReasonCode}`
  | ChangePlanMessageKey
  | InvoiceMessageKey
  | ItemMessageKey
  | PlanMessageKey;
/** A complete catalog: every key, any wording. A missing or misspelt key fails the build. */
export type Messages = { readonly [K in MessageKey]: string };
/** A host's overrides of some messages. */
export type MessageOverrides = Partial<Messages>;

function prefixReasons(messages: Readonly<Record<ReasonCode, string>>): Record<`reason.${ReasonCode}`, string> {
  const out = {} as Record<`reason.${ReasonCode}`, string>;
  for (const [code, text] of Object.entries(messages)) out[`reason.${code as ReasonCode}`] = text;
  return out;
}

/**
 * The English catalog, complete. The reason, plan and change-plan texts are the rules' own English,
 * so the server's logs and the components say the same thing.
 */
export const en: Messages = {
  ...uiMessages,
  ...prefixReasons(reasonMessages),
  ...changePlanMessages,
  ...invoiceMessages,
  ...itemMessages,
  ...planMessages,
};
