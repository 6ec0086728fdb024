import { useId } from 'react';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';
import { FailureNotice } from '../numbers/FailureNotice';
import { HostedPageLink, InvoiceActionButtons } from './InvoiceActionButtons';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { type InvoiceDetailOptions, useInvoiceDetail } from './useInvoiceDetail';

export interface InvoiceDetailProps extends InvoiceDetailOptions {
  className?: string | undefined;
}

/**
 * One invoice or payment request: status badge, period, due and Blocked dates, what settled it, its
 * lines exactly as the preview showed them (then any credit applied) and the total; Pay for the
 * client, Mark paid (with a bank transfer reference) and Void for the agency, and the hosted page.
 * Styling hooks: `data-slot="invoice-detail"` with `data-state` (its status), inside
 * `data-slot="invoice-lines" | "invoice-total" | "invoice-settled" | "invoice-actions"`.
 */
export function InvoiceDetail({ className, ...options }: InvoiceDetailProps) {
  const t = useT();
  const state = useInvoiceDetail(options);
  const { invoice } = state;
  const titleId = useId();
  const referenceId = useId();
  const marksPaid = state.actions.includes('mark_paid');
  return (
    <section
      className={['plankit', 'plankit-card', className].filter(Boolean).join(' ')}
      data-slot="invoice-detail"
      data-state={invoice.status}
      aria-labelledby={titleId}
    >
      <div className="plankit-card-header">
        <h2 className="plankit-card-title" id={titleId}>
          {t('invoiceDetail.title', { kind: t(`invoices.kind.${invoice.kind}`), date: invoice.createdAt })}
        </h2>
        <InvoiceStatusBadge status={invoice.status} />
      </div>
      <dl className="plankit-facts">
        {invoice.period ? (
          <>
            <dt>{t('invoiceDetail.period')}</dt>
            <dd>{t('invoices.period', { start: invoice.period.start, end: invoice.period.end })}</dd>
          </>
        ) : null}
        {invoice.deadlines ? (
          <>
            <dt>{t('invoiceDetail.due')}</dt>
            <dd data-slot="invoice-due">{t.date(invoice.deadlines.dueAt)}</dd>
            <dt>{t('invoiceDetail.blocked')}</dt>
            <dd data-slot="invoice-blocked">{t.date(invoice.deadlines.blockedAt)}</dd>
          </>
        ) : null}
        {state.settlement ? (
          <>
            <dt>{t('invoiceDetail.settled')}</dt>
            <dd data-slot="invoice-settled">{t(state.settlement.key, state.settlement.values)}</dd>
          </>
        ) : null}
      </dl>
      {invoice.lines.length > 0 ? (
        <ul className="plankit-lines" data-slot="invoice-lines" aria-label={t('invoiceDetail.lines')}>
          {invoice.lines.map((line, index) => (
            // Lines have no id of their own; their order is part of the document.
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the line's identity
            <li key={index}>
              <span>{t.ref(line.description)}</span>
              <MoneyText value={line.amount} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="plankit-muted plankit-flush">{t('invoiceDetail.noLines')}</p>
      )}
      <dl className="plankit-facts">
        <dt>{t('invoiceDetail.total')}</dt>
        <dd data-slot="invoice-total">
          <MoneyText value={invoice.total} />
        </dd>
      </dl>
      {state.failure ? <FailureNotice failure={state.failure.failure} title={t('invoices.actionFailed')} /> : null}
      {marksPaid ? (
        <div className="plankit-stack plankit-field">
          <label className="plankit-section-label" htmlFor={referenceId}>
            {t('invoiceDetail.reference')}
          </label>
          <input
            id={referenceId}
            className="plankit-input"
            value={state.reference}
            onChange={(event) => state.setReference(event.target.value)}
            aria-describedby={`${referenceId}-hint`}
          />
          <p className="plankit-hint plankit-flush" id={`${referenceId}-hint`}>
            {t('invoiceDetail.referenceHint')}
          </p>
        </div>
      ) : null}
      {state.actions.length > 0 || invoice.hostedUrl ? (
        <div className="plankit-row-actions" data-slot="invoice-actions">
          <InvoiceActionButtons invoice={invoice} actions={state.actions} state={state} reference={state.reference} />
          <HostedPageLink invoice={invoice} />
        </div>
      ) : null}
    </section>
  );
}
