// Notifications delivered to the caller (read from the delivered outbox rows), and, for the agency,
// deliveries that failed and are being retried.
import * as z from 'zod/mini';
import type { Model } from './codec';
import { Id, Instant } from './primitives';

export const NotificationKind = z.enum([
  'number_pending_activation',
  'number_unassigned',
  'number_released',
  'payment_past_due',
  'payment_blocked',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationLocale = z.enum(['en', 'de']);
export type NotificationLocale = z.infer<typeof NotificationLocale>;

export const NotificationsQuery = z.object({ locale: z.optional(NotificationLocale) });
export type NotificationsQuery = z.infer<typeof NotificationsQuery>;

export const NotificationView = z.object({
  id: Id,
  kind: NotificationKind,
  /** Rendered in the requested locale (en, de). */
  title: z.string(),
  body: z.string(),
  createdAt: Instant,
  deliveredAt: Instant,
  /** The SMTP server accepted an email of it. */
  emailed: z.boolean(),
});
export type NotificationViewDto = z.input<typeof NotificationView>;
export const NotificationList = z.array(NotificationView);

export const FailedDelivery = z.object({
  id: Id,
  kind: NotificationKind,
  recipient: z.object({ userId: Id, name: z.string(), email: z.string() }),
  attempts: z.int(),
  lastError: z.string(),
  /** `retrying`: tried again at nextAttemptAt; `failed`: no more attempts. */
  status: z.enum(['retrying', 'failed']),
  nextAttemptAt: z.nullable(Instant),
  createdAt: Instant,
});
export type FailedDeliveryDto = z.input<typeof FailedDelivery>;
export const FailedDeliveryList = z.array(FailedDelivery);

// The models: what `decode` (and `parse`) yields, with Dates.
export type NotificationView = Model<typeof NotificationView>;
export type FailedDelivery = Model<typeof FailedDelivery>;
