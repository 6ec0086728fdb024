// Sub-account: Billing. The client's own subscription card, its invoices and payment requests (Pay
// now) and its credit balance.
import { useSubAccount } from '@plankit/sdk/react';
import { BillingDocuments } from '../components/BillingDocuments';
import { usePeriodEndTarget } from '../components/ClockControl';
import { QueryState } from '../components/QueryState';
import { SubscriptionPanel } from '../components/SubscriptionPanel';

export function MyBilling({ subAccountId }: { subAccountId: string }) {
  const detail = useSubAccount(subAccountId);
  usePeriodEndTarget(detail.data?.subAccount.subscription?.periodEnd);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Billing</h1>
          <p className="page-lede">Your plan, usage, invoices and credit.</p>
        </div>
      </div>
      <QueryState query={detail} label="your billing">
        {(data) => (
          <>
            <SubscriptionPanel detail={data} canManage={false} />
            <BillingDocuments subAccountId={subAccountId} agency={false} />
          </>
        )}
      </QueryState>
    </>
  );
}
