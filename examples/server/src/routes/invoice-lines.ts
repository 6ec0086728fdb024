// An invoice's lines in English for the hosted page: the same message keys the preview showed,
// filled by the rules' interpolation with en-US money and dates.
import type { InvoiceLine, MessageValue } from '@plankit/rules';
import { formatDate, formatMoney, formatRate } from '@plankit/rules/format';
import { changePlanMessages, interpolate, invoiceMessages } from '@plankit/rules/messages';

const templates: Readonly<Record<string, string>> = { ...changePlanMessages, ...invoiceMessages };
const locale = 'en-US';

function formatValue(value: MessageValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (value instanceof Date) return formatDate(value, { locale });
  return 'scale' in value ? formatRate(value, { locale }) : formatMoney(value, { locale });
}

export function lineText(line: InvoiceLine): string {
  const template = templates[line.description.key] ?? line.description.key;
  return interpolate(template, line.description.values ?? {}, { formatValue, locale });
}

export const lineAmount = (line: InvoiceLine): string => formatMoney(line.amount, { locale });
