// Query keys. Everything starts with 'plankit', so a host can clear the kit's cache in one call;
// the second element is the area, so one mutation can invalidate exactly what it changed.
import type { ChangeTiming } from '@plankit/rules';

export const plankitKeys = {
  all: ['plankit'] as const,
  me: () => ['plankit', 'me'] as const,
  myNotifications: (locale: string) => ['plankit', 'me', 'notifications', locale] as const,
  failedDeliveries: () => ['plankit', 'notifications', 'failed'] as const,
  plans: () => ['plankit', 'plans'] as const,
  /** Every page of Manage Users (prefix). */
  subAccounts: () => ['plankit', 'sub-accounts', 'list'] as const,
  subAccountPage: (search: {
    q: string;
    planId: string | null;
    status: string | null;
    cursor: string | null;
    limit: number | null;
  }) => ['plankit', 'sub-accounts', 'list', search] as const,
  subAccountDetail: (subAccountId: string) => ['plankit', 'sub-accounts', 'detail', subAccountId] as const,
  changePlanContext: (subAccountId: string) => ['plankit', 'sub-accounts', 'change-plan', subAccountId] as const,
  /** Every preview of a sub-account (prefix). */
  previews: (subAccountId: string) => ['plankit', 'sub-accounts', 'preview', subAccountId] as const,
  preview: (subAccountId: string, targetPlanId: string, timing: ChangeTiming | null) =>
    ['plankit', 'sub-accounts', 'preview', subAccountId, targetPlanId, timing] as const,
  subscriptionItems: (subAccountId: string) => ['plankit', 'sub-accounts', 'items', subAccountId] as const,
  /** Every item quote of a sub-account (prefix). */
  itemPreviews: (subAccountId: string) => ['plankit', 'sub-accounts', 'item-preview', subAccountId] as const,
  seatPreview: (subAccountId: string, quantity: number) =>
    ['plankit', 'sub-accounts', 'item-preview', subAccountId, 'seats', quantity] as const,
  addOnPreview: (subAccountId: string, group: string, addOnId: string | null) =>
    ['plankit', 'sub-accounts', 'item-preview', subAccountId, 'add-on', group, addOnId] as const,
  packPreview: (subAccountId: string, packId: string) =>
    ['plankit', 'sub-accounts', 'item-preview', subAccountId, 'pack', packId] as const,
  /** Every page of a sub-account's invoices (prefix). */
  invoicesOf: (subAccountId: string) => ['plankit', 'sub-accounts', 'invoices', subAccountId] as const,
  invoices: (subAccountId: string, page: { cursor: string | null; limit: number | null }) =>
    ['plankit', 'sub-accounts', 'invoices', subAccountId, page] as const,
  invoice: (invoiceId: string) => ['plankit', 'invoices', invoiceId] as const,
  subAccountCredit: (subAccountId: string) => ['plankit', 'sub-accounts', 'credit', subAccountId] as const,
  agencyCredit: () => ['plankit', 'agency', 'credit'] as const,
  /** Every sub-account's numbers (prefix). */
  allSubAccountNumbers: () => ['plankit', 'sub-accounts', 'numbers'] as const,
  subAccountNumbers: (subAccountId: string) => ['plankit', 'sub-accounts', 'numbers', subAccountId] as const,
  numberPool: () => ['plankit', 'numbers', 'pool'] as const,
  /** Every eligible-users search (prefix). */
  allEligibleUsers: () => ['plankit', 'numbers', 'eligible-users'] as const,
  eligibleUsersOf: (numberId: string) => ['plankit', 'numbers', 'eligible-users', numberId] as const,
  eligibleUsers: (numberId: string, search: { q: string; cursor: string | null; limit: number | null }) =>
    ['plankit', 'numbers', 'eligible-users', numberId, search] as const,
  checkout: (checkoutId: string) => ['plankit', 'checkouts', checkoutId] as const,
  devUsers: () => ['plankit', 'dev', 'users'] as const,
  clock: () => ['plankit', 'dev', 'clock'] as const,
};

export type PlankitQueryKey = ReturnType<(typeof plankitKeys)[Exclude<keyof typeof plankitKeys, 'all'>]>;
