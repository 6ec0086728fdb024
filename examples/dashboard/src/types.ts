// Domain types as the sdk's client returns them (the host imports only public entry points).
import type { PlankitClient, SubAccountDetail } from '@plankit/sdk';

export type Plan = Awaited<ReturnType<PlankitClient['listPlans']>>[number];
export type Me = Awaited<ReturnType<PlankitClient['getMe']>>;
export type Subscription = NonNullable<SubAccountDetail['subAccount']['subscription']>;
export type BillingBadgeValue = SubAccountDetail['billingBadge'];
