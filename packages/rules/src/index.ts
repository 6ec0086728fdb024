// @plankit/rules: every public name, listed. Helpers (BigInt rounding, the preview's steps) stay
// internal; English text is in `@plankit/rules/messages`, Intl formatting in `@plankit/rules/format`.

export { type BillingBadge, type BillingBadgeInput, billingBadge, paymentDeadlines } from './billing-badge';
export {
  type CancelNowPolicy,
  type CancelOutcome,
  type CancelPolicy,
  type CancelPreview,
  type CancelStops,
  type CancelSubscriptionInput,
  type CancelTiming,
  cancelSubscription,
  type PreviewCancelInput,
  previewCancel,
  resumeSubscription,
} from './cancel';
export { CAP_KINDS, type CanAddResourceInput, canAddResource, overLimits } from './caps';
export {
  type ApplyPlanChangeInput,
  applyPlanChange,
  type CancelScheduledChangeInput,
  cancelScheduledChange,
  type PlanChangeOutcome,
} from './change-plan/apply';
export { comparePlans, type PlanComparison } from './change-plan/compare';
export { type ConfirmedPlanChange, type ConfirmPlanChangeInput, confirmPlanChange } from './change-plan/confirm';
export {
  type PlanChangeContext,
  type PlanChangeContextInput,
  type PlanChangePermission,
  type PublicChangePlanPolicy,
  planChangeContext,
} from './change-plan/context';
export { type ChangePlanEligibilityInput, changePlanEligibility } from './change-plan/eligibility';
export {
  CHANGE_PLAN_MESSAGE_KEYS,
  type ChangePlanMessage,
  type ChangePlanMessageKey,
  planOptionsEmptyMessage,
  scheduledChangeMessage,
} from './change-plan/messages';
export {
  comparePlanOrder,
  type PlanOption,
  type PlanOptions,
  type PlanOptionsEmptyReason,
  type PlanOptionsInput,
  planOptions,
} from './change-plan/options';
export { type PreviewPlanChangeInput, previewPlanChange } from './change-plan/preview';
export { type VerifyQuoteInput, verifyQuote } from './change-plan/quote';
export { currencyExponent, isIsoCurrency, iso4217 } from './currencies';
export { isRulesError, RulesError, type RulesErrorCode, type RulesErrorParams } from './errors';
export { type ApplyCreditInput, applyCredit, type CreditApplication } from './invoices/credit';
export { type InvoiceLine, linesTotal, type RenewalLinesInput, renewalLines } from './invoices/lines';
export { INVOICE_MESSAGE_KEYS, type InvoiceMessageKey } from './invoices/messages';
export { type PaymentState, paymentState } from './invoices/payment-state';
export {
  INVOICE_STATUSES,
  type InvoiceStatus,
  type RequestDeadlines,
  type RequestStanding,
  requestDeadlines,
  requestStage,
  SETTLEMENTS,
  type Settlement,
} from './invoices/status';
export { ITEM_MESSAGE_KEYS, type ItemMessageKey } from './items/messages';
export {
  type AddOnChangeInput,
  billableSeats,
  defaultItemPolicy,
  type ItemsState,
  type PackPurchaseInput,
  previewAddOnChange,
  previewPackPurchase,
  previewSeatChange,
  renewalAmount,
  type SeatChangeInput,
} from './items/preview';
export type {
  AddOn,
  ItemChangeKind,
  ItemChangePreview,
  ItemLine,
  ItemPolicy,
  ItemRef,
  Pack,
  SeatPricing,
} from './items/types';
export { ITEM_CHANGE_KINDS } from './items/types';
export {
  add,
  allocate,
  applyRate,
  assertSameCurrency,
  compare,
  equals,
  isZero,
  max,
  min,
  money,
  moneyFromDecimal,
  moneyIn,
  multiplyRatio,
  negate,
  rate,
  subtract,
  sum,
  toDecimalString,
  zero,
} from './money';
export {
  type BuyNumberInput,
  buyNumber,
  type Candidate,
  checkAssignable,
  type EligibleUsersInput,
  eligibleUsers,
  NUMBER_EVENT_TYPES,
  NUMBER_STATES,
  type NumberEvent,
  type NumberEventType,
  type NumberMonthlyPrice,
  type NumberMonthlyPriceInput,
  type NumberTransition,
  numberMonthlyPrice,
  type TransitionNumberInput,
  transitionNumber,
  type UserEligibilityInput,
  userEligibility,
} from './numbers';
export {
  addIntervals,
  compareIntervals,
  intervalNominalDays,
  intervalNominalMicroDays,
  type Period,
  periodContaining,
  periodFrom,
  secondsBetween,
  unixSeconds,
} from './periods';
export {
  type IntervalLabelKey,
  type IntervalShortLabelKey,
  intervalLabel,
  intervalShortLabel,
  type PlanBadge,
  type PlanMessageKey,
  planBadgeMessage,
  planBadges,
  validatePlan,
} from './plans';
export { defaultPolicy, resolvePolicy } from './policy';
export {
  comparePricePerDay,
  type PricePerInterval,
  type ProrateInput,
  type Proration,
  prorate,
  prorationSeconds,
} from './proration';
export { type ExplainProrationInput, explainProration, prorationLine } from './proration-lines';
export { isRefusal, refuse } from './reasons';
export {
  isChangeableStatus,
  isFree,
  MAX_RENEWALS,
  type Renewal,
  type RenewedSubscription,
  type RenewSubscriptionInput,
  renewSubscription,
  type StartedSubscription,
  type StartSubscriptionInput,
  startSubscription,
} from './subscription';
export {
  type Actor,
  type Agency,
  CANCEL_REASON_CODES,
  type CapKind,
  type Caps,
  CHANGE_PLAN_REASON_CODES,
  type ChangePlanPolicy,
  type ChangeTiming,
  COMMON_REASON_CODES,
  type CurrencyTable,
  IMPACT_KINDS,
  type ImmediatePreview,
  type ImpactKind,
  type Interval,
  type IntervalUnit,
  ITEM_REASON_CODES,
  type MessageRef,
  type MessageValue,
  type Money,
  NUMBER_REASON_CODES,
  type NumberAssignment,
  type NumberCapability,
  type NumberState,
  type OverLimit,
  PAYMENT_REASON_CODES,
  type PaymentType,
  type PhoneNumber,
  type Plan,
  type PlanChangePreview,
  type PlanStatus,
  type PreviewResult,
  type ProrationArithmetic,
  type ProrationLine,
  type ProrationTimeUnit,
  type Rate,
  REASON_CODES,
  type ReasonCode,
  type Refusal,
  type ResourceCounts,
  type ScheduledChange,
  type ScheduledPreview,
  SUBSCRIPTION_STATUSES,
  type SubAccount,
  type SubAccountStatus,
  type SubAccountUser,
  type SubAccountUserStatus,
  type Subscription,
  type SubscriptionStatus,
  type Usage,
} from './types';
export { addOnPacksAllowed, type UsageSplit, type UsageSplitInput, usageSplit } from './usage';
