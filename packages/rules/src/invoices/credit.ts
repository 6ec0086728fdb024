import { iso4217 } from '../currencies';
import { moneyIn } from '../money';
import type { CurrencyTable, Money } from '../types';
import { type InvoiceLine, linesTotal } from './lines';
import { invoiceMessage } from './messages';

export interface ApplyCreditInput {
  /** The request's lines before credit. */
  readonly lines: readonly InvoiceLine[];
  /** The request's currency (the plan's). */
  readonly currency: string;
  /** The sub-account's credit balance; null when none was ever granted. */
  readonly balance: Money | null;
  readonly currencies?: CurrencyTable;
}

export interface CreditApplication {
  /** The lines before credit, then one "Credit balance applied" line when credit was used. */
  readonly lines: readonly InvoiceLine[];
  /** What is left to pay: the lines' sum, never below zero. */
  readonly total: Money;
  /** Taken from the balance: ≤ the balance and ≤ the request. */
  readonly creditUsed: Money;
  /** The balance afterwards (null stays null). */
  readonly balanceAfter: Money | null;
}

/**
 * Reduce a payment request by the credit balance, down to zero. Credit never becomes cash: what is
 * left of the balance stays on it. A balance in another currency is not touched (currencies never
 * mix), and neither is a request with nothing to pay.
 */
export function applyCredit({ lines, currency, balance, currencies = iso4217 }: ApplyCreditInput): CreditApplication {
  const subtotal = linesTotal(lines, currency, currencies);
  const none = moneyIn(0, currency, currencies);
  if (balance === null || balance.currency !== currency || balance.amount <= 0 || subtotal.amount <= 0) {
    return { lines: [...lines], total: subtotal, creditUsed: none, balanceAfter: balance };
  }
  const used = Math.min(balance.amount, subtotal.amount);
  const creditLine: InvoiceLine = {
    description: invoiceMessage('invoice.line.credit_applied'),
    amount: moneyIn(-used, currency, currencies),
  };
  return {
    lines: [...lines, creditLine],
    total: moneyIn(subtotal.amount - used, currency, currencies),
    creditUsed: moneyIn(used, currency, currencies),
    balanceAfter: moneyIn(balance.amount - used, currency, currencies),
  };
}
