// A client's billing: Plankit's StartSubscriptionDialog (assign a plan, then start it) and its
// SubscriptionCard once the subscription runs.
import type { SubAccountDetail } from '@plankit/sdk';
import { usePayInvoice } from '@plankit/sdk/react';
import { Button, PlanBadges, StartSubscriptionDialog, SubscriptionCard } from '@plankit/ui';
import { type ReactNode, useState } from 'react';
import { useRefreshAll } from '../api';
import { formatMoney, planPrice } from '../format';

const ENDED = new Set(['canceled', 'incomplete_expired']);

export interface SubscriptionPanelProps {
  detail: SubAccountDetail;
  canManage: boolean;
  /** The agency's banner action: open the request where its bank transfer reference is entered. */
  onMarkPaid?: ((requestId: string) => void) | undefined;
}

export function SubscriptionPanel({ detail, canManage, onMarkPaid }: SubscriptionPanelProps) {
  const refreshAll = useRefreshAll();
  const pay = usePayInvoice();
  // The dialog stays mounted when the card replaces the assign step, so its success message stays.
  const [starting, setStarting] = useState(false);
  const open = () => setStarting(true);
  const subscription = detail.subAccount.subscription;
  const running = subscription !== null && !ENDED.has(subscription.status);
  const plan = detail.assignedPlan;

  let body: ReactNode;
  if (running || !canManage) {
    // The client's banner pays its open request (the card on file, or the hosted page it redirects to).
    const onPayNow = canManage
      ? undefined
      : async (request: { readonly id: string }) => {
          const result = await pay.mutateAsync({ invoiceId: request.id });
          if (result.redirectUrl) window.location.assign(result.redirectUrl);
          else await refreshAll();
        };
    // The agency's banner leads to the request's Mark paid form: the server needs the transfer's reference.
    const markPaid =
      canManage && onMarkPaid
        ? (request: { readonly id: string }) => {
            onMarkPaid(request.id);
            return undefined;
          }
        : undefined;
    body = (
      <SubscriptionCard
        detail={detail}
        viewer={canManage ? 'agency' : 'client'}
        onPayNow={onPayNow}
        onMarkPaid={markPaid}
      />
    );
  } else if (plan) {
    body = (
      <section className="card" aria-labelledby="assigned-plan-title">
        <p className="assigned">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="8" fill="currentColor" />
            <path d="M4.5 8.2l2.2 2.2 4.8-4.8" stroke="#fff" strokeWidth="1.8" fill="none" />
          </svg>
          Currently assigned to client
        </p>
        <h2 id="assigned-plan-title">{plan.name}</h2>
        {plan.description ? <p className="muted">{plan.description}</p> : null}
        <PlanBadges plan={plan} />
        <dl className="facts">
          <div>
            <dt>Price</dt>
            <dd>{planPrice(plan)}</dd>
          </div>
          <div>
            <dt>Phone number price</dt>
            <dd>{formatMoney(plan.phoneNumberPrice)}/mo</dd>
          </div>
          <div>
            <dt>Billed</dt>
            <dd>{plan.paymentType === 'offline' ? 'Offline (invoiced)' : 'By card (Stripe)'}</dd>
          </div>
        </dl>
        <div className="card-actions">
          <Button variant="primary" onClick={open}>
            Start subscription
          </Button>
        </div>
      </section>
    );
  } else {
    body = (
      <section className="card empty" aria-labelledby="assign-plan-title">
        <h2 id="assign-plan-title">No billing plan</h2>
        <p className="muted">Assign a plan to this client, then start the subscription.</p>
        <Button variant="primary" onClick={open}>
          Assign a Billing Plan
        </Button>
      </section>
    );
  }

  return (
    <>
      {body}
      {canManage ? (
        <StartSubscriptionDialog
          subAccountId={detail.subAccount.id}
          open={starting}
          onOpenChange={setStarting}
          onSuccess={() => void refreshAll()}
        />
      ) : null}
    </>
  );
}
