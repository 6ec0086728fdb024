// A client's billing: assign a plan, start the subscription, then the subscription card.
import type { SubAccountDetail } from '@plankit/sdk';
import { useAssignPlan, usePlans, useStartSubscription } from '@plankit/sdk/react';
import { Badge, Button, Dialog, DialogClose, DialogContent, MoneyText } from '@plankit/ui';
import { useId, useState } from 'react';
import { formatDate, formatMoney, planPrice } from '../format';
import type { Plan } from '../types';
import { BillingStatus } from './StatusBadge';

const ENDED = new Set(['canceled', 'incomplete_expired']);

export function SubscriptionPanel({ detail, canManage }: { detail: SubAccountDetail; canManage: boolean }) {
  const subscription = detail.subAccount.subscription;
  const running = subscription !== null && !ENDED.has(subscription.status);
  if (running) return <SubscriptionSummary detail={detail} />;
  if (detail.assignedPlan) return <AssignedPlan detail={detail} plan={detail.assignedPlan} canManage={canManage} />;
  if (canManage) return <AssignPlan detail={detail} />;
  return (
    <div className="card empty">
      <strong>No billing plan yet.</strong>
      <p className="muted">Your agency assigns your plan.</p>
    </div>
  );
}

function PlanBadgeRow({ plan }: { plan: Plan }) {
  return (
    <div className="badge-row">
      <Badge variant={plan.price ? 'accent' : 'neutral'}>Recurring · {plan.price ? planPrice(plan) : 'Off'}</Badge>
      <Badge>{plan.includedMinutes.toLocaleString('en-US')} minutes included</Badge>
      <Badge>Usage · {plan.usageRate ? `${formatRate(plan.usageRate)}/min` : 'Off'}</Badge>
      <Badge>Add-on packs · {plan.addOnPacks ? 'On' : 'Off'}</Badge>
      {plan.chatsPerMinute ? <Badge>1 min = {plan.chatsPerMinute} chats</Badge> : null}
    </div>
  );
}

function formatRate(rate: { amount: number; currency: string; scale: number }): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: rate.currency,
    maximumFractionDigits: 6,
  }).format(rate.amount / 10 ** rate.scale);
}

function AssignPlan({ detail }: { detail: SubAccountDetail }) {
  const plans = usePlans();
  const selectId = useId();
  const [planId, setPlanId] = useState('');
  const assign = useAssignPlan();
  const active = plans.data?.filter((p) => p.status === 'active') ?? [];
  return (
    <section className="card" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>Assign a Billing Plan</h2>
      <p className="muted">Pick the plan this client will be billed on. You start the subscription next.</p>
      <div className="form-row">
        <label htmlFor={selectId} className="sr-only">
          Billing plan
        </label>
        <select id={selectId} value={planId} onChange={(event) => setPlanId(event.target.value)}>
          <option value="">Select a plan…</option>
          {active.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.name} — {planPrice(plan)} · {plan.includedMinutes} min ·{' '}
              {plan.paymentType === 'offline' ? 'Offline' : 'Stripe'}
            </option>
          ))}
        </select>
        <Button
          variant="primary"
          disabled={!planId}
          pending={assign.isPending}
          onClick={() => assign.mutate({ subAccountId: detail.subAccount.id, planId })}
        >
          Assign Plan
        </Button>
      </div>
      {assign.isError ? (
        <p role="alert" className="error-text">
          {assign.error.message}
        </p>
      ) : null}
    </section>
  );
}

function AssignedPlan({ detail, plan, canManage }: { detail: SubAccountDetail; plan: Plan; canManage: boolean }) {
  const [open, setOpen] = useState(false);
  const start = useStartSubscription();
  return (
    <section className="card" aria-label="Assigned plan">
      <p className="assigned">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="8" fill="currentColor" />
          <path d="M4.5 8.2l2.2 2.2 4.8-4.8" stroke="#fff" strokeWidth="1.8" fill="none" />
        </svg>
        Currently assigned to client
      </p>
      <h2>{plan.name}</h2>
      {plan.description ? <p className="muted">{plan.description}</p> : null}
      <PlanBadgeRow plan={plan} />
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
          <dt>Payment</dt>
          <dd>{plan.paymentType === 'offline' ? 'Offline (invoiced)' : 'Stripe (card)'}</dd>
        </div>
      </dl>
      {canManage ? (
        <Dialog open={open} onOpenChange={setOpen}>
          <Button variant="primary" onClick={() => setOpen(true)}>
            Start subscription
          </Button>
          <DialogContent
            title="Start subscription for this client?"
            description={`${plan.name} · ${planPrice(plan)} · ${plan.includedMinutes} minutes included`}
            footer={
              <>
                <DialogClose asChild>
                  <Button>Cancel</Button>
                </DialogClose>
                <Button
                  variant="primary"
                  pending={start.isPending}
                  onClick={() =>
                    start.mutate({ subAccountId: detail.subAccount.id }, { onSuccess: () => setOpen(false) })
                  }
                >
                  Start subscription
                </Button>
              </>
            }
          >
            <ul className="checklist">
              <li>Activate the subscription with a billing period beginning now.</li>
              <li>Initialize usage tracking (included minutes and add-on balance) for this plan.</li>
              <li>Create a payment request for this billing cycle when applicable.</li>
            </ul>
            {start.isError ? (
              <p role="alert" className="error-text">
                {start.error.message}
              </p>
            ) : null}
          </DialogContent>
        </Dialog>
      ) : null}
    </section>
  );
}

function SubscriptionSummary({ detail }: { detail: SubAccountDetail }) {
  const subscription = detail.subAccount.subscription!;
  const terms = subscription.terms;
  const usage = detail.usage;
  return (
    <section className="card" aria-label="Current subscription">
      <div className="card-head">
        <h2>Current subscription</h2>
        <BillingStatus value={detail.billingBadge} />
      </div>
      <p className="muted">Terms below reflect what was active when this subscription started.</p>
      <h3>{terms.name}</h3>
      <PlanBadgeRow plan={terms} />
      <dl className="facts">
        <div>
          <dt>Billing period</dt>
          <dd>
            {formatDate(subscription.periodStart)} – {formatDate(subscription.periodEnd)}{' '}
            <Badge variant="accent">Renews {formatDate(subscription.periodEnd)}</Badge>
          </dd>
        </div>
        <div>
          <dt>Payment due after period start</dt>
          <dd>{terms.paymentDueDays} days</dd>
        </div>
        <div>
          <dt>Grace after payment due</dt>
          <dd>{terms.graceDays} days</dd>
        </div>
        {usage ? (
          <div>
            <dt>Included minutes</dt>
            <dd>
              {Math.round(usage.fromIncluded)} of {detail.subAccount.usage.includedMinutes} used
            </dd>
          </div>
        ) : null}
        {detail.subAccount.creditBalance ? (
          <div>
            <dt>Credit balance</dt>
            <dd>
              <MoneyText value={detail.subAccount.creditBalance} />
            </dd>
          </div>
        ) : null}
      </dl>
      {subscription.scheduledChange ? (
        <p className="notice">
          Changes to {subscription.scheduledChange.targetTerms.name} on{' '}
          {formatDate(subscription.scheduledChange.effectiveAt)}
        </p>
      ) : null}
    </section>
  );
}
