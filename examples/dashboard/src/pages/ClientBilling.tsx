// Agency: one client's record, Billing tab. Assign a plan, start the subscription, see the card, the
// client's invoices and payment requests (Mark paid, Void), its credit balance and the agency's pool.

import { useMe, useSubAccount } from '@plankit/sdk/react';
import { Badge } from '@plankit/ui';
import { useState } from 'react';
import { BillingDocuments } from '../components/BillingDocuments';
import { ChangePlanAction } from '../components/ChangePlanAction';
import { usePeriodEndTarget } from '../components/ClockControl';
import { QueryState } from '../components/QueryState';
import { BillingStatus } from '../components/StatusBadge';
import { SubscriptionPanel } from '../components/SubscriptionPanel';
import { Link } from '../router';

export function ClientBilling({ subAccountId }: { subAccountId: string }) {
  const detail = useSubAccount(subAccountId);
  const me = useMe();
  const [tab, setTab] = useState<'billing' | 'users'>('billing');
  const [changing, setChanging] = useState(false);
  // The banner's Mark paid: which request to open at its reference field (`at` repeats a second press).
  const [markPaid, setMarkPaid] = useState<{ id: string; at: number } | null>(null);
  usePeriodEndTarget(detail.data?.subAccount.subscription?.periodEnd);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/users">Manage Users</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{detail.data?.subAccount.name ?? 'Client'}</span>
      </nav>
      {detail.data ? null : <h1 className="sr-only">Client</h1>}
      <QueryState query={detail} label="the client">
        {(data) => (
          <>
            <div className="page-header">
              <div>
                <h1>{data.subAccount.name}</h1>
                <p className="page-lede">
                  <BillingStatus value={data.billingBadge} />{' '}
                  {data.subAccount.status === 'blocked' ? <Badge variant="danger">Access blocked</Badge> : null}{' '}
                  <span className="muted">
                    {data.subAccount.hasPaymentMethod ? 'Card on file' : 'No payment method'}
                  </span>
                </p>
              </div>
              {me.data?.agency.features.changePlan ? (
                <button type="button" className="btn" onClick={() => setChanging(true)}>
                  Change plan
                </button>
              ) : null}
            </div>
            <div role="tablist" aria-label="Client record" className="tabs">
              <button
                type="button"
                role="tab"
                id="tab-billing"
                aria-selected={tab === 'billing'}
                aria-controls="panel-billing"
                onClick={() => setTab('billing')}
              >
                Billing
              </button>
              <button
                type="button"
                role="tab"
                id="tab-users"
                aria-selected={tab === 'users'}
                aria-controls="panel-users"
                onClick={() => setTab('users')}
              >
                Users
              </button>
            </div>
            {tab === 'billing' ? (
              <div role="tabpanel" id="panel-billing" aria-labelledby="tab-billing" className="tab-panel">
                <SubscriptionPanel detail={data} canManage onMarkPaid={(id) => setMarkPaid({ id, at: Date.now() })} />
                <BillingDocuments subAccountId={subAccountId} agency markPaid={markPaid} />
              </div>
            ) : (
              <div role="tabpanel" id="panel-users" aria-labelledby="tab-users" className="tab-panel">
                <div className="card table-card">
                  <table className="table">
                    <caption className="sr-only">Users of {data.subAccount.name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Email</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.users.map((user) => (
                        <tr key={user.id}>
                          <td>{user.name}</td>
                          <td>{user.email}</td>
                          <td>
                            <Badge
                              variant={
                                user.status === 'approved'
                                  ? 'success'
                                  : user.status === 'pending'
                                    ? 'warning'
                                    : 'danger'
                              }
                            >
                              {user.status[0]?.toUpperCase()}
                              {user.status.slice(1)}
                            </Badge>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}
          </>
        )}
      </QueryState>
      {changing ? <ChangePlanAction subAccountId={subAccountId} open onOpenChange={setChanging} /> : null}
    </>
  );
}
