// An offline payment request: the period's lines, reduced by the sub-account's credit balance down to
// zero (its own line; the balance keeps the rest, credit never becomes cash), with due and Blocked
// instants from the period it bills. A request credit covers in full is paid by credit at once.
import { applyCredit, type InvoiceLine, type Money, type Plan, requestDeadlines } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { lockCreditBalance, spendCreditBalance } from '../store/credit';
import { addLedgerEntry, insertInvoice } from '../store/ledger';

export interface PaymentRequestInput {
  readonly agencyId: string;
  readonly subAccountId: string;
  readonly subscriptionId: string;
  readonly kind: 'subscription_start' | 'renewal';
  readonly terms: Plan;
  readonly period: { readonly start: Date; readonly end: Date };
  readonly lines: readonly InvoiceLine[];
}

export interface CreatedRequest {
  readonly id: string;
  readonly amount: Money;
  readonly status: 'open' | 'paid';
}

export async function createPaymentRequest(
  q: Queryable,
  input: PaymentRequestInput,
  now: Date,
): Promise<CreatedRequest> {
  const balance = await lockCreditBalance(q, input.subAccountId);
  const applied = applyCredit({ lines: input.lines, currency: input.terms.currency, balance });
  const paid = applied.total.amount === 0;
  const id = await insertInvoice(
    q,
    {
      agencyId: input.agencyId,
      subAccountId: input.subAccountId,
      subscriptionId: input.subscriptionId,
      kind: input.kind,
      amount: applied.total,
      lines: applied.lines,
      paid,
      settledBy: paid ? 'credit' : null,
      period: input.period,
      deadlines: requestDeadlines({ periodStart: input.period.start, terms: input.terms }),
    },
    now,
  );
  if (applied.creditUsed.amount > 0) {
    await spendCreditBalance(q, input.subAccountId, applied.creditUsed.amount);
    await addLedgerEntry(
      q,
      {
        agencyId: input.agencyId,
        subAccountId: input.subAccountId,
        kind: 'credit_applied',
        amount: { amount: -applied.creditUsed.amount, currency: applied.creditUsed.currency },
        invoiceId: id,
        memo: `credit applied to ${input.kind.replaceAll('_', ' ')}`,
      },
      now,
    );
  }
  return { id, amount: applied.total, status: paid ? 'paid' : 'open' };
}
