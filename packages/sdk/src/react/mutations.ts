// Mutation option factories and the invalidation map: what each mutation changes on the server,
// and so which queries it invalidates (and nothing else).

import { mutationOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { PlankitClient } from '../client/types';
import type {
  BuyNumberRequest,
  ChangePlanInput,
  ChangePlanResult,
  Checkout,
  PhoneNumberView,
  StartSubscriptionResult,
  SubAccountDetail,
} from '../contract';
import { type IntentKeys, keyPerCall } from './intent-keys';
import { plankitKeys } from './keys';

export type ChangePlanVariables = { readonly subAccountId: string } & ChangePlanInput;
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

const subAccountBilling = (subAccountId: string): QueryKey[] => [
  plankitKeys.subAccountDetail(subAccountId),
  plankitKeys.changePlanContext(subAccountId),
  plankitKeys.previews(subAccountId),
  plankitKeys.subAccounts(),
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
  changePlan: (v: ChangePlanVariables, _r: ChangePlanResult): QueryKey[] => [
    ...subAccountBilling(v.subAccountId),
    plankitKeys.allEligibleUsers(),
  ],
  cancelScheduledChange: (v: SubAccountVariables, _r: SubAccountDetail): QueryKey[] =>
    subAccountBilling(v.subAccountId),
  assignPlan: (v: AssignPlanVariables, _r: SubAccountDetail): QueryKey[] => subAccountBilling(v.subAccountId),
  startSubscription: (v: SubAccountVariables, _r: StartSubscriptionResult): QueryKey[] => [
    ...subAccountBilling(v.subAccountId),
    plankitKeys.allEligibleUsers(),
  ],
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

export function changePlanMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'changePlan'],
    mutationFn: ({ subAccountId, ...input }: ChangePlanVariables) =>
      client.changePlan(subAccountId, input, { idempotencyKey: intent.key({ subAccountId, ...input }) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      return invalidate(queryClient, invalidations.changePlan(variables, result));
    },
  });
}

export function cancelScheduledChangeMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'cancelScheduledChange'],
    mutationFn: (variables: SubAccountVariables) =>
      client.cancelScheduledChange(variables.subAccountId, { idempotencyKey: intent.key(variables) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      queryClient.setQueryData(plankitKeys.subAccountDetail(variables.subAccountId), result);
      return invalidate(queryClient, invalidations.cancelScheduledChange(variables, result));
    },
  });
}

export function assignPlanMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'assignPlan'],
    mutationFn: (variables: AssignPlanVariables) =>
      client.assignPlan(
        variables.subAccountId,
        { planId: variables.planId },
        { idempotencyKey: intent.key(variables) },
      ),
    onSuccess: (result, variables) => {
      intent.done(variables);
      queryClient.setQueryData(plankitKeys.subAccountDetail(variables.subAccountId), result);
      return invalidate(queryClient, invalidations.assignPlan(variables, result));
    },
  });
}

export function startSubscriptionMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'startSubscription'],
    mutationFn: (variables: SubAccountVariables) =>
      client.startSubscription(variables.subAccountId, { idempotencyKey: intent.key(variables) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      return invalidate(queryClient, invalidations.startSubscription(variables, result));
    },
  });
}

export function buyNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'buyNumber'],
    mutationFn: (variables: BuyNumberRequest) => client.buyNumber(variables, { idempotencyKey: intent.key(variables) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      return invalidate(queryClient, invalidations.buyNumber(variables, result));
    },
  });
}

export function assignNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'assignNumber'],
    mutationFn: (variables: AssignNumberVariables) =>
      client.assignNumber(variables.numberId, { userId: variables.userId }, { idempotencyKey: intent.key(variables) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      return invalidate(queryClient, invalidations.assignNumber(variables, result));
    },
  });
}

export function unassignNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'unassignNumber'],
    mutationFn: (variables: NumberVariables) =>
      client.unassignNumber(variables.numberId, { idempotencyKey: intent.key(variables) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      return invalidate(queryClient, invalidations.unassignNumber(variables, result));
    },
  });
}

export function releaseNumberMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'releaseNumber'],
    mutationFn: (variables: NumberVariables) =>
      client.releaseNumber(variables.numberId, { idempotencyKey: intent.key(variables) }),
    onSuccess: (result, variables) => {
      intent.done(variables);
      return invalidate(queryClient, invalidations.releaseNumber(variables, result));
    },
  });
}

export function startCheckoutMutationOptions(
  client: PlankitClient,
  queryClient: QueryClient,
  intent: IntentKeys = keyPerCall,
) {
  return mutationOptions({
    mutationKey: ['plankit', 'startCheckout'],
    mutationFn: (variables: StartCheckoutVariables) =>
      client.startCheckout(
        variables.numberId,
        { returnUrl: variables.returnUrl },
        { idempotencyKey: intent.key(variables) },
      ),
    onSuccess: (result, variables) => {
      intent.done(variables);
      queryClient.setQueryData(plankitKeys.checkout(result.id), result);
    },
  });
}

export function advanceClockMutationOptions(client: PlankitClient, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: ['plankit', 'advanceClock'],
    mutationFn: (variables: { readonly advanceSeconds: number }) => client.advanceClock(variables.advanceSeconds),
    onSuccess: (result, variables) => invalidate(queryClient, invalidations.advanceClock(variables, result)),
  });
}
