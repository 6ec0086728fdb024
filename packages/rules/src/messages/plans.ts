import type { PlanMessageKey } from '../plans';

/**
 * English for plan labels and badges. `{count, plural, one {…} other {…}}` picks by count (`#` is
 * the number); other `{name}` values are formatted by the reader's locale. See `interpolate`.
 */
export const planMessages = {
  'interval.day': '{count, plural, one {Daily} other {#× Daily}}',
  'interval.week': '{count, plural, one {Weekly} other {#× Weekly}}',
  'interval.month': '{count, plural, one {Monthly} other {#× Monthly}}',
  'interval.year': '{count, plural, one {Yearly} other {#× Yearly}}',
  'interval.short.day': '{count, plural, one {/day} other {/# days}}',
  'interval.short.week': '{count, plural, one {/wk} other {/# wk}}',
  'interval.short.month': '{count, plural, one {/mo} other {/# mo}}',
  'interval.short.year': '{count, plural, one {/yr} other {/# yr}}',
  'plan.badge.recurring.day': 'Recurring · {price}{count, plural, one {/day} other {/# days}}',
  'plan.badge.recurring.week': 'Recurring · {price}{count, plural, one {/wk} other {/# wk}}',
  'plan.badge.recurring.month': 'Recurring · {price}{count, plural, one {/mo} other {/# mo}}',
  'plan.badge.recurring.year': 'Recurring · {price}{count, plural, one {/yr} other {/# yr}}',
  'plan.badge.recurring.off': 'Recurring · Off',
  'plan.badge.usage.on': 'Usage · {rate}/min',
  'plan.badge.usage.off': 'Usage · Off',
  'plan.badge.add_on_packs.on': 'Add-on packs · On',
  'plan.badge.add_on_packs.off': 'Add-on packs · Off',
  'plan.badge.chat': '1 min = {chatsPerMinute, plural, one {# chat} other {# chats}}',
  'plan.badge.included_minutes': '{minutes, plural, one {# minute} other {# minutes}} included',
} as const satisfies Readonly<Record<PlanMessageKey, string>>;
