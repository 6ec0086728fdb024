// Mutation option factories and the invalidation map: what each mutation changes on the server,
// and so which queries it invalidates (and nothing else).

import { mutationOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { PlankitClient } from '../client/types';
import type {
  BuyNumberRequest,
  BuyPackRequest,
  ChangeAddOnRequest,
  ChangePlanInput,
  ChangePlanResult,
  ChangeSeatsRequest,
  Checkout,
  InvoiceView,
  ItemChangeResult,
  PayInvoiceResult,
  PhoneNumberView,
  StartSubscriptionResult,
  SubAccountDetail,
} from '../contract';
import { type IntentKeys, keyPerCall } from './intent-keys';
import { plankitKeys } from './keys';

export type ChangePlanVariables = { readonly subAccountId: string } & ChangePlanInput;
export type ChangeSeatsVariables = { readonly subAccountId: string } & ChangeSeatsRequest;
export type ChangeAddOnVariables = { readonly subAccountId: string } & ChangeAddOnRequest;
export type BuyPackVariables = { readonly subAccountId: string } & BuyPackRequest;
export interface SubAccountVariables {
  readonly subAccountId: string;
}
export interface AssignPlanVariables {
  readonly subAccountId: string;
  readonly planId: string;
}
export interface NumberVariables {
  readonly numberId: string;
}
export interface AssignNumberVariables {
  readonly numberId: string;
  readonly userId: string;
}
export interface StartCheckoutVariables {
  readonly numberId: string;
  /** Where the provider sends the payer back. */
  readonly returnUrl: string;
}

export interface InvoiceVariables {
  readonly invoiceId: string;
}
export interface MarkInvoicePaidVariables {
  readonly invoiceId: string;
  /** The bank transfer's reference. */
  readonly reference: string;
}

const subAccountBilling = (subAccountId: string): QueryKey[] => [
  plankitKeys.subAccountDetail(subAccountId),
  plankitKeys.changePlanContext(subAccountId),
  plankitKeys.previews(subAccountId),
  plankitKeys.subAccounts(),
  plankitKeys.invoicesOf(subAccountId),
  plankitKeys.subAccountCredit(subAccountId),
];

// An item change moves the renewal amount, the items, the invoices and (credit for unused time) the balance.
const itemsChanged = (subAccountId: string): QueryKey[] => [
  ...subAccountBilling(subAccountId),
  plankitKeys.subscriptionItems(subAccountId),
  plankitKeys.itemPreviews(subAccountId),
];

const invoiceChanged = (invoice: InvoiceView): QueryKey[] => [
  ...subAccountBilling(invoice.subAccountId),
  plankitKeys.invoice(invoice.id),
];

const numberOwner = (number: PhoneNumberView): QueryKey =>
  number.assignedTo === null
    ? plankitKeys.allSubAccountNumbers()
    : plankitKeys.subAccountNumbers(number.assignedTo.subAccountId);

/**
 * What each mutation invalidates. A plan change or a started subscription also changes who is
 * eligible for a number and at what monthly price (the plan's phone number price), hence the
 * eligible-user searches.
 */
export const invalidations = {
  // An offline upgrade's credit comes out of the agency's pool.
  changePlan: (v: ChangePlanVariables, _r: ChangePlanResult): QueryKey[] => [
    ...subAccountBilling(v.subAccountId),
    plankitKeys.allEligibleUsers(),
    plankitKeys.agencyCredit(),
  ],
  changeSeats: (v: ChangeSeatsVariables, _r: ItemChangeResult): QueryKey[] => itemsChanged(v.subAccountId),
  changeAddOn: (v: ChangeAddOnVariables, _r: ItemChangeResult): QueryKey[] => itemsChanged(v.subAccountId),
  // A pack fills the add-on wallet (held in the items) or the credit balance; an offline plan's
  // credit comes out of the agency's pool.
  buyPack: (v: BuyPackVariables, _r: ItemChangeResult): QueryKey[] => [
    ...itemsChanged(v.subAccountId),
    plankitKeys.agencyCredit(),
  ],
  cancelScheduledChange: (v: SubAccountVariables, _r: SubAccountDetail): QueryKey[] =>
    subAccountBilling(v.subAccountId),
  assignPlan: (v: AssignPlanVariables, _r: SubAccountDetail): QueryKey[] => subAccountBilling(v.subAccountId),
  startSubscription: (v: SubAccountVariables, _r: StartSubscriptionResult): QueryKey[] => [
    ...subAccountBilling(v.subAccountId),
    plankitKeys.allEligibleUsers(),
  ],
  // Settling or voiding a request moves the badge, the banner, the list and (credit) the balance.
  payInvoice: (_v: InvoiceVariables, r: PayInvoiceResult): QueryKey[] => invoiceChanged(r.invoice),
  markInvoicePaid: (_v: MarkInvoicePaidVariables, r: InvoiceView): QueryKey[] => invoiceChanged(r),
  voidInvoice: (_v: InvoiceVariables, r: InvoiceView): QueryKey[] => invoiceChanged(r),
  buyNumber: (_v: BuyNumberRequest, _r: PhoneNumberView): QueryKey[] => [plankitKeys.numberPool()],
  assignNumber: (v: AssignNumberVariables, r: PhoneNumberView): QueryKey[] => [
    plankitKeys.numberPool(),
    plankitKeys.eligibleUsersOf(v.numberId),
    numberOwner(r),
  ],
  // The answer no longer names the old owner, so every sub-account's number list is refreshed.
  unassignNumber: (v: NumberVariables, _r: PhoneNumberView): QueryKey[] => [
    plankitKeys.numberPool(),
    plankitKeys.eligibleUsersOf(v.numberId),
    plankitKeys.allSubAccountNumbers(),
  ],
  releaseNumber: (_v: NumberVariables, r: PhoneNumberView): QueryKey[] => [plankitKeys.numberPool(), numberOwner(r)],
  // Starting a checkout changes no number yet; its answer seeds the checkout query instead.
  startCheckout: (_v: StartCheckoutVariables, _r: Checkout): QueryKey[] => [],
  // Moving the clock can renew, downgrade and release anything.
  advanceClock: (_v: { readonly advanceSeconds: number }, _r: unknown): QueryKey[] => [plankitKeys.all],
} as const;

/** Invalidate the keys and wait for the active queries among them to refetch. */
export async function invalidate(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

interface KeyedMutation<V, R> {
  readonly name: keyof typeof invalidations;
  /** Sends the request with this intent's Idempotency-Key. */
  readonly send: (variables: V, idempotencyKey: string) => Promise<R>;
  /** What the mutation changed (its row in `invalidations`). */
  readonly invalidates: (variables: V, result: R) => readonly QueryKey[];
  /** Puts the answer straight into the cache, before the invalidated queries refetch. */
  readonly seed?: (queryClient: QueryClient, variables: V, result: R) => void;
}

// What every mutation that moves money or state shares: one key per user intent (reused on a
// retry or a double click, released on success), then exactly the queries it changed.
function keyedMutationOptions<V, R>(queryClient: QueryClient, intent: IntentKeys, mutation: KeyedMutation<V, R>) {
  return mutationOptions({
    mutationKey: ['plankit', mutation.name],
    mutationFn: (variables: V) => mutation.send(variables, intent.key(variables)),
    onSuccess: (result: R, variables: V) => {
      intent.done(variables);
      mutation.seed?.(queryClient, variables, result);
      return invalidate(queryClient, mutation.invalidates(variables, result));
    },
  });
}

const seedSubAccountDetail = (queryClient: QueryClient, v: SubAccountVariables, result: SubAccountDetail) =>
  queryClient.setQueryData(plankitKeys.subAccountDetail(v.subAccountId), result);

export function changePlanMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'changePlan',
    send: ({ subAccountId, ...input }: ChangePlanVariables, idempotencyKey) =>
      client.changePlan(subAccountId, input, { idempotencyKey }),
    invalidates: invalidations.changePlan,
  });
}

const seedItems = (queryClient: QueryClient, v: SubAccountVariables, result: ItemChangeResult) =>
  queryClient.setQueryData(plankitKeys.subscriptionItems(v.subAccountId), result.items);

export function changeSeatsMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'changeSeats',
    send: ({ subAccountId, ...request }: ChangeSeatsVariables, idempotencyKey) =>
      client.changeSeats(subAccountId, request, { idempotencyKey }),
    invalidates: invalidations.changeSeats,
    seed: seedItems,
  });
}

export function changeAddOnMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'changeAddOn',
    send: ({ subAccountId, ...request }: ChangeAddOnVariables, idempotencyKey) =>
      client.changeAddOn(subAccountId, request, { idempotencyKey }),
    invalidates: invalidations.changeAddOn,
    seed: seedItems,
  });
}

export function buyPackMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'buyPack',
    send: ({ subAccountId, ...request }: BuyPackVariables, idempotencyKey) =>
      client.buyPack(subAccountId, request, { idempotencyKey }),
    invalidates: invalidations.buyPack,
    seed: seedItems,
  });
}

export function cancelScheduledChangeMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'cancelScheduledChange',
    send: (v: SubAccountVariables, idempotencyKey) => client.cancelScheduledChange(v.subAccountId, { idempotencyKey }),
    invalidates: invalidations.cancelScheduledChange,
    seed: seedSubAccountDetail,
  });
}

export function assignPlanMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'assignPlan',
    send: (v: AssignPlanVariables, idempotencyKey) =>
      client.assignPlan(v.subAccountId, { planId: v.planId }, { idempotencyKey }),
    invalidates: invalidations.assignPlan,
    seed: seedSubAccountDetail,
  });
}

export function startSubscriptionMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'startSubscription',
    send: (v: SubAccountVariables, idempotencyKey) => client.startSubscription(v.subAccountId, { idempotencyKey }),
    invalidates: invalidations.startSubscription,
  });
}

export function payInvoiceMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'payInvoice',
    send: (v: InvoiceVariables, idempotencyKey) => client.payInvoice(v.invoiceId, { idempotencyKey }),
    invalidates: invalidations.payInvoice,
    seed: (qc, _v, result) => qc.setQueryData(plankitKeys.invoice(result.invoice.id), result.invoice),
  });
}

export function markInvoicePaidMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'markInvoicePaid',
    send: (v: MarkInvoicePaidVariables, idempotencyKey) =>
      client.markInvoicePaid(v.invoiceId, v.reference, { idempotencyKey }),
    invalidates: invalidations.markInvoicePaid,
    seed: (qc, _v, result) => qc.setQueryData(plankitKeys.invoice(result.id), result),
  });
}

export function voidInvoiceMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'voidInvoice',
    send: (v: InvoiceVariables, idempotencyKey) => client.voidInvoice(v.invoiceId, { idempotencyKey }),
    invalidates: invalidations.voidInvoice,
    seed: (qc, _v, result) => qc.setQueryData(plankitKeys.invoice(result.id), result),
  });
}

export function buyNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'buyNumber',
    send: (v: BuyNumberRequest, idempotencyKey) => client.buyNumber(v, { idempotencyKey }),
    invalidates: invalidations.buyNumber,
  });
}

export function assignNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'assignNumber',
    send: (v: AssignNumberVariables, idempotencyKey) =>
      client.assignNumber(v.numberId, { userId: v.userId }, { idempotencyKey }),
    invalidates: invalidations.assignNumber,
  });
}

export function unassignNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'unassignNumber',
    send: (v: NumberVariables, idempotencyKey) => client.unassignNumber(v.numberId, { idempotencyKey }),
    invalidates: invalidations.unassignNumber,
  });
}

export function releaseNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'releaseNumber',
    send: (v: NumberVariables, idempotencyKey) => client.releaseNumber(v.numberId, { idempotencyKey }),
    invalidates: invalidations.releaseNumber,
  });
}

export function startCheckoutMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return keyedMutationOptions(queryClient, intent, {
    name: 'startCheckout',
    send: (v: StartCheckoutVariables, idempotencyKey) =>
      client.startCheckout(v.numberId, { returnUrl: v.returnUrl }, { idempotencyKey }),
    invalidates: invalidations.startCheckout,
    seed: (qc, _v, result) => qc.setQueryData(plankitKeys.checkout(result.id), result),
  });
}

export function advanceClockMutationOptions(client: PlankitClient, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: ['plankit', 'advanceClock'],
    mutationFn: (variables: { readonly advanceSeconds: number }) => client.advanceClock(variables.advanceSeconds),
    onSuccess: (result, variables) => invalidate(queryClient, invalidations.advanceClock(variables, result)),
  });
}
