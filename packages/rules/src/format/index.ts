// @plankit/rules/format: Intl formatting kept apart from the deterministic core.
export { type FormatDateOptions, type FormatDateTimeOptions, formatDate, formatDateTime } from './date';
export { type FormatMinutesOptions, formatMinutes } from './minutes';
export { type FormatMoneyOptions, formatMoney, formatRate } from './money';
