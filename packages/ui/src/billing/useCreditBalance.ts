import type { Money } from '@plankit/rules';
import type { CreditBalanceView, CreditMovement, CreditPoolView } from '@plankit/sdk';
import type { TranslationValues } from '../i18n/useT';
import type { MessageKey } from '../messages/en';

export interface CreditBalanceState {
  /** null: the balance (or pool) is not tracked. */
  balance: Money | null;
  /** Newest first, each with what moved it in words. */
  movements: readonly {
    readonly movement: CreditMovement;
    readonly key: MessageKey;
    readonly values: TranslationValues;
  }[];
  empty: boolean;
}

/** What moved a balance, as a message: the change that granted it, the request that used it. */
function describe(
  movement: CreditMovement,
  scope: 'sub_account' | 'agency',
): { key: MessageKey; values: TranslationValues } {
  const plan = movement.change?.toPlan.name;
  const client = movement.subAccount.name;
  switch (movement.kind) {
    case 'granted':
      return plan
        ? { key: 'credit.movement.upgrade', values: { plan } }
        : { key: 'credit.movement.granted', values: {} };
    case 'applied':
      return scope === 'agency'
        ? { key: 'credit.movement.applied_by', values: { client } }
        : { key: 'credit.movement.applied', values: {} };
    case 'pool_debit':
      return plan
        ? { key: 'credit.movement.pool_to_client', values: { client, plan } }
        : { key: 'credit.movement.pool_debit', values: { client } };
  }
}

/** A credit balance or the agency's pool without markup: the balance and its movements, newest first. */
export function useCreditBalance({
  credit,
  scope = 'sub_account',
}: {
  credit: CreditBalanceView | CreditPoolView;
  scope?: 'sub_account' | 'agency' | undefined;
}): CreditBalanceState {
  const balance = 'pool' in credit ? credit.pool : credit.balance;
  const movements = [...credit.movements]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .map((movement) => ({ movement, ...describe(movement, scope) }));
  return { balance, movements, empty: movements.length === 0 };
}
