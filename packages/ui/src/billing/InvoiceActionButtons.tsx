import type { InvoiceView } from '@plankit/sdk';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import type { DocumentAction } from './actions';
import type { InvoiceActionsState } from './useInvoiceActions';

const LABEL = { pay: 'invoices.pay', mark_paid: 'invoices.markPaid', void: 'invoices.void' } as const;

/**
 * One button per allowed action; all are disabled while one of this document's actions runs. Mark
 * paid needs a reference first: its button calls `onMarkPaid` (which opens the form) and is left out
 * without it, where the form is already shown.
 */
export function InvoiceActionButtons({
  invoice,
  actions,
  state,
  onMarkPaid,
}: {
  invoice: InvoiceView;
  actions: readonly DocumentAction[];
  state: InvoiceActionsState;
  onMarkPaid?: (() => void) | undefined;
}) {
  const t = useT();
  const busy = state.pending?.id === invoice.id;
  return (
    <>
      {actions.map((action) =>
        action === 'mark_paid' && !onMarkPaid ? null : (
          <Button
            key={action}
            variant={action === 'void' ? 'secondary' : 'primary'}
            data-action={action}
            disabled={busy && state.pending?.action !== action}
            pending={busy && state.pending?.action === action}
            onClick={() => (action === 'mark_paid' ? onMarkPaid?.() : void state.run(action, invoice))}
          >
            {t(LABEL[action])}
          </Button>
        ),
      )}
    </>
  );
}

/** The document's hosted page, opened in a new tab. */
export function HostedPageLink({ invoice }: { invoice: InvoiceView }) {
  const t = useT();
  return (
    <a className="plankit-link" href={invoice.hostedUrl} target="_blank" rel="noreferrer">
      {t('invoices.hosted')}
    </a>
  );
}
