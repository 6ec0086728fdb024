import type { Money } from '@plankit/rules';
import { useT } from '../i18n/useT';

export interface MoneyTextProps {
  /** The amount, in minor units with its currency. */
  value: Money;
  /** Extra class. */
  className?: string | undefined;
}

/**
 * An amount in the provider's locale, with the currency's own number of fraction digits.
 * Styling hooks: `data-slot="money"`, `data-variant="negative" | "zero"`.
 */
export function MoneyText({ value, className }: MoneyTextProps) {
  const t = useT();
  const variant = value.amount < 0 ? 'negative' : value.amount === 0 ? 'zero' : undefined;
  return (
    <span className={['plankit-money', className].filter(Boolean).join(' ')} data-slot="money" data-variant={variant}>
      {t.money(value)}
    </span>
  );
}
