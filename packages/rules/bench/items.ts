// Item previews: a change on a subscription with one priced item beside the plan vs three. A
// script, not a test: it prints the figures and their ratio (the target is ≤ 2×).
import { type AddOn, type ItemsState, money, previewAddOnChange, previewSeatChange } from '@plankit/rules';
import { now, plan, subAccountOn } from './fixtures';
import { timeNs } from './time';

const usd = (amount: number) => money(amount, 'USD');
const subscription = subAccountOn(plan('plan_starter', 2000, 100)).subscription;
if (subscription === null) throw new Error('fixture has no subscription');
const seatPricing = { includedSeats: 2, price: usd(1000) };
const storage50: AddOn = { id: 'storage_50', name: 'Storage 50 GB', group: 'storage', price: usd(500) };
const storage200: AddOn = { id: 'storage_200', name: 'Storage 200 GB', group: 'storage', price: usd(1500) };
const support: AddOn = { id: 'support', name: 'Priority support', group: 'support', price: usd(900) };

// One item: seats only. Three: seats, storage and support, every one renewed and summed.
const one: ItemsState = { subscription, seatPricing, seatQuantity: 3, addOns: [] };
const three: ItemsState = { ...one, addOns: [storage50, support] };

const figures = [
  ['seats 3 → 5, 1 item', timeNs(() => previewSeatChange({ ...one, quantity: 5, seatsInUse: 3, now }), 50_000)],
  ['seats 3 → 5, 3 items', timeNs(() => previewSeatChange({ ...three, quantity: 5, seatsInUse: 3, now }), 50_000)],
  [
    'storage 50 → 200 GB, 3 items',
    timeNs(() => previewAddOnChange({ ...three, group: 'storage', target: storage200, now }), 50_000),
  ],
] as const;

const single = figures[0][1];
console.log(`${'item preview'.padEnd(32)}${'median'.padStart(11)}${'vs 1 item'.padStart(11)}  target ≤ 2×`);
for (const [name, ns] of figures) {
  const ratio = ns / single;
  console.log(
    `${name.padEnd(32)}${`${(ns / 1e3).toFixed(2)} µs`.padStart(11)}${`${ratio.toFixed(2)}×`.padStart(11)}  ${ratio <= 2 ? 'met' : 'MISSED'}`,
  );
}
