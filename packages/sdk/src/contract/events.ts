// Events the server sends to a host's webhook endpoint. Each is written in the same transaction as
// the change it reports; `id` is stable across retries and replays, so a receiver dedupes on it.
import * as z from 'zod/mini';
import { Id, InstantIso as Instant, Money } from './primitives';

/** An event id: `evt_` and 32 hex digits. */
export const EventId = z.string().check(z.regex(/^evt_[0-9a-f]{32}$/));

const SubscriptionRef = {
  subAccountId: Id,
  subscriptionId: Id,
};

export const SubscriptionStartedData = z.object({
  ...SubscriptionRef,
  planId: Id,
  status: z.string(),
  periodStart: Instant,
  periodEnd: Instant,
  /** The plan's fee per period; null on a free plan. */
  price: z.nullable(Money),
});

export const SubscriptionPlanChangedData = z.object({
  ...SubscriptionRef,
  fromPlanId: Id,
  toPlanId: Id,
  effectiveAt: Instant,
});

export const SubscriptionChangeScheduledData = z.object({
  ...SubscriptionRef,
  fromPlanId: Id,
  toPlanId: Id,
  /** When the change takes effect (the period end). */
  effectiveAt: Instant,
});

export const SubscriptionCanceledData = z.object({
  ...SubscriptionRef,
  planId: Id,
  canceledAt: Instant,
});

export const InvoiceEventData = z.object({
  invoiceId: Id,
  subAccountId: z.nullable(Id),
  subscriptionId: z.nullable(Id),
  phoneNumberId: z.nullable(Id),
  /** What it bills: `subscription_start`, `renewal`, `plan_change`, `number`, ... */
  kind: z.string(),
  status: z.enum(['draft', 'open', 'paid', 'void', 'uncollectible']),
  amount: Money,
  createdAt: Instant,
  paidAt: z.nullable(Instant),
});

const NumberRef = {
  numberId: Id,
  e164: z.string(),
};

export const NumberAssignedData = z.object({
  ...NumberRef,
  subAccountId: Id,
  userId: Id,
  monthlyPrice: Money,
});

export const NumberActivatedData = z.object({
  ...NumberRef,
  subAccountId: Id,
  userId: Id,
  /** The paid month ends here; the number renews then. */
  periodEnd: Instant,
});

/** A released number went back to the agency's pool at its period end. */
export const NumberReleasedData = z.object({
  ...NumberRef,
  subAccountId: z.nullable(Id),
  userId: z.nullable(Id),
});

/** The agency took the number back now. */
export const NumberUnassignedData = z.object({
  ...NumberRef,
  subAccountId: Id,
  userId: Id,
});

function event<const T extends string, D extends z.ZodMiniType>(type: T, data: D) {
  return z.object({ id: EventId, type: z.literal(type), createdAt: Instant, agencyId: Id, data });
}

export const SubscriptionStartedEvent = event('subscription.started', SubscriptionStartedData);
export const SubscriptionPlanChangedEvent = event('subscription.plan_changed', SubscriptionPlanChangedData);
export const SubscriptionChangeScheduledEvent = event('subscription.change_scheduled', SubscriptionChangeScheduledData);
export const SubscriptionCanceledEvent = event('subscription.canceled', SubscriptionCanceledData);
export const InvoiceCreatedEvent = event('invoice.created', InvoiceEventData);
export const InvoicePaidEvent = event('invoice.paid', InvoiceEventData);
export const NumberAssignedEvent = event('number.assigned', NumberAssignedData);
export const NumberActivatedEvent = event('number.activated', NumberActivatedData);
export const NumberReleasedEvent = event('number.released', NumberReleasedData);
export const NumberUnassignedEvent = event('number.unassigned', NumberUnassignedData);

/** Every event schema by its type; the OpenAPI document's `webhooks` lists these. */
export const eventSchemas = {
  'subscription.started': SubscriptionStartedEvent,
  'subscription.plan_changed': SubscriptionPlanChangedEvent,
  'subscription.change_scheduled': SubscriptionChangeScheduledEvent,
  'subscription.canceled': SubscriptionCanceledEvent,
  'invoice.created': InvoiceCreatedEvent,
  'invoice.paid': InvoicePaidEvent,
  'number.assigned': NumberAssignedEvent,
  'number.activated': NumberActivatedEvent,
  'number.released': NumberReleasedEvent,
  'number.unassigned': NumberUnassignedEvent,
} as const;

export type EventType = keyof typeof eventSchemas;
export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

/** Any event, told apart by `type`. */
export const WebhookEvent = z.discriminatedUnion('type', [
  SubscriptionStartedEvent,
  SubscriptionPlanChangedEvent,
  SubscriptionChangeScheduledEvent,
  SubscriptionCanceledEvent,
  InvoiceCreatedEvent,
  InvoicePaidEvent,
  NumberAssignedEvent,
  NumberActivatedEvent,
  NumberReleasedEvent,
  NumberUnassignedEvent,
]);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** The `data` of an event of this type, as sent. */
export type EventData<T extends EventType> = z.infer<(typeof eventSchemas)[T]>['data'];
