import { RulesError } from './errors';
import type { Interval, IntervalUnit, MessageRef, Money, Plan, Rate } from './types';

/** A plan's badges, in display order; each has an On and an Off form where the seeds show both. */
export type PlanBadge =
  | { readonly kind: 'recurring'; readonly on: true; readonly price: Money; readonly interval: Interval }
  | { readonly kind: 'recurring'; readonly on: false }
  | { readonly kind: 'usage'; readonly on: true; readonly rate: Rate }
  | { readonly kind: 'usage'; readonly on: false }
  | { readonly kind: 'addOnPacks'; readonly on: boolean }
  | { readonly kind: 'chat'; readonly chatsPerMinute: number }
  | { readonly kind: 'includedMinutes'; readonly minutes: number };

/** Recurring, usage and add-on packs always; chat only when on; then the included minutes. */
export function planBadges(plan: Plan): PlanBadge[] {
  const badges: PlanBadge[] = [
    plan.price === null
      ? { kind: 'recurring', on: false }
      : { kind: 'recurring', on: true, price: plan.price, interval: plan.interval },
    plan.usageRate === null ? { kind: 'usage', on: false } : { kind: 'usage', on: true, rate: plan.usageRate },
    { kind: 'addOnPacks', on: plan.addOnPacks },
  ];
  if (plan.chatsPerMinute !== null) badges.push({ kind: 'chat', chatsPerMinute: plan.chatsPerMinute });
  badges.push({ kind: 'includedMinutes', minutes: plan.includedMinutes });
  return badges;
}

export type IntervalLabelKey = `interval.${IntervalUnit}`;
export type IntervalShortLabelKey = `interval.short.${IntervalUnit}`;
/** Every plan label and badge key; their English is `planMessages` in `@plankit/rules/messages`. */
export type PlanMessageKey =
  | IntervalLabelKey
  | IntervalShortLabelKey
  | `plan.badge.recurring.${IntervalUnit | 'off'}`
  | `plan.badge.${'usage' | 'add_on_packs'}.${'on' | 'off'}`
  | 'plan.badge.chat'
  | 'plan.badge.included_minutes';

/** "Monthly", "2× Monthly", "Yearly"… as a message key with `{ count }`. */
export function intervalLabel(interval: Interval): MessageRef<IntervalLabelKey> {
  return { key: `interval.${interval.unit}`, values: { count: interval.count } };
}

/** "/mo", "/yr", "/wk", "/day", or "/2 mo" for a count above 1. */
export function intervalShortLabel(interval: Interval): MessageRef<IntervalShortLabelKey> {
  return { key: `interval.short.${interval.unit}`, values: { count: interval.count } };
}

/** The message for one badge, e.g. `Recurring · $49/mo` or `1 min = 4 chats`. */
export function planBadgeMessage(badge: PlanBadge): MessageRef<PlanMessageKey> {
  switch (badge.kind) {
    case 'recurring':
      return badge.on
        ? {
            key: `plan.badge.recurring.${badge.interval.unit}`,
            values: { price: badge.price, count: badge.interval.count },
          }
        : { key: 'plan.badge.recurring.off' };
    case 'usage':
      return badge.on ? { key: 'plan.badge.usage.on', values: { rate: badge.rate } } : { key: 'plan.badge.usage.off' };
    case 'addOnPacks':
      return { key: badge.on ? 'plan.badge.add_on_packs.on' : 'plan.badge.add_on_packs.off' };
    case 'chat':
      return { key: 'plan.badge.chat', values: { chatsPerMinute: badge.chatsPerMinute } };
    case 'includedMinutes':
      return { key: 'plan.badge.included_minutes', values: { minutes: badge.minutes } };
  }
}

function wholeAtLeast(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RulesError('invalid_argument', `${name} is a whole number >= ${least}; got ${value}.`);
  }
}

function inPlanCurrency(plan: Plan, name: string, value: { currency: string; amount: number }): void {
  if (value.currency !== plan.currency) {
    throw new RulesError(
      'currency_mismatch',
      `${name} is in ${value.currency} but the plan "${plan.id}" is in ${plan.currency}.`,
    );
  }
  if (!Number.isSafeInteger(value.amount) || value.amount < 0) {
    throw new RulesError('invalid_amount', `${name} is a safe integer >= 0 in minor units; got ${value.amount}.`);
  }
}

/**
 * Throws a RulesError unless the plan is well formed: every money field in the plan's currency and
 * a non-negative integer, counts whole and at least 1 where a zero makes no sense.
 */
export function validatePlan(plan: Plan): void {
  if (plan.price !== null) inPlanCurrency(plan, 'price', plan.price);
  if (plan.usageRate !== null) {
    inPlanCurrency(plan, 'usageRate', plan.usageRate);
    wholeAtLeast('usageRate.scale', plan.usageRate.scale, 0);
  }
  inPlanCurrency(plan, 'phoneNumberPrice', plan.phoneNumberPrice);
  wholeAtLeast('interval.count', plan.interval.count, 1);
  wholeAtLeast('includedMinutes', plan.includedMinutes, 0);
  if (plan.chatsPerMinute !== null) wholeAtLeast('chatsPerMinute', plan.chatsPerMinute, 1);
  wholeAtLeast('paymentDueDays', plan.paymentDueDays, 0);
  wholeAtLeast('graceDays', plan.graceDays, 0);
  for (const [kind, cap] of Object.entries(plan.caps)) if (cap !== null) wholeAtLeast(`caps.${kind}`, cap, 0);
}
