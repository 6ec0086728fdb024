// The host's own formatting for what is not a Plankit component (tables, headings).
import type { Plan } from './types';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => `${dateTimeFormat.format(date)} UTC`;

export function formatMoney(money: { amount: number; currency: string }): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

export function intervalShort(interval: Plan['interval']): string {
  const unit = { day: 'day', week: 'wk', month: 'mo', year: 'yr' }[interval.unit];
  return interval.count === 1 ? unit : `${interval.count} ${unit}`;
}

export function planPrice(plan: Pick<Plan, 'price' | 'interval'>): string {
  return plan.price === null ? 'No fixed fee' : `${formatMoney(plan.price)}/${intervalShort(plan.interval)}`;
}
