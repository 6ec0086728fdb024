import type { ItemMessageKey } from '../items/messages';

/** English for the item lines: seats, add-ons and packs. */
export const itemMessages = {
  'items.line.seats.unused':
    'Unused time on {quantity, plural, one {# extra seat} other {# extra seats}} × {unit} after {date}',
  'items.line.seats.remaining':
    'Remaining time on {quantity, plural, one {# extra seat} other {# extra seats}} × {unit} after {date}',
  'items.line.add_on.unused': 'Unused time on {addOn} after {date}',
  'items.line.add_on.remaining': 'Remaining time on {addOn} after {date}',
  'items.line.pack': '{pack} (one-time, not refundable)',
} as const satisfies Readonly<Record<ItemMessageKey, string>>;
