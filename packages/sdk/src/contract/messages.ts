// Message keys with values (summaries, proration lines, refusals). Values are tagged so a reader
// can tell money, rates and dates apart from plain strings and format each by its locale.
import { REASON_CODES } from '@plankit/rules';
import * as z from 'zod/mini';
import { CurrencyCode, Instant } from './primitives';

export const MessageValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('string'), value: z.string() }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('money'), amount: z.int(), currency: CurrencyCode }),
  z.object({
    type: z.literal('rate'),
    amount: z.int(),
    currency: CurrencyCode,
    scale: z.int().check(z.gte(0), z.lte(18)),
  }),
  z.object({ type: z.literal('date'), value: Instant }),
]);
export type MessageValueDto = z.infer<typeof MessageValue>;

export const MessageValues = z.record(z.string(), MessageValue);

export const MessageRef = z.object({
  key: z.string().check(z.minLength(1)),
  values: z.optional(MessageValues),
});
export type MessageRefDto = z.infer<typeof MessageRef>;

export const ReasonCode = z.enum(REASON_CODES);

/** Why something is not allowed; `params` fill the reason's message. */
export const Refusal = z.object({ reason: ReasonCode, params: z.optional(MessageValues) });
export type RefusalDto = z.infer<typeof Refusal>;
