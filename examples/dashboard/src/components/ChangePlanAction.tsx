// Change plan for one sub-account: Plankit's ChangePlanDialog, opened from the host's own menu.
// When the change is not allowed (blocked, not created by the agency, ...) the kit renders nothing
// for a controlled dialog, so the host says why in a dialog of its own, in the kit's words.
import { useChangePlanContext } from '@plankit/sdk/react';
import { Button, ChangePlanDialog, Dialog, DialogClose, DialogContent, Notice, useT } from '@plankit/ui';
import { useRefreshAll } from '../api';

export interface ChangePlanActionProps {
  readonly subAccountId: string;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

export function ChangePlanAction({ subAccountId, open, onOpenChange }: ChangePlanActionProps) {
  const refreshAll = useRefreshAll();
  const context = useChangePlanContext(subAccountId);
  const t = useT();
  const permission = context.data?.permission;
  if (permission && !permission.allowed) {
    return (
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent
          title="Change plan"
          description={context.data?.subAccount.name}
          footer={
            <DialogClose asChild>
              <Button>Close</Button>
            </DialogClose>
          }
        >
          <Notice variant="error" title="The plan cannot be changed">
            <p>{t.reason(permission)}</p>
          </Notice>
        </DialogContent>
      </Dialog>
    );
  }
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
