// Change plan for one sub-account: Plankit's ChangePlanDialog, opened from the row menu.
import { ChangePlanDialog } from '@plankit/ui';
import { useRefreshAll } from '../api';

export function ChangePlanAction({
  subAccountId,
  open,
  onOpenChange,
}: {
  subAccountId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const refreshAll = useRefreshAll();
  return (
    <ChangePlanDialog
      subAccountId={subAccountId}
      open={open}
      onOpenChange={onOpenChange}
      onSuccess={() => void refreshAll()}
      contactSalesHref="mailto:sales@northwind.example"
    />
  );
}
