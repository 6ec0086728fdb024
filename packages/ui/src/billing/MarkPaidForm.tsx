import type { InvoiceView } from '@plankit/sdk';
import { useId, useState } from 'react';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import { REFERENCE_MAX_LENGTH, referenceProblem } from './reference';
import type { InvoiceActionsState } from './useInvoiceActions';

export interface MarkPaidFormProps {
  invoice: InvoiceView;
  state: InvoiceActionsState;
  /** Shows Cancel beside Mark paid (the list's inline form). Default none. */
  onCancel?: (() => void) | undefined;
}

/**
 * The bank transfer's reference, then Mark paid. The server requires 1–200 characters, so Mark paid
 * stays disabled, and says why, until the reference meets that rule.
 * Styling hooks: `data-slot="mark-paid"`; the reason `data-slot="mark-paid-why"` with `data-state`
 * (`missing | too_long`).
 */
export function MarkPaidForm({ invoice, state, onCancel }: MarkPaidFormProps) {
  const t = useT();
  const id = useId();
  const [reference, setReference] = useState('');
  const problem = referenceProblem(reference);
  const busy = state.pending?.id === invoice.id;
  const running = busy && state.pending?.action === 'mark_paid';
  const hintId = `${id}-hint`;
  const whyId = `${id}-why`;
  return (
    <form
      className="plankit-stack plankit-field"
      data-slot="mark-paid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.run('mark_paid', invoice, reference);
      }}
    >
      <label className="plankit-section-label" htmlFor={id}>
        {t('invoiceDetail.reference')}
      </label>
      <input
        id={id}
        className="plankit-input"
        value={reference}
        autoComplete="off"
        aria-required="true"
        aria-invalid={problem === 'too_long' ? true : undefined}
        aria-describedby={problem ? `${hintId} ${whyId}` : hintId}
        onChange={(event) => setReference(event.target.value)}
      />
      <p className="plankit-hint plankit-flush" id={hintId}>
        {t('invoiceDetail.referenceHint', { max: REFERENCE_MAX_LENGTH })}
      </p>
      {problem ? (
        <p
          className="plankit-hint plankit-flush"
          id={whyId}
          data-slot="mark-paid-why"
          data-state={problem}
          role={problem === 'too_long' ? 'alert' : undefined}
        >
          {problem === 'missing'
            ? t('invoices.reference.missing')
            : t('invoices.reference.tooLong', { count: reference.trim().length, max: REFERENCE_MAX_LENGTH })}
        </p>
      ) : null}
      <div className="plankit-row-actions">
        <Button
          type="submit"
          variant="primary"
          data-action="mark_paid"
          disabled={problem !== null || (busy && !running)}
          pending={running}
          aria-describedby={problem ? whyId : undefined}
        >
          {t('invoices.markPaid')}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
