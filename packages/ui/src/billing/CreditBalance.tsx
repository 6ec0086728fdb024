import { useId } from 'react';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';
import type { CreditSummary } from './model';
import { useCreditBalance } from './useCreditBalance';

export interface CreditBalanceProps {
  credit: CreditSummary;
  /** A client's credit balance, or the agency's credit pool. Default `'sub_account'`. */
  scope?: 'sub_account' | 'agency' | undefined;
  className?: string | undefined;
}

/**
 * A credit balance (a client's) or the agency's credit pool: the balance, what it is for, and every
 * movement (+ granted, − used) newest first. Styling hooks: `data-slot="credit-balance"` with
 * `data-scope`, inside `data-slot="credit-amount" | "credit-movements"`.
 */
export function CreditBalance({ credit, scope = 'sub_account', className }: CreditBalanceProps) {
  const t = useT();
  const state = useCreditBalance({ credit });
  const titleId = useId();
  return (
    <section
      className={['plankit', 'plankit-card', className].filter(Boolean).join(' ')}
      data-slot="credit-balance"
      data-scope={scope}
      aria-labelledby={titleId}
    >
      <h2 className="plankit-card-title" id={titleId}>
        {t(`credit.title.${scope}`)}
      </h2>
      <dl className="plankit-facts">
        <dt>{t('credit.balance')}</dt>
        <dd data-slot="credit-amount">
          {state.balance === null ? t('credit.untracked') : <MoneyText value={state.balance} />}
        </dd>
      </dl>
      <p className="plankit-hint plankit-flush">{t(`credit.hint.${scope}`)}</p>
      <div className="plankit-section">
        <h3 className="plankit-section-label">{t('credit.movements')}</h3>
        {state.empty ? (
          <p className="plankit-muted plankit-flush">{t('credit.none')}</p>
        ) : (
          <ul className="plankit-lines" data-slot="credit-movements">
            {state.movements.map((movement) => (
              <li key={movement.id}>
                <span>
                  {t.date(movement.at)} · {t.ref(movement.description)}
                </span>
                <MoneyText value={movement.amount} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
