// The money after a change: the client's invoices and payment requests (Pay for the client; Mark paid
// and Void for the agency, wherever the server allows them), the document picked, the client's
// credit balance and, for the agency, its credit pool.
import { CreditBalance, InvoiceDetail, InvoiceList } from '@plankit/ui';
import { useState } from 'react';

export function BillingDocuments({ subAccountId, agency }: { subAccountId: string; agency: boolean }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="billing-documents">
      <InvoiceList subAccountId={subAccountId} onSelect={(invoice) => setSelected(invoice.id)} />
      {selected ? <InvoiceDetail key={selected} invoiceId={selected} /> : null}
      <div className="billing-credit">
        <CreditBalance subAccountId={subAccountId} />
        {agency ? <CreditBalance /> : null}
      </div>
    </div>
  );
}
