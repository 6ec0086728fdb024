// What the routes need from a billing provider. Routes and services call only this interface, so a
// Stripe provider can be added beside `local` without touching them. State of the plan itself
// (subscriptions, numbers) is written by the services; a provider moves money and records it.
import type {
  ItemChangeKind,
  ItemLine,
  Money,
  PhoneNumber,
  ProrationLine,
  ScheduledChange,
  Subscription,
} from '@plankit/rules';
import type { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import type { InvoiceRecord } from '../store/invoices';
import type { SubAccountRecord } from '../store/sub-accounts';

/** An invoice or payment request the provider created. */
export interface InvoiceRef {
  readonly id: string;
  readonly url: string;
  readonly amount: Money;
  /** Paid at once (a card on file that pays), or open (a payment request). */
  readonly status: 'paid' | 'open';
}

/** Every call runs inside the request's transaction at the request's instant. */
export interface BillingContext {
  readonly tx: Queryable;
  readonly now: Date;
  readonly agencyId: string;
}

export interface StartSubscriptionInput {
  readonly subAccount: SubAccountRecord;
  readonly subscription: Subscription;
  /** The first period's fee; null when the recurring fee is off. */
  readonly amount: Money | null;
}

export interface ImmediateChangeInput {
  readonly subAccount: SubAccountRecord;
  readonly from: Subscription | null;
  readonly to: Subscription;
  /** Exactly what the quote said is due now (zero when nothing is). */
  readonly amountDue: Money;
  readonly lines: readonly ProrationLine[];
  /** The quote's instant: Stripe's `proration_date`. */
  readonly prorationAt: Date;
  /** Added to the sub-account's credit balance (offline upgrade credit, or unused Stripe time). */
  readonly credit: Money;
  /** Offline credits come out of the agency's pool. */
  readonly creditFromAgencyPool: boolean;
  /** The sub-account's credit balance after the change, as the rules computed it: what is stored. */
  readonly creditBalance: Money | null;
  /** The agency's pool as the rules read it and after their debit; null when no tracked pool moves. */
  readonly creditPool: { readonly before: Money; readonly after: Money } | null;
}

export interface ItemChargeInput {
  readonly subAccount: SubAccountRecord;
  /** The subscription before the change (its version is the quoted one). */
  readonly subscription: Subscription;
  readonly kind: ItemChangeKind;
  /** Exactly what the quote said is due now (> 0). */
  readonly amount: Money;
  /** The quote's lines, one or two per item; a pack's one line. */
  readonly lines: readonly ItemLine[];
  /** The quote's instant: Stripe's `proration_date`. */
  readonly prorationAt: Date;
  /** A card charge now, or an offline payment request (a pack on an offline plan). */
  readonly collection: 'card' | 'payment_request';
}

export interface ScheduleChangeInput {
  readonly subAccount: SubAccountRecord;
  readonly subscription: Subscription;
  readonly change: ScheduledChange;
}

export interface RenewalInput {
  readonly subAccount: SubAccountRecord;
  readonly subscription: Subscription;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** The period's fee; null when the recurring fee is off. */
  readonly charge: Money | null;
}

export interface NumberCheckoutInput {
  readonly number: PhoneNumber;
  readonly subAccountId: string;
  readonly amount: Money;
  readonly returnUrl: string;
}

export interface NumberCheckout {
  readonly id: string;
  readonly url: string;
  /** Where the payer returns: the first start's, for as long as the checkout is open. */
  readonly returnUrl: string;
}

export type CheckoutOutcome = 'complete' | 'declined';

export interface PayInvoiceInput {
  readonly invoice: InvoiceRecord;
  /** The sub-account user paying (audited). */
  readonly payerUserId: string;
}

export interface PayInvoiceOutcome {
  /** Paid now (the card on file), or still open until the payer finishes on `redirectUrl`. */
  readonly paid: boolean;
  readonly redirectUrl: string | null;
}

export interface BillingProvider {
  readonly name: string;
  /** Routes the provider serves outside /v1 without a bearer token (Stripe: its signed webhook). */
  readonly webhookRoutes?: ((deps: ServerDeps) => Hono<AppEnv>) | undefined;
  /** Apply one stored inbound event (the `stripe_event` job); resolves with what it did. */
  readonly applyWebhookEvent?: ((deps: ServerDeps, tx: Queryable, event: unknown) => Promise<string>) | undefined;
  /** Charge the first period. Refuses (throws ApiError) when a fee is due and the payment fails. */
  startSubscription(ctx: BillingContext, input: StartSubscriptionInput): Promise<InvoiceRef | null>;
  /** Charge and credit an immediate plan change exactly as quoted. Refuses when the payment fails. */
  applyImmediateChange(ctx: BillingContext, input: ImmediateChangeInput): Promise<InvoiceRef | null>;
  /** Charge a seat or add-on change, or a pack, exactly as quoted; refuses when the payment fails. */
  chargeItems(ctx: BillingContext, input: ItemChargeInput): Promise<InvoiceRef | null>;
  /** A change that applies at period end (Stripe: a subscription schedule). */
  scheduleChange(ctx: BillingContext, input: ScheduleChangeInput): Promise<void>;
  cancelScheduledChange(ctx: BillingContext, input: ScheduleChangeInput): Promise<void>;
  /** Invoice a new period. A failed payment leaves the invoice open (billing badge shows it). */
  renewSubscription(ctx: BillingContext, input: RenewalInput): Promise<InvoiceRef | null>;
  /**
   * A sub-account user pays an open invoice or request. Local: the card on file, refused with
   * payment_method_required when there is none or it declines. Stripe: its hosted invoice page.
   */
  payInvoice(ctx: BillingContext, input: PayInvoiceInput): Promise<PayInvoiceOutcome>;
  /** The agency buys a number: the first month's telco cost is charged to the agency. */
  buyNumber(ctx: BillingContext, input: { readonly number: PhoneNumber }): Promise<void>;
  /** Start paying for an assigned number; the payer completes it on `url`. */
  startNumberCheckout(ctx: BillingContext, input: NumberCheckoutInput): Promise<NumberCheckout>;
  /** Record the outcome of a number checkout (the local page, or a provider's webhook). */
  settleNumberCheckout(
    ctx: BillingContext,
    input: { readonly checkoutId: string; readonly outcome: CheckoutOutcome },
  ): Promise<void>;
  /** Bill an active number's next month. */
  renewNumber(ctx: BillingContext, input: { readonly number: PhoneNumber; readonly periodEnd: Date }): Promise<void>;
  /** Stop billing a number: at period end (release) or now without refund (unassign). */
  cancelNumberSubscription(
    ctx: BillingContext,
    input: { readonly number: PhoneNumber; readonly at: 'period_end' | 'now' },
  ): Promise<void>;
}
