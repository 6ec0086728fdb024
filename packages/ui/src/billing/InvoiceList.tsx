import type { InvoiceView } from '@plankit/sdk';
import { Fragment, type ReactNode, useId, useState } from 'react';
import { Button } from '../components/Button';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';
import { FailureNotice } from '../numbers/FailureNotice';
import { type InvoiceMutationOptions, useInvoiceMutations, useInvoicePages } from './data';
import { HostedPageLink, InvoiceActionButtons } from './InvoiceActionButtons';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { LoadState } from './LoadState';
import { MarkPaidForm } from './MarkPaidForm';
import type { InvoiceHandlers } from './useInvoiceActions';
import { useInvoiceList } from './useInvoiceList';

export interface InvoiceListProps extends InvoiceHandlers, InvoiceMutationOptions {
  /**
   * The sub-account whose documents to fetch, newest first, a page at a time. Pay, Mark paid and
   * Void then go through the sdk, wherever the server's `actions` allow them. Ignored when
   * `invoices` is given.
   */
  subAccountId?: string | undefined;
  /** The documents, newest first, for hosts that bring their own; an action shows only where its handler is given. */
  invoices?: readonly InvoiceView[] | undefined;
  /** Documents per page when fetched (1–100). Default the server's (20). */
  pageSize?: number | undefined;
  /** Opens one document (e.g. in an InvoiceDetail); adds a Details button to each row. Default none. */
  onSelect?: ((invoice: InvoiceView) => void) | undefined;
  className?: string | undefined;
}

type Body = {
  onSelect: InvoiceListProps['onSelect'];
  className: string | undefined;
};

const COLUMNS = 6;

/**
 * A client's invoices and payment requests, newest first: date, document and period, status badge,
 * due date, total, and Pay / Mark paid / Void where the server allows them, with the hosted page.
 * Mark paid opens the reference field in the row. Styling hooks: `data-slot="invoice-list"` with
 * `data-state="loading"` until fetched, each row `data-slot="invoice-row"` with `data-state` (its
 * status) and `data-kind` (`invoice | payment_request`).
 */
export function InvoiceList({
  subAccountId,
  invoices,
  pageSize,
  onSelect,
  className,
  onRedirect,
  onSuccess,
  ...handlers
}: InvoiceListProps) {
  if (invoices) return <InvoiceTable invoices={invoices} onSelect={onSelect} className={className} {...handlers} />;
  return (
    <FetchedInvoices
      subAccountId={subAccountId ?? ''}
      pageSize={pageSize}
      onSelect={onSelect}
      className={className}
      onRedirect={onRedirect}
      onSuccess={onSuccess}
    />
  );
}

function FetchedInvoices({
  subAccountId,
  pageSize,
  onSelect,
  className,
  ...options
}: Body & InvoiceMutationOptions & { subAccountId: string; pageSize: number | undefined }) {
  const t = useT();
  const query = useInvoicePages(subAccountId, pageSize);
  const handlers = useInvoiceMutations(options);
  if (!query.data) {
    return (
      <Frame className={className} loading>
        <LoadState error={query.error} failedKey="invoices.loadFailed" onRetry={() => void query.refetch()} />
      </Frame>
    );
  }
  const more = query.hasNextPage ? (
    <Button pending={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {t('invoices.more')}
    </Button>
  ) : null;
  return (
    <InvoiceTable
      invoices={query.data.pages.flatMap((page) => page.items)}
      onSelect={onSelect}
      className={className}
      footer={more}
      {...handlers}
    />
  );
}

function Frame({
  className,
  loading = false,
  children,
}: {
  className: string | undefined;
  loading?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const titleId = useId();
  return (
    <section
      className={['plankit', 'plankit-card', className].filter(Boolean).join(' ')}
      data-slot="invoice-list"
      data-state={loading ? 'loading' : undefined}
      aria-labelledby={titleId}
    >
      <h2 className="plankit-card-title" id={titleId}>
        {t('invoices.title')}
      </h2>
      {children}
    </section>
  );
}

function InvoiceTable({
  onSelect,
  className,
  footer = null,
  ...options
}: Body & InvoiceHandlers & { invoices: readonly InvoiceView[]; footer?: ReactNode }) {
  const t = useT();
  const state = useInvoiceList(options);
  // The request whose reference field is open (one at a time).
  const [marking, setMarking] = useState<string | null>(null);
  return (
    <Frame className={className}>
      {state.failure ? <FailureNotice failure={state.failure.failure} title={t('invoices.actionFailed')} /> : null}
      {state.empty ? (
        <p className="plankit-muted plankit-flush">{t('invoices.empty')}</p>
      ) : (
        <div className="plankit-table-scroll">
          <table className="plankit-table">
            <thead>
              <tr>
                <th scope="col">{t('invoices.column.date')}</th>
                <th scope="col">{t('invoices.column.document')}</th>
                <th scope="col">{t('invoices.column.status')}</th>
                <th scope="col">{t('invoices.column.due')}</th>
                <th scope="col" data-align="end">
                  {t('invoices.column.total')}
                </th>
                <th scope="col">
                  <span className="plankit-sr-only">{t('invoices.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map(({ invoice, actions }) => (
                <Fragment key={invoice.id}>
                  <tr data-slot="invoice-row" data-state={invoice.status} data-kind={invoice.document}>
                    <td>{t.date(invoice.createdAt)}</td>
                    <td>
                      <span className="plankit-strong">{t(`invoices.kind.${invoice.document}`)}</span>
                      {invoice.period ? (
                        <span className="plankit-hint" data-slot="invoice-period">
                          {t('invoices.period', { start: invoice.period.start, end: invoice.period.end })}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <InvoiceStatusBadge status={invoice.status} />
                    </td>
                    <td data-slot="invoice-due">
                      {invoice.dueAt && invoice.status === 'open' ? t.date(invoice.dueAt) : t('invoices.noDue')}
                    </td>
                    <td data-align="end">
                      <MoneyText value={invoice.total} />
                    </td>
                    <td>
                      <div className="plankit-row-actions">
                        <InvoiceActionButtons
                          invoice={invoice}
                          actions={marking === invoice.id ? actions.filter((a) => a !== 'mark_paid') : actions}
                          state={state}
                          onMarkPaid={() => setMarking(invoice.id)}
                        />
                        {onSelect ? (
                          <Button variant="ghost" onClick={() => onSelect(invoice)}>
                            {t('invoices.details')}
                          </Button>
                        ) : null}
                        <HostedPageLink invoice={invoice} />
                      </div>
                    </td>
                  </tr>
                  {marking === invoice.id && actions.includes('mark_paid') ? (
                    <tr data-slot="mark-paid-row">
                      <td colSpan={COLUMNS}>
                        <MarkPaidForm invoice={invoice} state={state} onCancel={() => setMarking(null)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer}
    </Frame>
  );
}
