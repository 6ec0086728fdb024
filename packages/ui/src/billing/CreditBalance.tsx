import type { CreditBalanceView, CreditPoolView } from '@plankit/sdk';
import { type ReactNode, useId } from 'react';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';
import { useCreditQuery } from './data';
import { LoadState } from './LoadState';
import { useCreditBalance } from './useCreditBalance';

type Scope = 'sub_account' | 'agency';

export interface CreditBalanceProps {
  /** The client whose credit balance to fetch. Without it (and without `credit`), the agency's pool is fetched. */
  subAccountId?: string | undefined;
  /** The balance or pool, for hosts that bring their own. */
  credit?: CreditBalanceView | CreditPoolView | undefined;
  /** A client's credit balance, or the agency's credit pool. Default: `'agency'` for a pool, else `'sub_account'`. */
  scope?: Scope | undefined;
  className?: string | undefined;
}

/**
 * A client's credit balance or the agency's credit pool: the balance, what it is for, and every
 * movement (+ granted, − used) newest first, with the change or request behind it. Styling hooks:
 * `data-slot="credit-balance"` with `data-scope` and `data-state="loading"` until fetched, inside
 * `data-slot="credit-amount" | "credit-movements"`.
 */
export function CreditBalance({ subAccountId, credit, scope, className }: CreditBalanceProps) {
  const resolved: Scope = scope ?? ((credit ? 'pool' in credit : !subAccountId) ? 'agency' : 'sub_account');
  if (credit) return <CreditPanel credit={credit} scope={resolved} className={className} />;
  return <FetchedCredit subAccountId={subAccountId} scope={resolved} className={className} />;
}

function FetchedCredit({
  subAccountId,
  scope,
  className,
}: {
  subAccountId: string | undefined;
  scope: Scope;
  className: string | undefined;
}) {
  const query = useCreditQuery(subAccountId);
  if (query.data) return <CreditPanel credit={query.data} scope={scope} className={className} />;
  return (
    <Frame scope={scope} className={className} loading>
      <LoadState error={query.error} failedKey="credit.loadFailed" onRetry={() => void query.refetch()} />
    </Frame>
  );
}

function Frame({
  scope,
  className,
  loading = false,
  children,
}: {
  scope: Scope;
  className: string | undefined;
  loading?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const titleId = useId();
  return (
    <section
      className={['plankit', 'plankit-card', className].filter(Boolean).join(' ')}
      data-slot="credit-balance"
      data-scope={scope}
      data-state={loading ? 'loading' : undefined}
      aria-labelledby={titleId}
    >
      <h2 className="plankit-card-title" id={titleId}>
        {t(`credit.title.${scope}`)}
      </h2>
      {children}
    </section>
  );
}

function CreditPanel({
  credit,
  scope,
  className,
}: {
  credit: CreditBalanceView | CreditPoolView;
  scope: Scope;
  className: string | undefined;
}) {
  const t = useT();
  const state = useCreditBalance({ credit, scope });
  return (
    <Frame scope={scope} className={className}>
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
            {state.movements.map(({ movement, key, values }) => (
              <li key={movement.id} data-kind={movement.kind}>
                <span>
                  {t.date(movement.at)} · {t(key, values)}
                </span>
                <MoneyText value={movement.amount} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Frame>
  );
}
