import type { InvoiceView } from '@plankit/sdk';
import { useId } from 'react';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';
import { FailureNotice } from '../numbers/FailureNotice';
import { type InvoiceMutationOptions, useInvoiceMutations, useInvoiceQuery } from './data';
import { HostedPageLink, InvoiceActionButtons } from './InvoiceActionButtons';
import { InvoiceLines } from './InvoiceLines';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { LoadState } from './LoadState';
import { MarkPaidForm } from './MarkPaidForm';
import type { InvoiceHandlers } from './useInvoiceActions';
import { useInvoiceDetail } from './useInvoiceDetail';

export interface InvoiceDetailProps extends InvoiceHandlers, InvoiceMutationOptions {
  /**
   * The document to fetch. Pay, Mark paid and Void then go through the sdk, wherever the server's
   * `actions` allow them. Ignored when `invoice` is given.
   */
  invoiceId?: string | undefined;
  /** The document, for hosts that bring their own; an action shows only where its handler is given. */
  invoice?: InvoiceView | undefined;
  className?: string | undefined;
}

const classes = (className: string | undefined) => ['plankit', 'plankit-card', className].filter(Boolean).join(' ');

/**
 * One invoice or payment request: status badge, period, due and Blocked dates, what settled it, its
 * lines exactly as the preview showed them (then any credit applied) and the total; Pay, Mark paid
 * (with the bank transfer's reference) and Void where the server allows them, and the hosted page.
 * Styling hooks: `data-slot="invoice-detail"` with `data-state` (its status, or `loading`), inside
 * `data-slot="invoice-lines" | "invoice-total" | "invoice-settled" | "invoice-actions"`.
 */
export function InvoiceDetail({
  invoiceId,
  invoice,
  className,
  onRedirect,
  onSuccess,
  ...handlers
}: InvoiceDetailProps) {
  if (invoice) return <InvoiceDocument invoice={invoice} className={className} {...handlers} />;
  return (
    <FetchedInvoice invoiceId={invoiceId ?? ''} className={className} onRedirect={onRedirect} onSuccess={onSuccess} />
  );
}

function FetchedInvoice({
  invoiceId,
  className,
  ...options
}: InvoiceMutationOptions & { invoiceId: string; className: string | undefined }) {
  const t = useT();
  const query = useInvoiceQuery(invoiceId);
  const handlers = useInvoiceMutations(options);
  const titleId = useId();
  if (query.data) return <InvoiceDocument invoice={query.data} className={className} {...handlers} />;
  return (
    <section className={classes(className)} data-slot="invoice-detail" data-state="loading" aria-labelledby={titleId}>
      <h2 className="plankit-card-title" id={titleId}>
        {t('invoices.kind.invoice')}
      </h2>
      <LoadState error={query.error} failedKey="invoiceDetail.loadFailed" onRetry={() => void query.refetch()} />
    </section>
  );
}

function InvoiceDocument({
  className,
  ...options
}: InvoiceHandlers & { invoice: InvoiceView; className?: string | undefined }) {
  const t = useT();
  const state = useInvoiceDetail(options);
  const { invoice } = state;
  const titleId = useId();
  const marksPaid = state.actions.includes('mark_paid');
  return (
    <section
      className={classes(className)}
      data-slot="invoice-detail"
      data-state={invoice.status}
      aria-labelledby={titleId}
    >
      <div className="plankit-card-header">
        <h2 className="plankit-card-title" id={titleId}>
          {t('invoiceDetail.title', { kind: t(`invoices.kind.${invoice.document}`), date: invoice.createdAt })}
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
        {invoice.dueAt && invoice.blockedAt ? (
          <>
            <dt>{t('invoiceDetail.due')}</dt>
            <dd data-slot="invoice-due">{t.date(invoice.dueAt)}</dd>
            <dt>{t('invoiceDetail.blocked')}</dt>
            <dd data-slot="invoice-blocked">{t.date(invoice.blockedAt)}</dd>
          </>
        ) : null}
        {state.settlement ? (
          <>
            <dt>{t('invoiceDetail.settled')}</dt>
            <dd data-slot="invoice-settled">{t(state.settlement.key, state.settlement.values)}</dd>
          </>
        ) : null}
      </dl>
      <InvoiceLines invoice={invoice} />
      <dl className="plankit-facts">
        <dt>{t('invoiceDetail.total')}</dt>
        <dd data-slot="invoice-total">
          <MoneyText value={invoice.total} />
        </dd>
      </dl>
      {state.failure ? <FailureNotice failure={state.failure.failure} title={t('invoices.actionFailed')} /> : null}
      {marksPaid ? <MarkPaidForm invoice={invoice} state={state} /> : null}
      <div className="plankit-row-actions" data-slot="invoice-actions">
        <InvoiceActionButtons invoice={invoice} actions={state.actions} state={state} />
        <HostedPageLink invoice={invoice} />
      </div>
    </section>
  );
}
