// Customers and prices at Stripe, created once and reused.
import { createHash } from 'node:crypto';
import type { Plan } from '@plankit/rules';
import type Stripe from 'stripe';
import type { Queryable } from '../../db/db';
import { findLink, saveLink } from '../../store/stripe-links';
import { type PaymentMethod, subAccountName } from '../../store/sub-accounts';
import { toStripeAmount } from './amounts';

/**
 * Stripe's test PaymentMethods standing in for the seeded cards: one that pays, one that attaches
 * but declines every charge. In live mode the host attaches real cards through its own set-up flow.
 */
export const TEST_CARDS: Readonly<Record<Exclude<PaymentMethod, 'none'>, string>> = {
  card: 'pm_card_visa',
  card_declines: 'pm_card_chargeCustomerFail',
};

/**
 * One Stripe price per plan snapshot: the plan id plus a hash of the terms Stripe bills, so a
 * catalog edit gets a new price and running subscriptions keep theirs.
 */
export function priceLookupKey(terms: Plan): string {
  const billed = {
    currency: terms.currency,
    amount: terms.price?.amount ?? 0,
    interval: terms.interval,
  };
  const hash = createHash('sha256').update(JSON.stringify(billed)).digest('hex').slice(0, 12);
  return `plankit_${terms.id}_${hash}`;
}

export async function ensurePrice(stripe: Stripe, q: Queryable, terms: Plan): Promise<string> {
  const key = priceLookupKey(terms);
  const known = await findLink(q, 'price', key);
  if (known) return known.stripeId;
  const unit = toStripeAmount(terms.price ?? { amount: 0, currency: terms.currency });
  const [existing] = (await stripe.prices.list({ lookup_keys: [key], active: true, limit: 1 })).data;
  let priceId = existing?.id;
  if (!priceId) {
    const product = await stripe.products.create(
      { name: terms.name, metadata: { plankit_plan_id: terms.id } },
      { idempotencyKey: `plankit-product-${key}` },
    );
    const price = await stripe.prices.create(
      {
        product: product.id,
        currency: unit.currency,
        unit_amount: unit.amount,
        recurring: { interval: terms.interval.unit, interval_count: terms.interval.count },
        lookup_key: key,
        metadata: { plankit_plan_id: terms.id },
      },
      { idempotencyKey: `plankit-price-${key}` },
    );
    priceId = price.id;
  }
  await saveLink(q, 'price', key, priceId);
  return priceId;
}

/** The sub-account's Stripe customer, created on first use with its card on file (test mode). */
export async function ensureCustomer(
  stripe: Stripe,
  q: Queryable,
  subAccountId: string,
  testCards: boolean,
): Promise<string> {
  const known = await findLink(q, 'customer', subAccountId);
  if (known) return known.stripeId;
  const row = await subAccountName(q, subAccountId);
  if (!row) throw new Error(`sub-account ${subAccountId} missing`);
  const card = testCards && row.payment_method !== 'none' ? TEST_CARDS[row.payment_method] : null;
  const customer = await stripe.customers.create(
    {
      name: row.name,
      metadata: { plankit_sub_account_id: subAccountId },
      ...(card ? { payment_method: card, invoice_settings: { default_payment_method: card } } : {}),
    },
    { idempotencyKey: `plankit-customer-${subAccountId}` },
  );
  await saveLink(q, 'customer', subAccountId, customer.id);
  return customer.id;
}
