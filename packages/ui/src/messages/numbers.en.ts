// English for the phone-number components. Merged into the `en` catalog; German in numbers.de.ts.
import { numberStateLabels } from '@plankit/rules/messages';

export const numbersEn = {
  'number.capability.voice': 'Voice',
  'number.capability.sms': 'SMS',
  // The rules' labels: badges, Pay to activate and reason messages read one table.
  'number.state.unassigned': numberStateLabels.unassigned,
  'number.state.pending_payment': numberStateLabels.pending_payment,
  'number.state.active': numberStateLabels.active,
  'number.state.releasing': numberStateLabels.releasing,
  'number.perMonth': '{price}/mo',
  'number.use.agents': 'Agents',
  'number.use.campaigns': 'Campaigns',
  'number.use.workflows': 'Workflows',
  'number.use.none': 'No agent, campaign or workflow uses this number.',

  'assignNumber.trigger': 'Assign',
  'assignNumber.title': 'Assign phone number',
  'assignNumber.description': 'Pick the sub-account user who should own this number. They activate it by paying.',
  'assignNumber.number': 'Number',
  'assignNumber.userLabel': 'Sub-account user',
  'assignNumber.userPlaceholder': 'Search by name, email or sub-account',
  'assignNumber.userHint': 'Only approved users whose sub-account has an active plan and a payment method are listed.',
  'assignNumber.searching': 'Searching users…',
  'assignNumber.results': '{count, plural, =0 {No users found} one {# user found} other {# users found}}',
  'assignNumber.showing': 'Showing {shown} of {total}. Keep typing to narrow the list.',
  'assignNumber.loadingMore': 'Loading more users…',
  'assignNumber.noMatch':
    'No eligible user matches “{query}”. Check the spelling, or approve the user and confirm their plan is active.',
  'assignNumber.noneEligible':
    'No sub-account user can take a number yet. Approve the user, confirm their plan is active and that they have a payment method, then retry.',
  'assignNumber.priceHeading': 'Monthly price for {user}',
  'assignNumber.priceTelco': 'Telco cost',
  'assignNumber.pricePlan': 'Phone number price (their plan)',
  'assignNumber.priceTotal': 'They pay each month',
  'assignNumber.pickUser': 'Pick a user to see the monthly price they will pay.',
  'assignNumber.confirm': 'Assign',
  'assignNumber.notAssignable': 'This number cannot be assigned yet',
  'assignNumber.refused': 'The number was not assigned',
  'assignNumber.loadError': 'The users could not be loaded.',
  'assignNumber.success':
    '{number} is reserved for {user} at {price}/mo. They were notified and activate it by paying from their Phone Numbers page.',
  'assignNumber.reason.currency_mismatch':
    'This number is billed in {numberCurrency} but the user’s plan is in {planCurrency}. Pick a number priced in {planCurrency}, or move the sub-account to a plan in {numberCurrency}, then retry.',
  'assignNumber.reason.payment_method_required':
    'The user’s sub-account has no payment method on file. Ask them to add a card, then retry.',

  'unassignNumber.trigger': 'Unassign',
  'unassignNumber.title': 'Unassign {number}?',
  'unassignNumber.description':
    'The number returns to your pool as Unassigned now. The user is notified and their subscription for it stops, without a refund.',
  'unassignNumber.assignee': 'Assigned to {user} ({subAccount})',
  'unassignNumber.stopsHeading': 'Stops working now',
  'unassignNumber.confirm': 'Unassign now',
  'unassignNumber.refused': 'The number was not unassigned',
  'unassignNumber.success': '{number} is back in your pool as Unassigned.',

  'releaseNumber.trigger': 'Release',
  'releaseNumber.title': 'Release {number}?',
  'releaseNumber.description':
    'You can keep using the number until {date}, the end of the month you paid for. There is no refund for the rest of the month.',
  'releaseNumber.stopsHeading': 'Stops working on {date}',
  'releaseNumber.confirm': 'Release at period end',
  'releaseNumber.refused': 'The number was not released',
  'releaseNumber.success': '{number} will be released on {date}. It works until then.',

  'payToActivate.hint': 'Reserved for you. Pay {price}/mo to activate it.',
  'payToActivate.payNow': 'Pay Now',
  'payToActivate.payAgain': 'Pay again',
  'payToActivate.checkAgain': 'Check again',
  'payToActivate.waiting': 'Waiting for the payment to be confirmed…',
  'payToActivate.popupOpen': 'Complete the payment in the checkout window. This updates when it is done.',
  'payToActivate.activated': '{number} is active. You are billed {price} on this day each month.',
  'payToActivate.declined':
    'The card was declined, so the number is still pending. Add or update your card in checkout, then pay again.',
  'payToActivate.expired': 'The checkout expired before it was paid. Pay again to activate the number.',
  'payToActivate.gaveUp':
    'The payment has not been confirmed yet. If you completed it, check again in a minute; otherwise pay again.',
  'payToActivate.popupBlocked': 'The checkout window was blocked. Allow pop-ups for this site, then pay again.',
  'payToActivate.startError': 'Checkout could not be started',
} as const;

export type NumbersMessageKey = keyof typeof numbersEn;
