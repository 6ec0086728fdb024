'use client';

// Invoices, payment requests and credit
export { type DocumentAction, invoiceActions } from './billing/actions';
export { CreditBalance, type CreditBalanceProps } from './billing/CreditBalance';
export type { InvoiceMutationOptions } from './billing/data';
export { InvoiceDetail, type InvoiceDetailProps } from './billing/InvoiceDetail';
export { InvoiceLines } from './billing/InvoiceLines';
export { InvoiceList, type InvoiceListProps } from './billing/InvoiceList';
export { InvoiceStatusBadge } from './billing/InvoiceStatusBadge';
export { MarkPaidForm, type MarkPaidFormProps } from './billing/MarkPaidForm';
export { REFERENCE_MAX_LENGTH, type ReferenceProblem, referenceProblem } from './billing/reference';
export { type CreditBalanceState, useCreditBalance } from './billing/useCreditBalance';
export { type InvoiceActionsState, type InvoiceHandlers, useInvoiceActions } from './billing/useInvoiceActions';
export { type InvoiceDetailOptions, type InvoiceDetailState, useInvoiceDetail } from './billing/useInvoiceDetail';
export { type InvoiceListOptions, type InvoiceListState, useInvoiceList } from './billing/useInvoiceList';
export type { BillingViewer } from './billing/viewer';
// Change plan
export type { ChangePlanDialogProps } from './change-plan/ChangePlanDialog';
export { CurrentPlan, type CurrentPlanProps } from './change-plan/CurrentPlan';
export { describeFailure, type FailureView } from './change-plan/errors';
export { Blockers, type BlockersProps, ImpactSummary, type ImpactSummaryProps } from './change-plan/ImpactSummary';
export { ChangePlanDialog } from './change-plan/LazyChangePlanDialog';
export { type ChangePlanBackend, ChangePlanBackendProvider } from './change-plan/provider';
export { ScheduledChangeBanner, type ScheduledChangeBannerProps } from './change-plan/ScheduledChangeBanner';
export { changePlanSuccessMessage } from './change-plan/successMessage';
export {
  type ChangePlanFailedRequest,
  type ChangePlanState,
  type ChangePlanStep,
  type UseChangePlanStateOptions,
  useChangePlanState,
} from './change-plan/useChangePlanState';
// Foundations
export { Badge, type BadgeProps, type BadgeVariant } from './components/Badge';
export { Button, type ButtonProps, type ButtonVariant } from './components/Button';
export {
  Dialog,
  DialogClose,
  DialogContent,
  type DialogContentProps,
  type DialogProps,
  DialogTrigger,
} from './components/Dialog';
export type { DialogControlProps } from './components/DialogControl';
export { LiveRegion, type LiveRegionProps } from './components/LiveRegion';
export { MoneyText, type MoneyTextProps } from './components/MoneyText';
export { Notice, type NoticeProps, type NoticeVariant } from './components/Notice';
export { PlanPicker, type PlanPickerProps, planPriceLabel } from './components/PlanPicker';
export { type ControllableStateOptions, useControllableState } from './hooks/useControllableState';
export {
  type PlankitTheme,
  type PlankitUIContextValue,
  PlankitUIProvider,
  type PlankitUIProviderProps,
  usePlankitUI,
} from './i18n/context';
export { createTranslator, type TranslationValues, type Translator, useT } from './i18n/useT';
export { en, type MessageKey, type MessageOverrides, type Messages } from './messages/en';
// Phone numbers
export type { AssignNumberDialogProps } from './numbers/AssignNumberDialog';
export type { PlankitBackend } from './numbers/backend';
export { AssignNumberDialog } from './numbers/LazyAssignNumberDialog';
export { PayToActivate } from './numbers/LazyPayToActivate';
export type { PayToActivateProps } from './numbers/PayToActivate';
export { formatPhoneNumber, NumberAttachments, NumberStateBadge, NumberSummary } from './numbers/parts';
export { ReleaseNumberDialog, type ReleaseNumberDialogProps } from './numbers/ReleaseNumberDialog';
export { UnassignNumberDialog, type UnassignNumberDialogProps } from './numbers/UnassignNumberDialog';
export { UserCombobox, type UserComboboxProps } from './numbers/UserCombobox';
export { type AssignNumberState, type AssignNumberStep, useAssignNumberState } from './numbers/useAssignNumberState';
export { type NumberActionState, useReleaseNumberState, useUnassignNumberState } from './numbers/useNumberActionState';
export {
  type CheckoutMode,
  type PayToActivateState,
  type PayToActivateStep,
  usePayToActivate,
} from './numbers/usePayToActivate';
export { composeEventHandlers, composeRefs } from './primitives/compose';
export { Slot, type SlotProps } from './primitives/Slot';
export { plankitStyles, plankitStylesInLayer } from './styles';
// Plans and subscriptions
export { PlanBadges, type PlanBadgesProps, usePlanBadges } from './subscription/PlanBadges';
export { StartSubscriptionDialog, type StartSubscriptionDialogProps } from './subscription/StartSubscriptionDialog';
export {
  type BannerRequest,
  BillingBadgeView,
  SubscriptionCard,
  type SubscriptionCardProps,
} from './subscription/SubscriptionCard';
export {
  type StartSubscriptionState,
  type StartSubscriptionStep,
  useStartSubscriptionState,
} from './subscription/useStartSubscriptionState';
export {
  type SubscriptionCardState,
  type SubscriptionCardView,
  subscriptionCardView,
  useSubscriptionCard,
} from './subscription/useSubscriptionCard';
