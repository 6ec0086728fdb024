// The host's own formatting for what is not a Plankit component (tables, headings).
import type { Money } from '@plankit/rules';
import { formatMoney as formatKitMoney } from '@plankit/rules/format';
import type { Plan } from './types';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => `${dateTimeFormat.format(date)} UTC`;

// Money goes through the kit's formatter: integer minor units to Intl as an exact decimal string,
// with the fraction digits of the currency table, never through a float.
export const formatMoney = (money: Money): string => formatKitMoney(money, { locale: 'en-US' });

export function intervalShort(interval: Plan['interval']): string {
  const unit = { day: 'day', week: 'wk', month: 'mo', year: 'yr' }[interval.unit];
  return interval.count === 1 ? unit : `${interval.count} ${unit}`;
}

export function planPrice(plan: Pick<Plan, 'price' | 'interval'>): string {
  return plan.price === null ? 'No fixed fee' : `${formatMoney(plan.price)}/${intervalShort(plan.interval)}`;
}
