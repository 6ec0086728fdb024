import { money } from '../money';
import type { Period } from '../periods';
import { prorate } from '../proration';
import type { Money } from '../types';
import { type ItemMessageKey, itemMessage } from './messages';
import type { ItemLine, ItemRef } from './types';

/** One priced thing before and after a change: a unit price per period and a quantity. */
export interface ItemSide {
  readonly item: ItemRef;
  /** What the line calls it: an add-on's name; unused for seats. */
  readonly name: string;
  readonly unitPrice: Money;
  readonly quantity: number;
}

interface LineWords {
  readonly unused: ItemMessageKey;
  readonly remaining: ItemMessageKey;
  readonly values: (side: ItemSide) => Readonly<Record<string, string | number | Money | Date>>;
}

/**
 * The proration lines of one item, as Stripe invoices them per subscription item:
 * credit = −round(old unit × old quantity × f), charge = +round(new unit × new quantity × f), each
 * rounded half away from zero on its own. A side with nothing priced (quantity 0) has no line.
 */
export function prorateItem(from: ItemSide, to: ItemSide, period: Period, at: Date, words: LineWords): ItemLine[] {
  const { credit, charge } = prorate({
    from: money(from.unitPrice.amount * from.quantity, from.unitPrice.currency),
    to: money(to.unitPrice.amount * to.quantity, to.unitPrice.currency),
    periodStart: period.start,
    periodEnd: period.end,
    at,
  });
  const line = (side: ItemSide, key: ItemMessageKey, amount: Money): ItemLine => ({
    description: itemMessage(key, { ...words.values(side), date: at }),
    amount,
    item: side.item,
    unitPrice: side.unitPrice,
    quantity: side.quantity,
  });
  const priced = (side: ItemSide) => side.quantity > 0 && side.unitPrice.amount > 0;
  const lines: ItemLine[] = [];
  if (priced(from)) lines.push(line(from, words.unused, credit));
  if (priced(to)) lines.push(line(to, words.remaining, charge));
  return lines;
}

/** The sum of the lines' amounts, in `currency`. */
export function sumLines(lines: readonly ItemLine[], currency: string): Money {
  let total = 0;
  for (const line of lines) total += line.amount.amount;
  return money(total, currency);
}

export const SEAT_WORDS: LineWords = {
  unused: 'items.line.seats.unused',
  remaining: 'items.line.seats.remaining',
  values: (side) => ({ quantity: side.quantity, unit: side.unitPrice }),
};

export const ADD_ON_WORDS: LineWords = {
  unused: 'items.line.add_on.unused',
  remaining: 'items.line.add_on.remaining',
  values: (side) => ({ addOn: side.name }),
};
