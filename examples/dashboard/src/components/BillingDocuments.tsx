// The money after a change: the client's invoices and payment requests (Pay for the client; Mark paid
// and Void for the agency, wherever the server allows them), the document picked, the client's
// credit balance and, for the agency, its credit pool.
import { CreditBalance, InvoiceDetail, InvoiceList } from '@plankit/ui';
import { type RefObject, useEffect, useRef, useState } from 'react';

export interface BillingDocumentsProps {
  subAccountId: string;
  agency: boolean;
  /** A request to open at its Mark paid form (the payment banner's action), with the reference field focused. */
  markPaid?: { readonly id: string; readonly at: number } | null | undefined;
}

export function BillingDocuments({ subAccountId, agency, markPaid }: BillingDocumentsProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (markPaid) setSelected(markPaid.id);
  }, [markPaid]);
  useFocusReference(detailRef, markPaid);
  return (
    <div className="billing-documents">
      <InvoiceList subAccountId={subAccountId} onSelect={(invoice) => setSelected(invoice.id)} />
      {selected ? (
        <div ref={detailRef}>
          <InvoiceDetail key={selected} invoiceId={selected} />
        </div>
      ) : null}
      <div className="billing-credit">
        <CreditBalance subAccountId={subAccountId} />
        {agency ? <CreditBalance /> : null}
      </div>
    </div>
  );
}

/** Once the request's detail has loaded its Mark paid form, scrolls to it and focuses the reference. */
function useFocusReference(container: RefObject<HTMLDivElement | null>, markPaid: BillingDocumentsProps['markPaid']) {
  useEffect(() => {
    if (!markPaid) return;
    let frame = 0;
    const started = Date.now();
    const look = () => {
      const field = container.current?.querySelector<HTMLInputElement>('[data-slot="mark-paid"] input');
      if (field) {
        field.scrollIntoView({ block: 'center' });
        field.focus();
      } else if (Date.now() - started < 5000) {
        frame = requestAnimationFrame(look);
      }
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [container, markPaid]);
}
