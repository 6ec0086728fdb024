// ISO minor units (what the rules compute) to Stripe's API units and back. Stripe's units match ISO
// except for a few currencies (https://docs.stripe.com/currencies#special-cases):
// - ISK and UGX are zero-decimal in ISO but two-decimal in Stripe's API, in multiples of 100;
// - the three-decimal BHD, JOD, KWD, OMR and TND must end in 0. Stripe asks integrations to round
//   to the nearest ten; we refuse instead, because a rounded amount is not what the customer was
//   quoted. A plan priced 12.345 KWD cannot be billed through Stripe; 12.340 can.
import { currencyExponent, type Money } from '@plankit/rules';

/** Sent to Stripe ×100 (ISO 0 digits, Stripe 2 digits, whole units only). */
const TWO_DECIMAL_IN_STRIPE: ReadonlySet<string> = new Set(['ISK', 'UGX']);
/** Three-decimal in both, last digit 0. */
const THREE_DECIMAL_TENS: ReadonlySet<string> = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

export type StripeAmountProblem = 'unsupported_currency' | 'not_multiple_of_ten' | 'not_whole_units';

/** An amount Stripe cannot take or a Stripe amount with no exact ISO value. */
export class StripeAmountError extends Error {
  override readonly name = 'StripeAmountError';
  constructor(
    readonly problem: StripeAmountProblem,
    readonly currency: string,
    readonly amount: number,
  ) {
    super(
      problem === 'unsupported_currency'
        ? `${currency} cannot be billed through Stripe by this provider. Use a plan in a currency Stripe supports.`
        : problem === 'not_multiple_of_ten'
          ? `${currency} amounts billed through Stripe must end in 0 (got ${amount} minor units). Change the price to a multiple of 10 minor units.`
          : `Stripe returned ${amount} ${currency} units, which is not a whole ${currency} amount.`,
    );
  }
}

export function isStripeAmountError(e: unknown): e is StripeAmountError {
  return e instanceof Error && e.name === 'StripeAmountError';
}

function exponentOf(currency: string): number {
  try {
    return currencyExponent(currency);
  } catch {
    throw new StripeAmountError('unsupported_currency', currency, 0);
  }
}

/** ISO minor units → Stripe's `amount`/`unit_amount` and its lowercase currency code. */
export function toStripeAmount(money: Money): { amount: number; currency: string } {
  const { amount, currency } = money;
  const exponent = exponentOf(currency);
  if (TWO_DECIMAL_IN_STRIPE.has(currency)) return { amount: amount * 100, currency: currency.toLowerCase() };
  if (THREE_DECIMAL_TENS.has(currency)) {
    if (amount % 10 !== 0) throw new StripeAmountError('not_multiple_of_ten', currency, amount);
    return { amount, currency: currency.toLowerCase() };
  }
  // Other three-decimal ISO codes (IQD, LYD) are not on Stripe's list of special cases: refuse
  // rather than guess how Stripe reads them.
  if (exponent > 2) throw new StripeAmountError('unsupported_currency', currency, amount);
  return { amount, currency: currency.toLowerCase() };
}

/** Stripe's amount in a (lowercase or uppercase) currency → ISO minor units. */
export function fromStripeAmount(amount: number, stripeCurrency: string): Money {
  const currency = stripeCurrency.toUpperCase();
  const exponent = exponentOf(currency);
  if (TWO_DECIMAL_IN_STRIPE.has(currency)) {
    if (amount % 100 !== 0) throw new StripeAmountError('not_whole_units', currency, amount);
    return { amount: amount / 100, currency };
  }
  if (exponent > 2 && !THREE_DECIMAL_TENS.has(currency)) {
    throw new StripeAmountError('unsupported_currency', currency, amount);
  }
  return { amount, currency };
}
