import type { MessageRef, MessageValue } from '../types';

/** Every key of the item lines (seats, add-ons, packs); their English is `itemMessages` in `@plankit/rules/messages`. */
export const ITEM_MESSAGE_KEYS = [
  'items.line.seats.unused',
  'items.line.seats.remaining',
  'items.line.add_on.unused',
  'items.line.add_on.remaining',
  'items.line.pack',
] as const;

export type ItemMessageKey = (typeof ITEM_MESSAGE_KEYS)[number];

export function itemMessage(
  key: ItemMessageKey,
  values: Readonly<Record<string, MessageValue>>,
): MessageRef<ItemMessageKey> {
  return { key, values };
}
