import type { InvoiceView } from '@plankit/sdk';
import { MoneyText } from '../components/MoneyText';
import { useT } from '../i18n/useT';

/**
 * A document's lines exactly as its preview showed them, in order (then any credit applied), each
 * in the reader's words. Styling hook: `data-slot="invoice-lines"`.
 */
export function InvoiceLines({ invoice }: { invoice: Pick<InvoiceView, 'lines'> }) {
  const t = useT();
  if (invoice.lines.length === 0) return <p className="plankit-muted plankit-flush">{t('invoiceDetail.noLines')}</p>;
  return (
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
  );
}
