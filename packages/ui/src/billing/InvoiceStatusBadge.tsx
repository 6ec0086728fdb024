import type { InvoiceStatus } from '@plankit/rules';
import { Badge, type BadgeVariant } from '../components/Badge';
import { useT } from '../i18n/useT';

const VARIANT: Readonly<Record<InvoiceStatus, BadgeVariant>> = {
  draft: 'neutral',
  open: 'warning',
  paid: 'success',
  void: 'neutral',
  uncollectible: 'danger',
};

/** Draft, Open, Paid, Void or Uncollectible. Styling hooks: `data-slot="badge"`, `data-variant`, `data-state` (the status). */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useT();
  return (
    <Badge variant={VARIANT[status]} data-state={status}>
      {t(`invoices.status.${status}`)}
    </Badge>
  );
}
