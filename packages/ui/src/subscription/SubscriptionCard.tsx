import type { BillingBadge, UsageSplit } from '@plankit/rules';
import type { SubAccountDetail } from '@plankit/sdk';
import { useId, useState } from 'react';
import type { BillingViewer } from '../billing/viewer';
import { Badge, type BadgeVariant } from '../components/Badge';
import { Button } from '../components/Button';
import { MoneyText } from '../components/MoneyText';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/useT';
import { FailureNotice } from '../numbers/FailureNotice';
import { type Failure, toFailure, transportMessage } from '../numbers/failure';
import { PlanBadges } from './PlanBadges';
import { type SubscriptionCardView, useSubscriptionCard } from './useSubscriptionCard';

const BADGE_VARIANT: Readonly<Record<BillingBadge, BadgeVariant>> = {
  active: 'success',
  past_due: 'warning',
  blocked: 'danger',
  inactive: 'neutral',
};

/** The billing badge: Active, Past Due, Blocked. Styling hook: `data-slot="billing-badge"`, `data-state`. */
export function BillingBadgeView({ badge }: { badge: BillingBadge }) {
  const t = useT();
  return (
    <Badge variant={BADGE_VARIANT[badge]} data-slot="billing-badge" data-state={badge}>
      {t(`billing.badge.${badge}`)}
    </Badge>
  );
}

/** Minutes for display: whole, or one decimal for chats and seconds. */
const minutes = (value: number) => Math.round(value * 10) / 10;

export interface SubscriptionCardProps {
  /** The client whose subscription to show (fetched). Ignored when `detail` is given. */
  subAccountId?: string | undefined;
  /** The client's billing data, for hosts that bring their own. */
  detail?: SubAccountDetail | undefined;
  className?: string | undefined;
  /**
   * Who reads the card: the client gets Pay now on an open payment request, the agency Mark paid.
   * Default `'client'`.
   */
  viewer?: BillingViewer | undefined;
  /** The client pays the open request (card on file or the hosted page); shows Pay now. Default none. */
  onPayNow?: ((request: BannerRequest) => Promise<unknown> | undefined) | undefined;
  /** The agency records the bank transfer for the open request; shows Mark paid. Default none. */
  onMarkPaid?: ((request: BannerRequest) => Promise<unknown> | undefined) | undefined;
}

/** The open request the banner shows. */
export type BannerRequest = NonNullable<SubscriptionCardView['openInvoice']>;

/**
 * A client's running subscription: billing badge (Active / Past Due / Blocked), the snapshotted
 * terms, billing period and renewal, payment due and grace, this period's usage (included minutes
 * as a progress bar, add-on wallet, excess) and a scheduled plan change.
 * Styling hooks: `data-slot="subscription-card"`, `data-state` (the billing badge), and
 * `data-slot="usage-included" | "usage-wallet" | "usage-excess"` with `data-state="over"` when used up.
 */
export function SubscriptionCard({
  subAccountId,
  detail,
  className,
  viewer = 'client',
  onPayNow,
  onMarkPaid,
}: SubscriptionCardProps) {
  const t = useT();
  const state = useSubscriptionCard({ subAccountId, detail });
  const titleId = useId();
  const classes = ['plankit', 'plankit-card', className].filter(Boolean).join(' ');
  const title = (
    <h2 className="plankit-card-title" id={titleId}>
      {t('subscriptionCard.title')}
    </h2>
  );
  if (state.status === 'loading' || state.status === 'error') {
    return (
      <section className={classes} data-slot="subscription-card" data-state="loading" aria-labelledby={titleId}>
        {title}
        {state.failure ? (
          <FailureNotice
            failure={state.failure}
            title={t('startSubscription.loadError')}
            actions={<Button onClick={state.retry}>{t('common.retry')}</Button>}
          />
        ) : (
          <p className="plankit-status plankit-flush" role="status">
            <span className="plankit-spinner" aria-hidden="true" />
            {t('common.loading')}
          </p>
        )}
      </section>
    );
  }
  const { view } = state;
  const badge = state.detail?.billingBadge ?? 'inactive';
  const credit = state.detail?.subAccount.creditBalance ?? null;
  return (
    <section className={classes} data-slot="subscription-card" data-state={badge} aria-labelledby={titleId}>
      <div className="plankit-card-header">
        {title}
        <BillingBadgeView badge={badge} />
      </div>
      {view === null ? (
        <p className="plankit-muted plankit-flush">{t('subscriptionCard.none')}</p>
      ) : (
        <>
          {view.scheduledChange ? (
            <Notice variant="info" role="none">
              <p data-slot="scheduled-change">
                {t('scheduled.banner', { plan: view.scheduledChange.planName, date: view.scheduledChange.effectiveAt })}
              </p>
            </Notice>
          ) : null}
          {view.cancelAt ? (
            <Notice variant="warning" role="none">
              <p data-slot="scheduled-cancellation">{t('subscriptionCard.cancelAt', { date: view.cancelAt })}</p>
            </Notice>
          ) : null}
          <PaymentNotice view={view} fix={viewer === 'agency' ? onMarkPaid : onPayNow} viewer={viewer} />
          <div className="plankit-section" data-slot="subscription-terms">
            <h3 className="plankit-section-label">{t('subscriptionCard.terms')}</h3>
            <p className="plankit-card-plan">{view.terms.name}</p>
            {view.terms.description ? <p className="plankit-muted plankit-flush">{view.terms.description}</p> : null}
            <PlanBadges plan={view.terms} />
            <p className="plankit-hint" data-slot="terms-note">
              {t('subscriptionCard.termsNote', { date: view.termsSince })}
            </p>
          </div>
          <dl className="plankit-facts" data-slot="subscription-facts">
            <dt>{t('subscriptionCard.billingPeriod')}</dt>
            <dd>
              <span>{t('subscriptionCard.periodRange', { start: view.periodStart, end: view.periodEnd })}</span>{' '}
              <Badge variant="neutral" data-slot="renewal">
                {view.cancelAt
                  ? t('subscriptionCard.ends', { date: view.cancelAt })
                  : view.trialEnd
                    ? t('subscriptionCard.trialEnds', { date: view.trialEnd })
                    : t('subscriptionCard.renews', { date: view.periodEnd })}
              </Badge>
            </dd>
            <dt>{t('subscriptionCard.paymentDue')}</dt>
            <dd>{t('subscriptionCard.days', { days: view.terms.paymentDueDays })}</dd>
            <dt>{t('subscriptionCard.grace')}</dt>
            <dd>{t('subscriptionCard.days', { days: view.terms.graceDays })}</dd>
            {credit ? (
              <>
                <dt>{t('credit.title.sub_account')}</dt>
                <dd data-slot="credit-balance">
                  <MoneyText value={credit} />
                </dd>
              </>
            ) : null}
          </dl>
          {view.usage ? <Usage view={view} usage={view.usage} /> : null}
        </>
      )}
    </section>
  );
}

function PaymentNotice({
  view,
  viewer,
  fix,
}: {
  view: SubscriptionCardView;
  viewer: BillingViewer;
  fix: SubscriptionCardProps['onPayNow'];
}) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  if (view.openInvoice === null && view.badge === 'active') return null;
  const request = view.openInvoice;
  const run = async () => {
    if (!request || !fix) return;
    setPending(true);
    setFailure(null);
    try {
      await fix(request);
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setPending(false);
    }
  };
  const variant = view.badge === 'blocked' ? 'error' : view.badge === 'past_due' ? 'warning' : 'info';
  return (
    <Notice
      variant={variant}
      role="none"
      title={view.openInvoice ? t('subscriptionCard.openInvoice', { amount: view.openInvoice.amount }) : undefined}
      actions={
        request ? (
          <>
            {fix ? (
              <Button variant="primary" pending={pending} data-slot="payment-fix" onClick={() => void run()}>
                {t(viewer === 'agency' ? 'subscriptionCard.markPaid' : 'subscriptionCard.payNow')}
              </Button>
            ) : null}
            <a className="plankit-link" href={request.url} target="_blank" rel="noreferrer">
              {t('subscriptionCard.viewInvoice')}
            </a>
          </>
        ) : null
      }
    >
      {view.deadlines ? (
        <p data-slot="payment-deadlines">
          {t('subscriptionCard.dueOn', { date: view.deadlines.dueAt, blockedOn: view.deadlines.blockedAt })}
        </p>
      ) : null}
      {failure ? (
        <p data-slot="payment-fix-error" role="alert">
          {failure.kind === 'refusal' ? t.reason(failure.refusal) : t(transportMessage[failure.kind])}
        </p>
      ) : null}
    </Notice>
  );
}

function Usage({ view, usage }: { view: SubscriptionCardView; usage: UsageSplit }) {
  const { addOnPacks, chatsPerMinute, usageRate: rate } = view.terms;
  const t = useT();
  const id = useId();
  const included = view.includedTotal;
  const wallet = view.walletTotal;
  const percent = included === 0 ? 100 : Math.min(100, (usage.fromIncluded / included) * 100);
  const includedText = t('subscriptionCard.includedValue', {
    used: minutes(usage.fromIncluded),
    total: minutes(included),
  });
  const usedUp = usage.includedRemaining === 0 && included > 0;
  return (
    <div className="plankit-section" data-slot="subscription-usage">
      <h3 className="plankit-section-label">{t('subscriptionCard.usage')}</h3>
      <div className="plankit-usage-row" data-slot="usage-included" data-state={usedUp ? 'over' : undefined}>
        <div className="plankit-usage-head">
          <span id={`${id}-included`}>{t('subscriptionCard.included')}</span>
          <span className="plankit-usage-value">{includedText}</span>
        </div>
        <div
          className="plankit-progress"
          role="progressbar"
          aria-labelledby={`${id}-included`}
          aria-valuemin={0}
          aria-valuemax={minutes(included)}
          aria-valuenow={minutes(usage.fromIncluded)}
          aria-valuetext={includedText}
          data-state={usedUp ? 'full' : undefined}
        >
          <div className="plankit-progress-fill" style={{ width: `${percent}%` }} />
        </div>
        {chatsPerMinute !== null ? (
          <p className="plankit-hint">{t('subscriptionCard.chats', { chatsPerMinute })}</p>
        ) : null}
      </div>
      <div
        className="plankit-usage-row"
        data-slot="usage-wallet"
        data-state={usage.fromWallet > 0 ? 'over' : undefined}
      >
        <div className="plankit-usage-head">
          <span>{t('subscriptionCard.wallet')}</span>
          <span className="plankit-usage-value">
            {wallet === 0
              ? t('subscriptionCard.walletEmpty')
              : t('subscriptionCard.walletValue', {
                  used: minutes(usage.fromWallet),
                  remaining: minutes(usage.walletRemaining),
                })}
          </span>
        </div>
        {!addOnPacks && wallet > 0 ? <p className="plankit-hint">{t('subscriptionCard.walletLocked')}</p> : null}
      </div>
      <div
        className="plankit-usage-row"
        data-slot="usage-excess"
        data-state={usage.excessMinutes > 0 ? 'over' : undefined}
      >
        <div className="plankit-usage-head">
          <span>{t('subscriptionCard.excess')}</span>
          <span className="plankit-usage-value">
            {usage.excessMinutes === 0
              ? t('subscriptionCard.excessNone')
              : usage.excessCharge !== null && rate !== null
                ? t('subscriptionCard.excessBilled', {
                    minutes: usage.billedExcessMinutes,
                    amount: usage.excessCharge,
                    rate,
                  })
                : t('subscriptionCard.excessUnbilled', { minutes: minutes(usage.excessMinutes) })}
          </span>
        </div>
      </div>
    </div>
  );
}
