import { useId } from 'react';
import { Button } from '../components/Button';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';
import { FailureNotice } from '../numbers/FailureNotice';
import { HostedPageLink, InvoiceActionButtons } from './InvoiceActionButtons';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import type { BillingDocument } from './model';
import { type InvoiceListOptions, useInvoiceList } from './useInvoiceList';

export interface InvoiceListProps extends InvoiceListOptions {
  /** Opens one document (e.g. in an InvoiceDetail); adds a Details button to each row. Default none. */
  onSelect?: ((invoice: BillingDocument) => void) | undefined;
  className?: string | undefined;
}

/**
 * A client's invoices and payment requests, newest first: date, document and period, status badge,
 * due date, total, and Pay / Mark paid / Void where the viewer may, with a link to the hosted page.
 * Styling hooks: `data-slot="invoice-list"`, each row `data-slot="invoice-row"` with `data-state`
 * (its status) and `data-kind`.
 */
export function InvoiceList({ onSelect, className, ...options }: InvoiceListProps) {
  const t = useT();
  const state = useInvoiceList(options);
  const titleId = useId();
  return (
    <section
      className={['plankit', 'plankit-card', className].filter(Boolean).join(' ')}
      data-slot="invoice-list"
      aria-labelledby={titleId}
    >
      <h2 className="plankit-card-title" id={titleId}>
        {t('invoices.title')}
      </h2>
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
                <tr key={invoice.id} data-slot="invoice-row" data-state={invoice.status} data-kind={invoice.kind}>
                  <td>{t.date(invoice.createdAt)}</td>
                  <td>
                    <span className="plankit-strong">{t(`invoices.kind.${invoice.kind}`)}</span>
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
                    {invoice.deadlines && invoice.status === 'open'
                      ? t.date(invoice.deadlines.dueAt)
                      : t('invoices.noDue')}
                  </td>
                  <td data-align="end">
                    <MoneyText value={invoice.total} />
                  </td>
                  <td>
                    <div className="plankit-row-actions">
                      <InvoiceActionButtons invoice={invoice} actions={actions} state={state} />
                      {onSelect ? (
                        <Button variant="ghost" onClick={() => onSelect(invoice)}>
                          {t('invoices.details')}
                        </Button>
                      ) : null}
                      <HostedPageLink invoice={invoice} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
