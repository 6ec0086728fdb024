import type { Money } from '@plankit/rules';
import type { CreditEntry, CreditSummary } from './model';

export interface CreditBalanceState {
  /** null: the balance is not tracked. */
  balance: Money | null;
  movements: readonly CreditEntry[];
  empty: boolean;
}

/** A credit balance or pool without markup: the balance and its movements, newest first. */
export function useCreditBalance({ credit }: { credit: CreditSummary }): CreditBalanceState {
  const movements = [...credit.movements].sort((a, b) => b.at.getTime() - a.at.getTime());
  return { balance: credit.balance, movements, empty: movements.length === 0 };
}
