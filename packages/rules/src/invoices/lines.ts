import { iso4217 } from '../currencies';
import { RulesError } from '../errors';
import { applyRate, moneyIn, sum } from '../money';
import type { CurrencyTable, Money, Plan, ProrationLine } from '../types';
import { invoiceMessage } from './messages';

/** One line of an invoice or payment request: the same shape as a preview's proration line. */
export type InvoiceLine = ProrationLine;

export interface RenewalLinesInput {
  /** The terms the period is billed on. */
  readonly terms: Pick<Plan, 'name' | 'price' | 'usageRate' | 'currency'>;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** Excess minutes of the period just ended, rounded up (usageSplit's billedExcessMinutes); 0 = none. */
  readonly billedExcessMinutes?: number;
}

/**
 * A renewal's lines: the period's fee (when the recurring fee is on) and, where usage billing is
 * on, the billed excess minutes × the rate, computed exactly and rounded once.
 */
export function renewalLines({
  terms,
  periodStart,
  periodEnd,
  billedExcessMinutes = 0,
}: RenewalLinesInput): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  if (terms.price !== null) {
    lines.push({
      description: invoiceMessage('invoice.line.period_fee', { plan: terms.name, start: periodStart, end: periodEnd }),
      amount: terms.price,
    });
  }
  if (terms.usageRate !== null && billedExcessMinutes > 0) {
    lines.push({
      description: invoiceMessage('invoice.line.usage', { minutes: billedExcessMinutes, rate: terms.usageRate }),
      amount: applyRate(terms.usageRate, billedExcessMinutes),
    });
  }
  return lines;
}

/** The total of an invoice's lines, in their one currency (two currencies throw). */
export function linesTotal(
  lines: readonly InvoiceLine[],
  currency: string,
  currencies: CurrencyTable = iso4217,
): Money {
  for (const line of lines) {
    if (line.amount.currency !== currency) {
      throw new RulesError(
        'currency_mismatch',
        `An invoice in ${currency} cannot carry a line in ${line.amount.currency}; bill each currency on its own invoice.`,
      );
    }
  }
  return lines.length === 0
    ? moneyIn(0, currency, currencies)
    : sum(
        lines.map((l) => l.amount),
        currency,
      );
}
