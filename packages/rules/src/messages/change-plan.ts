import type { ChangePlanMessageKey } from '../change-plan/messages';

/**
 * English for every summary, proration-line and empty-state key the change-plan engine produces.
 * `{name}` placeholders are filled from the MessageRef's values (money and dates formatted by the
 * reader's locale).
 */
export const changePlanMessages = {
  // proration lines
  // "{units} of {totalUnits} days × {price}": the line's amount is price × units / totalUnits, rounded
  'change_plan.line.unused_days':
    'Unused time on {plan}, {units} of {totalUnits, plural, one {# day} other {# days}} × {price}',
  'change_plan.line.unused_hours':
    'Unused time on {plan}, {units} of {totalUnits, plural, one {# hour} other {# hours}} × {price}',
  'change_plan.line.unused_minutes':
    'Unused time on {plan}, {units} of {totalUnits, plural, one {# minute} other {# minutes}} × {price}',
  'change_plan.line.unused_seconds':
    'Unused time on {plan}, {units} of {totalUnits, plural, one {# second} other {# seconds}} × {price}',
  'change_plan.line.remaining_days':
    'Remaining time on {plan}, {units} of {totalUnits, plural, one {# day} other {# days}} × {price}',
  'change_plan.line.remaining_hours':
    'Remaining time on {plan}, {units} of {totalUnits, plural, one {# hour} other {# hours}} × {price}',
  'change_plan.line.remaining_minutes':
    'Remaining time on {plan}, {units} of {totalUnits, plural, one {# minute} other {# minutes}} × {price}',
  'change_plan.line.remaining_seconds':
    'Remaining time on {plan}, {units} of {totalUnits, plural, one {# second} other {# seconds}} × {price}',
  'change_plan.line.new_period': '{plan} from {start} to {end}',
  // summary
  'change_plan.summary.new_subscription':
    'Starts a new {plan} subscription now; the first period runs from {start} to {end}.',
  'change_plan.summary.charge_now': '{amount} is charged now and an invoice is sent.',
  'change_plan.summary.nothing_due': 'Nothing is due now.',
  'change_plan.summary.payment_request':
    'A payment request for {amount} is created for the period from {start}; it is due {date}.',
  'change_plan.summary.minutes_granted': '{minutes} included minutes are added now.',
  'change_plan.summary.minutes_carried': '{minutes} unused included minutes of the current period carry over.',
  'change_plan.summary.credit_from_pool':
    '{amount} moves from the agency credit pool to the sub-account credit balance.',
  'change_plan.summary.credit_balance':
    '{amount} is added to the sub-account credit balance; nothing is refunded to the card.',
  'change_plan.summary.no_credit': 'No credit is issued.',
  'change_plan.summary.applies_now': 'Switches to {plan} now; its caps apply immediately.',
  'change_plan.summary.scheduled': 'Changes to {plan} on {date}.',
  'change_plan.summary.keeps_current':
    'Keeps {plan}, its access and its unused minutes until {date}. Nothing is refunded.',
  'change_plan.summary.renewal_moves': 'The renewal date moves to {date}.',
  'change_plan.summary.trial_kept': 'The trial still ends on {date}.',
  'change_plan.summary.replaces_scheduled': 'Replaces the change to {plan} scheduled for {date}.',
  'change_plan.summary.over_limit':
    '{resource}: {usage} in use, {plan} allows {cap}. Nothing new can be added until usage is back under the cap.',
  'change_plan.summary.contact_sales': 'Changes to {plan} go through sales.',
  // empty plan list
  'change_plan.empty.no_active_plans':
    'There are no other active plans in the catalog. Activate a plan, then try again.',
  'change_plan.empty.no_plans_of_payment_type':
    'No other active plan uses this sub-account’s payment type and currency. Create or activate one, then try again.',
} as const satisfies Readonly<Record<ChangePlanMessageKey, string>>;
