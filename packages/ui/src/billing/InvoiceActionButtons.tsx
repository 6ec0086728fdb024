import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import type { DocumentAction } from './actions';
import type { BillingDocument } from './model';
import type { InvoiceActionsState } from './useInvoiceActions';

const LABEL = { pay: 'invoices.pay', mark_paid: 'invoices.markPaid', void: 'invoices.void' } as const;

/** One button per allowed action; all are disabled while one of this document's actions runs. */
export function InvoiceActionButtons({
  invoice,
  actions,
  state,
  reference,
}: {
  invoice: BillingDocument;
  actions: readonly DocumentAction[];
  state: InvoiceActionsState;
  reference?: string | undefined;
}) {
  const t = useT();
  const busy = state.pending?.id === invoice.id;
  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          variant={action === 'void' ? 'secondary' : 'primary'}
          data-action={action}
          disabled={busy && state.pending?.action !== action}
          pending={busy && state.pending?.action === action}
          onClick={() => void state.run(action, invoice, reference)}
        >
          {t(LABEL[action])}
        </Button>
      ))}
    </>
  );
}

/** The provider's page for a document, opened in a new tab; nothing when it has none. */
export function HostedPageLink({ invoice }: { invoice: BillingDocument }) {
  const t = useT();
  if (!invoice.hostedUrl) return null;
  return (
    <a className="plankit-link" href={invoice.hostedUrl} target="_blank" rel="noreferrer">
      {t('invoices.hosted')}
    </a>
  );
}
