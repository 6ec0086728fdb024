// Agency: Manage Users. The sub-accounts with their plan and billing status, searched and paged on
// the server; More actions per row.

import { useMe, usePlans, useSubAccounts } from '@plankit/sdk/react';
import { Badge } from '@plankit/ui';
import { useState } from 'react';
import { ChangePlanAction } from '../components/ChangePlanAction';
import { FailedDeliveries } from '../components/FailedDeliveries';
import { Menu } from '../components/Menu';
import { Pager } from '../components/Pager';
import { QueryState } from '../components/QueryState';
import { BillingStatus } from '../components/StatusBadge';
import { SubAccountFilters } from '../components/SubAccountFilters';
import { formatDate, planPrice } from '../format';
import { useSubAccountSearch } from '../hooks/useSubAccountSearch';
import { Link, navigate } from '../router';

export function ManageUsers() {
  const me = useMe();
  const plans = usePlans();
  const search = useSubAccountSearch();
  const rows = useSubAccounts(search.params);
  const [changing, setChanging] = useState<string | null>(null);
  const changePlanOn = me.data?.agency.features.changePlan ?? false;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Manage Users</h1>
          <p className="page-lede">Your clients' sub-accounts, their plans and billing.</p>
        </div>
      </div>
      <SubAccountFilters
        text={search.text}
        onTextChange={search.setText}
        plans={(plans.data ?? []).filter((plan) => plan.status !== 'draft')}
        planId={search.planId}
        onPlanChange={search.setPlanId}
        access={search.access}
        onAccessChange={search.setAccess}
      />
      <QueryState query={rows} label="sub-accounts">
        {(data) => (
          <>
            <div className="card table-card" aria-busy={rows.isPlaceholderData}>
              <table className="table">
                <caption className="sr-only">Sub-accounts</caption>
                <thead>
                  <tr>
                    <th scope="col">Sub-account</th>
                    <th scope="col">Plan</th>
                    <th scope="col">Billing</th>
                    <th scope="col">Access</th>
                    <th scope="col" className="num">
                      Users
                    </th>
                    <th scope="col" className="actions-cell">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map(({ subAccount, users, currentPlan, billingBadge }) => {
                    const owner = users.find((u) => u.status === 'approved') ?? users[0];
                    const running = subAccount.subscription !== null && !isEnded(subAccount.subscription.status);
                    return (
                      <tr key={subAccount.id} data-testid={`row-${subAccount.id}`}>
                        <td>
                          <Link href={`/users/${subAccount.id}`} className="row-title">
                            {subAccount.name}
                          </Link>
                          {owner ? <div className="muted small">{owner.email}</div> : null}
                        </td>
                        <td>
                          {currentPlan && running ? (
                            <>
                              <div>{currentPlan.name}</div>
                              <div className="muted small">
                                {planPrice(currentPlan)} ·{' '}
                                {currentPlan.paymentType === 'offline' ? 'Offline' : 'Stripe'}
                              </div>
                            </>
                          ) : currentPlan ? (
                            <>
                              <div>Free</div>
                              <div className="muted small">{currentPlan.name} assigned</div>
                            </>
                          ) : (
                            <span>Free</span>
                          )}
                        </td>
                        <td>
                          {billingBadge === 'inactive' && running ? (
                            // Incomplete and paused subscriptions have no billing badge; say which.
                            <Badge variant="neutral">{statusLabel(subAccount.subscription?.status ?? '')}</Badge>
                          ) : (
                            <BillingStatus value={billingBadge} />
                          )}
                          {subAccount.subscription?.status === 'trialing' && subAccount.subscription.trialEnd ? (
                            <div className="muted small">Trial ends {formatDate(subAccount.subscription.trialEnd)}</div>
                          ) : null}
                          {subAccount.subscription?.scheduledChange ? (
                            <div className="muted small">
                              Changes to {subAccount.subscription.scheduledChange.targetTerms.name}
                            </div>
                          ) : null}
                        </td>
                        <td>
                          {subAccount.status === 'blocked' ? (
                            <Badge variant="danger">Blocked</Badge>
                          ) : (
                            <Badge variant="neutral">Active</Badge>
                          )}
                        </td>
                        <td className="num">{users.length}</td>
                        <td className="actions-cell">
                          <Menu
                            label={`More actions for ${subAccount.name}`}
                            items={[
                              { label: 'Open billing', onSelect: () => navigate(`/users/${subAccount.id}`) },
                              ...(changePlanOn
                                ? [
                                    {
                                      label: 'Change plan',
                                      onSelect: () => setChanging(subAccount.id),
                                    },
                                  ]
                                : []),
                            ]}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {data.items.length === 0 ? <p className="table-empty">No sub-account matches this search.</p> : null}
            </div>
            <Pager
              label="Sub-accounts"
              pageIndex={search.pageIndex}
              shown={data.items.length}
              total={data.total}
              limit={search.limit}
              onLimitChange={search.setLimit}
              hasNext={data.nextCursor !== null && !rows.isPlaceholderData}
              onPrevious={search.previous}
              onNext={() => {
                if (data.nextCursor !== null) search.next(data.nextCursor);
              }}
            />
          </>
        )}
      </QueryState>
      <FailedDeliveries />
      {changing ? (
        <ChangePlanAction
          subAccountId={changing}
          open
          onOpenChange={(open) => {
            if (!open) setChanging(null);
          }}
        />
      ) : null}
    </>
  );
}

function isEnded(status: string): boolean {
  return status === 'canceled' || status === 'incomplete_expired';
}

function statusLabel(status: string): string {
  return status === 'incomplete' ? 'Incomplete' : status === 'paused' ? 'Paused' : 'No subscription';
}
