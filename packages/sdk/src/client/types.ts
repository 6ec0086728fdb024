// The client's public surface. Components depend on `PlankitClient`, so Storybook and tests can
// supply an in-memory implementation.
import type { Plan, PlanChangePreview } from '@plankit/rules';
import type {
  AddOnChangePreviewRequest,
  AssignNumberRequest,
  AssignPlanRequest,
  BuyNumberRequest,
  BuyPackRequest,
  ChangeAddOnRequest,
  ChangePlanContext,
  ChangePlanInput,
  ChangePlanResult,
  ChangeSeatsRequest,
  Checkout,
  CheckoutRequest,
  Clock,
  CreditBalanceView,
  CreditPoolView,
  DevUser,
  EligibleUserPage,
  FailedDelivery,
  InvoicePage,
  InvoiceView,
  ItemChangePreview,
  ItemChangeResult,
  Me,
  NotificationLocale,
  NotificationView,
  PackPurchasePreviewRequest,
  PayInvoiceResult,
  PhoneNumberView,
  PreviewRequest,
  SeatChangePreviewRequest,
  StartSubscriptionResult,
  SubAccountDetail,
  SubAccountPage,
  SubscriptionItems,
} from '../contract';

export interface ReadOptions {
  /** Cancels the call (React Query passes one). The original AbortError is thrown. */
  readonly signal?: AbortSignal | undefined;
}

export interface MutationOptions extends ReadOptions {
  /**
   * One key per user intent: pass the same key to repeat an intent safely (the server replays its
   * stored answer). Default: a new random key for this call, reused by its own retries.
   */
  readonly idempotencyKey?: string | undefined;
}

export interface EligibleUsersParams {
  /** Search text (name or email). */
  readonly q?: string | undefined;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string | null | undefined;
  /** Page size, 1–100. Default the server's (20). */
  readonly limit?: number | undefined;
}

export interface SubAccountsParams {
  /** Search text: the sub-account's name, a user's name or email, or the plan's name. */
  readonly q?: string | undefined;
  /** Only the sub-accounts on this plan (running, or assigned and not yet started). */
  readonly planId?: string | undefined;
  /** Only the sub-accounts with this access status. */
  readonly status?: 'active' | 'blocked' | undefined;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string | null | undefined;
  /** Page size, 1–100. Default the server's (20). */
  readonly limit?: number | undefined;
}

export interface InvoicesParams {
  /** `nextCursor` of the previous page. */
  readonly cursor?: string | null | undefined;
  /** Page size, 1–100. Default the server's (20). */
  readonly limit?: number | undefined;
}

export interface PlankitClient {
  getMe(options?: ReadOptions): Promise<Me>;
  /** The caller's delivered notifications in `locale` (default en), newest first. */
  listMyNotifications(locale?: NotificationLocale, options?: ReadOptions): Promise<NotificationView[]>;
  /** Agency members: deliveries to the agency's users that failed, with the last error. */
  listFailedDeliveries(options?: ReadOptions): Promise<FailedDelivery[]>;
  listPlans(options?: ReadOptions): Promise<Plan[]>;
  /** Manage Users: one page of the agency's sub-accounts, searched on the server. */
  listSubAccounts(params?: SubAccountsParams, options?: ReadOptions): Promise<SubAccountPage>;
  getSubAccount(subAccountId: string, options?: ReadOptions): Promise<SubAccountDetail>;
  getChangePlanContext(subAccountId: string, options?: ReadOptions): Promise<ChangePlanContext>;
  previewPlanChange(subAccountId: string, request: PreviewRequest, options?: ReadOptions): Promise<PlanChangePreview>;
  changePlan(subAccountId: string, input: ChangePlanInput, options?: MutationOptions): Promise<ChangePlanResult>;
  /** Seats, add-ons and packs: what the subscription holds and what the agency sells. */
  getSubscriptionItems(subAccountId: string, options?: ReadOptions): Promise<SubscriptionItems>;
  /** A quote-locked preview of a new seat quantity (included seats counted). */
  previewSeatChange(
    subAccountId: string,
    request: SeatChangePreviewRequest,
    options?: ReadOptions,
  ): Promise<ItemChangePreview>;
  /** Confirm a seat quote: send its quantity, `quotedAt` and `quotedVersion` as previewed. */
  changeSeats(subAccountId: string, request: ChangeSeatsRequest, options?: MutationOptions): Promise<ItemChangeResult>;
  /** A quote-locked preview of adding, changing or (`addOnId: null`) removing a group's add-on. */
  previewAddOnChange(
    subAccountId: string,
    request: AddOnChangePreviewRequest,
    options?: ReadOptions,
  ): Promise<ItemChangePreview>;
  changeAddOn(subAccountId: string, request: ChangeAddOnRequest, options?: MutationOptions): Promise<ItemChangeResult>;
  /** A quote-locked preview of buying a pack: charged in full, never prorated. */
  previewPackPurchase(
    subAccountId: string,
    request: PackPurchasePreviewRequest,
    options?: ReadOptions,
  ): Promise<ItemChangePreview>;
  buyPack(subAccountId: string, request: BuyPackRequest, options?: MutationOptions): Promise<ItemChangeResult>;
  cancelScheduledChange(subAccountId: string, options?: MutationOptions): Promise<SubAccountDetail>;
  assignPlan(subAccountId: string, request: AssignPlanRequest, options?: MutationOptions): Promise<SubAccountDetail>;
  startSubscription(subAccountId: string, options?: MutationOptions): Promise<StartSubscriptionResult>;
  /** A sub-account's invoices and payment requests, newest first. */
  listInvoices(subAccountId: string, params?: InvoicesParams, options?: ReadOptions): Promise<InvoicePage>;
  getInvoice(invoiceId: string, options?: ReadOptions): Promise<InvoiceView>;
  /** The sub-account's users: pay an open invoice or request (card on file, or the provider's page). */
  payInvoice(invoiceId: string, options?: MutationOptions): Promise<PayInvoiceResult>;
  /** The agency: record a bank transfer received for an open payment request. */
  markInvoicePaid(invoiceId: string, reference: string, options?: MutationOptions): Promise<InvoiceView>;
  /** The agency: void an open payment request. */
  voidInvoice(invoiceId: string, options?: MutationOptions): Promise<InvoiceView>;
  getSubAccountCredit(subAccountId: string, options?: ReadOptions): Promise<CreditBalanceView>;
  /** Agency members: the agency's credit pool. */
  getAgencyCredit(options?: ReadOptions): Promise<CreditPoolView>;
  listNumbers(options?: ReadOptions): Promise<PhoneNumberView[]>;
  buyNumber(request: BuyNumberRequest, options?: MutationOptions): Promise<PhoneNumberView>;
  listEligibleUsers(numberId: string, params?: EligibleUsersParams, options?: ReadOptions): Promise<EligibleUserPage>;
  assignNumber(numberId: string, request: AssignNumberRequest, options?: MutationOptions): Promise<PhoneNumberView>;
  unassignNumber(numberId: string, options?: MutationOptions): Promise<PhoneNumberView>;
  releaseNumber(numberId: string, options?: MutationOptions): Promise<PhoneNumberView>;
  startCheckout(numberId: string, request: CheckoutRequest, options?: MutationOptions): Promise<Checkout>;
  getCheckout(checkoutId: string, options?: ReadOptions): Promise<Checkout>;
  listSubAccountNumbers(subAccountId: string, options?: ReadOptions): Promise<PhoneNumberView[]>;
  /** Development servers only: the seeded users and their tokens. */
  listDevUsers(options?: ReadOptions): Promise<DevUser[]>;
  /** Development servers only: the server's clock. */
  getClock(options?: ReadOptions): Promise<Clock>;
  /** Development servers only: move the clock forward (never retried). */
  advanceClock(advanceSeconds: number, options?: ReadOptions): Promise<Clock>;
}

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number | undefined;
  /** Delay before retry `attempt` (1-based), in ms. Default 300 × 2^(attempt − 1). */
  readonly delayMs?: ((attempt: number) => number) | undefined;
  /** Upper bound of one delay, in ms. Default 5000. */
  readonly maxDelayMs?: number | undefined;
}

export interface PlankitClientOptions {
  /** Where the contract is served, e.g. `https://api.example.com` (paths start with `/v1`). */
  readonly baseUrl: string;
  /** Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch | undefined;
  /** Headers for every call, e.g. `{ Authorization: 'Bearer …' }`; called before each call. */
  readonly getHeaders?: (() => HeadersInit | Promise<HeadersInit>) | undefined;
  /** Time allowed for one attempt, headers and body, in ms. Default 15000. */
  readonly timeoutMs?: number | undefined;
  /**
   * Reads retry on network failures, timeouts, 408, 429 and 5xx; mutations (always keyed) retry
   * on network failures and 5xx only, with the same key; 4xx is never retried. `false` = never.
   */
  readonly retry?: RetryOptions | false | undefined;
}
