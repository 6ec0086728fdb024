import { iso4217 } from './currencies';
import type { CurrencyTable, MessageValue, ReasonCode, Refusal } from './types';

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
  not_found: 'This item was not found. Refresh the page and check you are in the right agency, then retry.',
});

/** The value names a template reads: `{name}` and `{name, plural, …}` (plural branches are not names). */
export function messagePlaceholders(template: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < template.length; i += 1) {
    if (template[i] === '}') depth -= 1;
    if (template[i] !== '{') continue;
    // Braces at even depth open placeholders; at odd depth, the branches of a plural.
    const name = /^\{\s*(\w+)\s*[,}]/.exec(template.slice(i));
    if (name?.[1] !== undefined && depth % 2 === 0) names.add(name[1]);
    depth += 1;
  }
  return [...names];
}

// ---------------------------------------------------------------------------------------------
// Value formatting

export interface FormatValueOptions {
  /** Currency exponents for Money and Rate values. Default ISO 4217. */
  readonly currencies?: CurrencyTable;
}

function decimal(amount: number, digits: number, minDigits: number): string {
  const negative = amount < 0;
  const text = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  let fraction = text.slice(text.length - digits);
  while (fraction.length > minDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${whole}${fraction.length > 0 ? `.${fraction}` : ''}`;
}

/**
 * Locale-free formatting for logs and default messages: numbers as is, dates as ISO 8601, money as
 * "12.50 USD", rates as "0.015 USD". A currency missing from the table prints its minor units.
 */
export function formatMessageValue(value: MessageValue, options: FormatValueOptions = {}): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  const exponent = (options.currencies ?? iso4217)[value.currency];
  if ('scale' in value) {
    if (exponent === undefined) return `${decimal(value.amount, value.scale, 0)} ${value.currency} minor units`;
    return `${decimal(value.amount, value.scale + exponent, exponent)} ${value.currency}`;
  }
  if (exponent === undefined) return `${value.amount} ${value.currency} minor units`;
  return `${decimal(value.amount, exponent, exponent)} ${value.currency}`;
}

// ---------------------------------------------------------------------------------------------
// Interpolation

export interface InterpolateOptions {
  /** Formats each value. Default formatMessageValue. */
  readonly formatValue?: (value: MessageValue) => string;
  /** Plural categories from Intl.PluralRules for this locale. Default: "one" for exactly 1, else "other". */
  readonly locale?: string;
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i += 1) {
    const ch = template[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function pluralBranch(body: string, n: number, locale: string | undefined): string | undefined {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|[a-z]+)\s*\{/.exec(body.slice(i));
    if (selector === null || selector[1] === undefined) break;
    const open = i + selector[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) break;
    branches.set(selector[1], body.slice(open + 1, close));
    i = close + 1;
  }
  const category = locale === undefined ? (n === 1 ? 'one' : 'other') : new Intl.PluralRules(locale).select(n);
  return branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other');
}

function render(
  template: string,
  values: Readonly<Record<string, MessageValue>>,
  format: (value: MessageValue) => string,
  locale: string | undefined,
  hash: string | undefined,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i] as string;
    if (ch === '#' && hash !== undefined) {
      out += hash;
      i += 1;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i += 1;
      continue;
    }
    const close = closingBrace(template, i);
    if (close < 0) {
      out += template.slice(i);
      break;
    }
    const inner = template.slice(i + 1, close);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (simple?.[1] !== undefined && Object.hasOwn(values, simple[1])) {
      out += format(values[simple[1]] as MessageValue);
    } else if (plural?.[1] !== undefined && plural[2] !== undefined && typeof values[plural[1]] === 'number') {
      const n = values[plural[1]] as number;
      const branch = pluralBranch(plural[2], n, locale);
      out += branch === undefined ? '' : render(branch, values, format, locale, format(n));
    } else {
      // A missing value stays visible rather than silently vanishing.
      out += template.slice(i, close + 1);
    }
    i = close + 1;
  }
  return out;
}

/**
 * Fill `{name}` placeholders from `values`, and `{name, plural, =0 {…} one {…} other {…}}` (the
 * ICU MessageFormat subset our catalogs use; `#` is the formatted number). Unknown names stay as
 * written. Pure and deterministic.
 */
export function interpolate(
  template: string,
  values: Readonly<Record<string, MessageValue>> = {},
  options: InterpolateOptions = {},
): string {
  const format = options.formatValue ?? ((value: MessageValue) => formatMessageValue(value));
  return render(template, values, format, options.locale, undefined);
}

// ---------------------------------------------------------------------------------------------
// Refusals

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
  from: { unassigned: 'Unassigned', pending_payment: 'Pending Payment', active: 'Active', releasing: 'Releasing' },
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
