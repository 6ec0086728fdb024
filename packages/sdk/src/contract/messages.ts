// Message keys with values (summaries, proration lines, refusals). Values are tagged on the wire so
// a reader can tell money, rates and dates apart from plain strings and format each by its locale;
// the model holds the rules' own values (a string, a number, a Date, Money or a Rate).
import {
  type MessageRef as MessageRefModel,
  type MessageValue as MessageValueModel,
  REASON_CODES,
  type Refusal as RefusalModel,
} from '@plankit/rules';
import * as z from 'zod/mini';
import { CurrencyCode, InstantIso } from './primitives';

const TaggedMessageValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('string'), value: z.string() }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('money'), amount: z.int(), currency: CurrencyCode }),
  z.object({
    type: z.literal('rate'),
    amount: z.int(),
    currency: CurrencyCode,
    scale: z.int().check(z.gte(0), z.lte(18)),
  }),
  z.object({ type: z.literal('date'), value: InstantIso }),
]);

type TaggedMessageValue = z.output<typeof TaggedMessageValue>;

function untag(tagged: TaggedMessageValue): MessageValueModel {
  switch (tagged.type) {
    case 'string':
    case 'number':
      return tagged.value;
    case 'date':
      return new Date(tagged.value);
    case 'money':
      return { amount: tagged.amount, currency: tagged.currency };
    case 'rate':
      return { amount: tagged.amount, currency: tagged.currency, scale: tagged.scale };
  }
}

function tag(value: MessageValueModel): TaggedMessageValue {
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (value instanceof Date) return { type: 'date', value: value.toISOString() };
  if ('scale' in value) return { type: 'rate', amount: value.amount, currency: value.currency, scale: value.scale };
  return { type: 'money', amount: value.amount, currency: value.currency };
}

const isMessageValue = (value: unknown): value is MessageValueModel =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  value instanceof Date ||
  (typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value);

/** A message value: tagged on the wire, the rules' value in the model. */
export const MessageValue = z.codec(TaggedMessageValue, z.custom<MessageValueModel>(isMessageValue), {
  decode: untag,
  encode: tag,
});
export type MessageValueDto = z.input<typeof MessageValue>;

export const MessageValues = z.record(z.string(), MessageValue);

const MessageRefBody = z.object({
  key: z.string().check(z.minLength(1)),
  values: z.optional(MessageValues),
});

/** A message key with its values; the model is the rules' MessageRef (no `values` key when none). */
export const MessageRef = z.codec(MessageRefBody, z.custom<MessageRefModel>(), {
  decode: ({ key, values }): MessageRefModel => (values === undefined ? { key } : { key, values }),
  encode: ({ key, values }) => (values === undefined ? { key } : { key, values: { ...values } }),
});
export type MessageRefDto = z.input<typeof MessageRef>;

export const ReasonCode = z.enum(REASON_CODES);

const RefusalBody = z.object({ reason: ReasonCode, params: z.optional(MessageValues) });

/** Why something is not allowed; `params` fill the reason's message. The model is the rules' Refusal. */
export const Refusal = z.codec(RefusalBody, z.custom<RefusalModel>(), {
  decode: (body): RefusalModel =>
    body.params === undefined
      ? { ok: false, reason: body.reason }
      : { ok: false, reason: body.reason, params: body.params },
  encode: (refusal) =>
    refusal.params === undefined
      ? { reason: refusal.reason }
      : { reason: refusal.reason, params: { ...refusal.params } },
});
export type RefusalDto = z.input<typeof Refusal>;
