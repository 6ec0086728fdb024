// The endpoint table: one entry per operation, used by the client, the reference server and the
// OpenAPI generator, so the three cannot disagree on a method, a path or a body.
import { CHANGE_PLAN_REASON_CODES, ITEM_REASON_CODES } from '@plankit/rules';
import type * as z from 'zod/mini';
import {
  ChangePlanContext,
  ChangePlanRequest,
  ChangePlanResult,
  PlanChangePreview,
  PreviewRequest,
} from './change-plan';
import { AdvanceClockRequest, Clock, DevUserList } from './dev';
import type { ErrorCode } from './errors';
import {
  CreditBalanceView,
  CreditPoolView,
  InvoicePage,
  InvoicesQuery,
  InvoiceView,
  MarkInvoicePaidRequest,
  PayInvoiceRequest,
  PayInvoiceResult,
  VoidInvoiceRequest,
} from './invoices';
import {
  AddOnChangePreviewRequest,
  BuyPackRequest,
  ChangeAddOnRequest,
  ChangeSeatsRequest,
  ItemChangePreview,
  ItemChangeResult,
  PackPurchasePreviewRequest,
  SeatChangePreviewRequest,
  SubscriptionItems,
} from './items';
import { Me } from './me';
import { FailedDeliveryList, NotificationList, NotificationsQuery } from './notifications';
import {
  AssignNumberRequest,
  BuyNumberRequest,
  Checkout,
  CheckoutRequest,
  EligibleUserPage,
  EligibleUsersQuery,
  PhoneNumberView,
  PhoneNumberViewList,
} from './numbers';
import { PlanList } from './plans';
import {
  AssignPlanRequest,
  EmptyRequest,
  StartSubscriptionResult,
  SubAccountDetail,
  SubAccountPage,
  SubAccountsQuery,
} from './sub-accounts';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpointList,
} from './webhook-endpoints';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** `'/v1/numbers/:id/assign'` → `'id'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export interface Endpoint<
  M extends HttpMethod = HttpMethod,
  P extends string = string,
  Q extends z.ZodMiniType | null = z.ZodMiniType | null,
  B extends z.ZodMiniType | null = z.ZodMiniType | null,
  R extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly method: M;
  /** Path template; `:name` segments are path parameters. */
  readonly path: P;
  readonly params: readonly PathParamNames<P>[];
  /** Query string schema (all values strings); null when the endpoint takes none. */
  readonly query: Q;
  /** JSON request body schema; null when the endpoint takes no body. */
  readonly body: B;
  /** The 200 response body schema. */
  readonly response: R;
  /** Changes nothing on the server (GETs, and the preview); the client retries it freely. */
  readonly safe: boolean;
  /** A mutation that takes an `Idempotency-Key`; the client may retry it with the same key. */
  readonly idempotent: boolean;
  /** `bearer` needs `Authorization: Bearer <token>`. */
  readonly auth: 'bearer' | 'none';
  /** Served by the reference server in development only. */
  readonly dev: boolean;
  readonly summary: string;
  /**
   * Every error code the endpoint can answer: the ones any endpoint of its kind has (see
   * `endpoint`) and its own refusals. The OpenAPI document lists them; the server's tests hold it to them.
   */
  readonly errors: readonly ErrorCode[];
}

// Pending users are refused every call but two reads; agency endpoints refuse sub-account users.
const SIGNED_IN = ['user_not_approved'] as const satisfies readonly ErrorCode[];
const AGENCY = [...SIGNED_IN, 'not_agency_member'] as const satisfies readonly ErrorCode[];
const CHANGE_PLAN = CHANGE_PLAN_REASON_CODES.filter((code) => code !== 'not_agency_member' && code !== 'quote_expired');
const ITEM_PREVIEW = [
  ...ITEM_REASON_CODES,
  'feature_disabled',
  'sub_account_blocked',
  'not_created_by_agency',
  'subscription_not_changeable',
  'open_invoice',
  'currency_mismatch',
] as const satisfies readonly ErrorCode[];
const ITEM_CONFIRM = [
  ...ITEM_PREVIEW,
  'quote_expired',
  'payment_method_required',
  'card_declined',
  'insufficient_agency_credit',
] as const satisfies readonly ErrorCode[];

/** The codes every endpoint of a kind answers, from its method, auth, path and keying. */
function commonErrors(def: {
  readonly method: HttpMethod;
  readonly dev: boolean;
  readonly auth: Endpoint['auth'];
  readonly idempotent: boolean;
  readonly params: readonly string[];
}): ErrorCode[] {
  const codes: ErrorCode[] = ['invalid_request'];
  if (def.auth === 'bearer') codes.push('unauthenticated');
  if (def.params.length > 0) codes.push('not_found');
  // Outside development the route is not served: behind the token check, then unknown.
  if (def.dev) codes.push('unauthenticated', 'not_found');
  if (def.idempotent) codes.push('idempotency_key_reused');
  if (def.method !== 'GET') codes.push('concurrent_update');
  codes.push('internal_error');
  return codes;
}

function endpoint<
  const M extends HttpMethod,
  const P extends string,
  Q extends z.ZodMiniType | null,
  B extends z.ZodMiniType | null,
  R extends z.ZodMiniType,
>(
  def: Omit<Endpoint<M, P, Q, B, R>, 'params' | 'safe' | 'idempotent' | 'auth' | 'dev' | 'errors'> &
    Partial<Pick<Endpoint, 'auth' | 'dev' | 'safe'>> & {
      /** The endpoint's own codes, beside the common ones of its kind. */
      readonly errors?: readonly ErrorCode[];
    },
): Endpoint<M, P, Q, B, R> {
  const params = [...def.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]) as PathParamNames<P>[];
  const auth = def.auth ?? 'bearer';
  const idempotent = def.method !== 'GET' && def.safe !== true && def.dev !== true;
  const common = commonErrors({ method: def.method, dev: def.dev === true, auth, idempotent, params });
  return {
    dev: false,
    ...def,
    auth,
    params,
    safe: def.safe ?? def.method === 'GET',
    idempotent,
    errors: [...new Set([...common, ...(def.errors ?? [])])],
  };
}

export const endpoints = {
  getMe: endpoint({ method: 'GET', path: '/v1/me', query: null, body: null, response: Me, summary: 'Who is calling' }),
  listMyNotifications: endpoint({
    method: 'GET',
    path: '/v1/me/notifications',
    query: NotificationsQuery,
    body: null,
    response: NotificationList,
    errors: SIGNED_IN,
    summary: "The caller's delivered notifications, newest first",
  }),
  listFailedDeliveries: endpoint({
    method: 'GET',
    path: '/v1/notifications/failed-deliveries',
    query: null,
    body: null,
    response: FailedDeliveryList,
    errors: AGENCY,
    summary: "Notifications to the agency's users whose delivery failed, with the last error",
  }),
  listPlans: endpoint({
    method: 'GET',
    path: '/v1/plans',
    query: null,
    body: null,
    response: PlanList,
    errors: AGENCY,
    summary: "The agency's whole plan catalog, every status",
  }),
  listSubAccounts: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts',
    query: SubAccountsQuery,
    body: null,
    response: SubAccountPage,
    errors: AGENCY,
    summary: 'Manage Users: the sub-accounts with their users, plan and billing badge (searched, paged)',
  }),
  getSubAccount: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts/:id',
    query: null,
    body: null,
    response: SubAccountDetail,
    summary: "A sub-account's Billing tab: subscription card data",
  }),
  getChangePlanContext: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts/:id/change-plan',
    query: null,
    body: null,
    response: ChangePlanContext,
    errors: AGENCY,
    summary: 'Everything the change-plan dialog needs',
  }),
  previewPlanChange: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/change-plan/preview',
    query: null,
    body: PreviewRequest,
    response: PlanChangePreview,
    // A read that needs a body: it changes nothing, so it takes no key and retries like a GET.
    safe: true,
    errors: [...AGENCY, ...CHANGE_PLAN],
    summary: 'A quote-locked billing impact of changing to a plan',
  }),
  changePlan: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/change-plan',
    query: null,
    body: ChangePlanRequest,
    response: ChangePlanResult,
    errors: [...AGENCY, ...CHANGE_PLAN, 'quote_expired', 'card_declined'],
    summary: 'Confirm a quoted plan change',
  }),
  getSubscriptionItems: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts/:id/items',
    query: null,
    body: null,
    response: SubscriptionItems,
    errors: AGENCY,
    summary: 'Seats, add-ons and packs: what the subscription holds and what the agency sells',
  }),
  previewSeatChange: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/seats/preview',
    query: null,
    body: SeatChangePreviewRequest,
    response: ItemChangePreview,
    safe: true,
    errors: [...AGENCY, ...ITEM_PREVIEW],
    summary: 'A quote-locked preview of a new seat quantity, line by line',
  }),
  changeSeats: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/seats',
    query: null,
    body: ChangeSeatsRequest,
    response: ItemChangeResult,
    errors: [...AGENCY, ...ITEM_CONFIRM],
    summary: 'Confirm a quoted seat change',
  }),
  previewAddOnChange: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/add-ons/preview',
    query: null,
    body: AddOnChangePreviewRequest,
    response: ItemChangePreview,
    safe: true,
    errors: [...AGENCY, ...ITEM_PREVIEW],
    summary: "A quote-locked preview of adding, changing or removing a group's add-on",
  }),
  changeAddOn: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/add-ons',
    query: null,
    body: ChangeAddOnRequest,
    response: ItemChangeResult,
    errors: [...AGENCY, ...ITEM_CONFIRM],
    summary: 'Confirm a quoted add-on change',
  }),
  previewPackPurchase: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/packs/preview',
    query: null,
    body: PackPurchasePreviewRequest,
    response: ItemChangePreview,
    safe: true,
    errors: [...AGENCY, ...ITEM_PREVIEW],
    summary: 'A quote-locked preview of buying a minute or credit pack (charged in full, never prorated)',
  }),
  buyPack: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/packs',
    query: null,
    body: BuyPackRequest,
    response: ItemChangeResult,
    errors: [...AGENCY, ...ITEM_CONFIRM],
    summary: 'Confirm a quoted pack purchase',
  }),
  cancelScheduledChange: endpoint({
    method: 'DELETE',
    path: '/v1/sub-accounts/:id/scheduled-change',
    query: null,
    body: null,
    response: SubAccountDetail,
    errors: [...AGENCY, 'subscription_not_changeable'],
    summary: 'Cancel the plan change waiting for period end',
  }),
  assignPlan: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/assigned-plan',
    query: null,
    body: AssignPlanRequest,
    response: SubAccountDetail,
    errors: [...AGENCY, 'plan_not_active', 'sub_account_blocked'],
    summary: 'Assign a billing plan (not yet started)',
  }),
  startSubscription: endpoint({
    method: 'POST',
    path: '/v1/sub-accounts/:id/subscription',
    query: null,
    body: EmptyRequest,
    response: StartSubscriptionResult,
    errors: [...AGENCY, 'plan_not_active', 'sub_account_blocked', 'payment_method_required', 'card_declined'],
    summary: 'Start a subscription on the assigned plan',
  }),
  listInvoices: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts/:id/invoices',
    query: InvoicesQuery,
    body: null,
    response: InvoicePage,
    errors: SIGNED_IN,
    summary: "A sub-account's invoices and payment requests, newest first (paged)",
  }),
  getInvoice: endpoint({
    method: 'GET',
    path: '/v1/invoices/:id',
    query: null,
    body: null,
    response: InvoiceView,
    errors: SIGNED_IN,
    summary: 'One invoice or payment request: lines, status, due and Blocked instants, what paid it, hosted link',
  }),
  payInvoice: endpoint({
    method: 'POST',
    path: '/v1/invoices/:id/pay',
    query: null,
    body: PayInvoiceRequest,
    response: PayInvoiceResult,
    errors: [...SIGNED_IN, 'not_sub_account_user', 'invoice_not_open', 'payment_method_required', 'card_declined'],
    summary: "The sub-account's users pay an open invoice or request by card (or on the provider's hosted page)",
  }),
  markInvoicePaid: endpoint({
    method: 'POST',
    path: '/v1/invoices/:id/mark-paid',
    query: null,
    body: MarkInvoicePaidRequest,
    response: InvoiceView,
    errors: [...AGENCY, 'invoice_not_open', 'invoice_not_offline'],
    summary: 'The agency records a bank transfer received for an open payment request',
  }),
  voidInvoice: endpoint({
    method: 'POST',
    path: '/v1/invoices/:id/void',
    query: null,
    body: VoidInvoiceRequest,
    response: InvoiceView,
    errors: [...AGENCY, 'invoice_not_open', 'invoice_not_offline'],
    summary: 'The agency voids an open payment request (a void request never blocks)',
  }),
  getSubAccountCredit: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts/:id/credit',
    query: null,
    body: null,
    response: CreditBalanceView,
    errors: SIGNED_IN,
    summary: "A sub-account's credit balance and its movements",
  }),
  getAgencyCredit: endpoint({
    method: 'GET',
    path: '/v1/agency/credit',
    query: null,
    body: null,
    response: CreditPoolView,
    errors: AGENCY,
    summary: "The agency's credit pool and its movements",
  }),
  listNumbers: endpoint({
    method: 'GET',
    path: '/v1/numbers',
    query: null,
    body: null,
    response: PhoneNumberViewList,
    errors: AGENCY,
    summary: "The agency's number pool",
  }),
  buyNumber: endpoint({
    method: 'POST',
    path: '/v1/numbers',
    query: null,
    body: BuyNumberRequest,
    response: PhoneNumberView,
    errors: [...AGENCY, 'card_declined', 'insufficient_agency_credit'],
    summary: "Buy a number into the pool (the first month's telco cost is charged to the agency)",
  }),
  listEligibleUsers: endpoint({
    method: 'GET',
    path: '/v1/numbers/:id/eligible-users',
    query: EligibleUsersQuery,
    body: null,
    response: EligibleUserPage,
    errors: AGENCY,
    summary: 'Users the number can be assigned to (search and paging)',
  }),
  assignNumber: endpoint({
    method: 'POST',
    path: '/v1/numbers/:id/assign',
    query: null,
    body: AssignNumberRequest,
    response: PhoneNumberView,
    errors: [
      ...AGENCY,
      'number_not_unassigned',
      'number_linked_to_agent',
      'sub_account_blocked',
      'user_not_approved',
      'user_subscription_inactive',
      'currency_mismatch',
      'illegal_transition',
    ],
    summary: 'Assign a pool number to a user (pending payment)',
  }),
  unassignNumber: endpoint({
    method: 'POST',
    path: '/v1/numbers/:id/unassign',
    query: null,
    body: EmptyRequest,
    response: PhoneNumberView,
    errors: [...AGENCY, 'illegal_transition'],
    summary: 'Take a number back now (no refund)',
  }),
  releaseNumber: endpoint({
    method: 'POST',
    path: '/v1/numbers/:id/release',
    query: null,
    body: EmptyRequest,
    response: PhoneNumberView,
    errors: [...SIGNED_IN, 'illegal_transition'],
    summary: 'Release an active number at period end (no refund)',
  }),
  startCheckout: endpoint({
    method: 'POST',
    path: '/v1/numbers/:id/checkout',
    query: null,
    body: CheckoutRequest,
    response: Checkout,
    errors: [...SIGNED_IN, 'illegal_transition'],
    summary: 'Start paying for a pending number',
  }),
  getCheckout: endpoint({
    method: 'GET',
    path: '/v1/checkouts/:id',
    query: null,
    body: null,
    response: Checkout,
    errors: SIGNED_IN,
    summary: "A checkout's status and its number",
  }),
  listSubAccountNumbers: endpoint({
    method: 'GET',
    path: '/v1/sub-accounts/:id/numbers',
    query: null,
    body: null,
    response: PhoneNumberViewList,
    errors: SIGNED_IN,
    summary: "A sub-account's numbers",
  }),
  listDevUsers: endpoint({
    method: 'GET',
    path: '/v1/dev/users',
    query: null,
    body: null,
    response: DevUserList,
    auth: 'none',
    dev: true,
    summary: 'The seeded users and their tokens (development only)',
  }),
  getClock: endpoint({
    method: 'GET',
    path: '/v1/dev/clock',
    query: null,
    body: null,
    response: Clock,
    auth: 'none',
    dev: true,
    summary: "The server's clock (development only)",
  }),
  advanceClock: endpoint({
    method: 'POST',
    path: '/v1/dev/clock',
    query: null,
    body: AdvanceClockRequest,
    response: Clock,
    auth: 'none',
    dev: true,
    summary: 'Move the clock forward; renewals and period-end effects run (development only)',
  }),
  listWebhookEndpoints: endpoint({
    method: 'GET',
    path: '/v1/webhook-endpoints',
    query: null,
    body: null,
    response: WebhookEndpointList,
    errors: AGENCY,
    summary: "The agency's webhook endpoints",
  }),
  createWebhookEndpoint: endpoint({
    method: 'POST',
    path: '/v1/webhook-endpoints',
    query: null,
    body: CreateWebhookEndpointRequest,
    response: CreatedWebhookEndpoint,
    errors: AGENCY,
    summary: "Register an endpoint for the agency's events; its signing secret is in this answer only",
  }),
  deleteWebhookEndpoint: endpoint({
    method: 'DELETE',
    path: '/v1/webhook-endpoints/:id',
    query: null,
    body: null,
    response: WebhookEndpointList,
    errors: AGENCY,
    summary: 'Stop sending to an endpoint (its delivery log stays)',
  }),
  listWebhookDeliveries: endpoint({
    method: 'GET',
    path: '/v1/webhook-endpoints/:id/deliveries',
    query: null,
    body: null,
    response: WebhookDeliveryList,
    errors: AGENCY,
    summary: "An endpoint's deliveries, newest first, each with every attempt",
  }),
  replayWebhookDelivery: endpoint({
    method: 'POST',
    path: '/v1/webhook-endpoints/:id/deliveries/:deliveryId/replay',
    query: null,
    body: EmptyRequest,
    response: WebhookDelivery,
    errors: AGENCY,
    summary: 'Send a delivery again now, with the same event id',
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

/** The request body of an endpoint as the wire carries it (`undefined` when it takes none). */
export type RequestBodyOf<N extends EndpointName> = Endpoints[N]['body'] extends z.ZodMiniType
  ? z.input<Endpoints[N]['body']>
  : undefined;
/** The response body of an endpoint as the wire carries it. */
export type ResponseBodyOf<N extends EndpointName> = z.input<Endpoints[N]['response']>;
/** The request model of an endpoint: what its schema decodes the body to. */
export type RequestModelOf<N extends EndpointName> = Endpoints[N]['body'] extends z.ZodMiniType
  ? z.output<Endpoints[N]['body']>
  : undefined;
/** The response model of an endpoint: what its schema decodes the body to. */
export type ResponseModelOf<N extends EndpointName> = z.output<Endpoints[N]['response']>;
/** The path parameters of an endpoint. */
export type PathParamsOf<N extends EndpointName> = { readonly [K in Endpoints[N]['params'][number]]: string };

/** Fill a path template: `('/v1/numbers/:id', { id: 'n 1' })` → `'/v1/numbers/n%201'`. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

/** All endpoint names, in table order. */
export const endpointNames = Object.keys(endpoints) as EndpointName[];
