'use client';

import { ChangePlanDialog, changePlanSuccessMessage, useT } from '@plankit/ui';
import { useState } from 'react';

/** A row's Change plan action, and what the kit says once the change is made. */
export function PlanCell({ subAccountId }: { subAccountId: string }) {
  const t = useT();
  const [message, setMessage] = useState('');
  return (
    <>
      <ChangePlanDialog
        subAccountId={subAccountId}
        onSuccess={(result) => setMessage(changePlanSuccessMessage(t, result))}
      />
      <p role="status">{message}</p>
    </>
  );
}
