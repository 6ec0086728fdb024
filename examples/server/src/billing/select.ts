import type { PageLinks } from '../page-links';
import { createLocalProvider } from './local';
import type { BillingProvider } from './provider';
import { type StripeEnv, stripeProviderFromEnv } from './stripe/config';

export interface ProviderOptions {
  readonly baseUrl: () => string;
  /** The signed page links (checkout, invoice) the provider hands out. */
  readonly links: PageLinks;
}

/** A provider by name (tests and embedding hosts pick one explicitly). */
export function createBillingProvider(name: string, options: ProviderOptions): BillingProvider {
  switch (name) {
    case 'local':
      return createLocalProvider(options);
    case 'stripe':
      return stripeProviderFromEnv(process.env, options);
    default:
      throw new Error(`Unknown billing provider "${name}". Use "local" or "stripe".`);
  }
}

/** The provider the environment selects: Stripe exactly when STRIPE_SECRET_KEY is set, else local. */
export function billingProviderFromEnv(env: StripeEnv, options: ProviderOptions): BillingProvider {
  return env.STRIPE_SECRET_KEY ? stripeProviderFromEnv(env, options) : createLocalProvider(options);
}
