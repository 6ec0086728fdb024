// `STRIPE_SECRET_KEY` (and `STRIPE_WEBHOOK_SECRET` for webhooks) → the Stripe provider.
import Stripe from 'stripe';
import type { PageLinks } from '../../page-links';
import type { BillingProvider } from '../provider';
import { createStripeProvider } from './provider';

export interface StripeEnv {
  readonly STRIPE_SECRET_KEY?: string | undefined;
  readonly STRIPE_WEBHOOK_SECRET?: string | undefined;
  /** Optional: send API calls elsewhere (e.g. `http://localhost:12111` for a local stand-in). */
  readonly STRIPE_API_BASE?: string | undefined;
}

export function stripeClient(secretKey: string, apiBase?: string): Stripe {
  const base = apiBase ? new URL(apiBase) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'http:' ? 80 : 443)),
          protocol: base.protocol === 'http:' ? ('http' as const) : ('https' as const),
        }
      : {}),
  });
}

export function stripeProviderFromEnv(env: StripeEnv, options: { links: PageLinks }): BillingProvider {
  const key = env.STRIPE_SECRET_KEY;
  if (!key) throw new Error('The Stripe provider needs STRIPE_SECRET_KEY (sk_test_… from the Stripe dashboard).');
  return createStripeProvider({
    stripe: stripeClient(key, env.STRIPE_API_BASE),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? null,
    links: options.links,
    // Stripe's test cards only exist in test mode.
    testCards: key.startsWith('sk_test_') || key.startsWith('rk_test_'),
  });
}
