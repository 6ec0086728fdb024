import { createLocalProvider } from './local';
import type { BillingProvider } from './provider';
import { stripeProviderFromEnv } from './stripe/config';

export interface ProviderOptions {
  readonly baseUrl: () => string;
}

/** `BILLING_PROVIDER` → a provider. Only `local` ships here; others register beside it. */
export function createBillingProvider(name: string, options: ProviderOptions): BillingProvider {
  switch (name) {
    case 'local':
      return createLocalProvider(options);
    case 'stripe':
      return stripeProviderFromEnv(process.env, options);
    default:
      throw new Error(`Unknown BILLING_PROVIDER "${name}". Use "local" or "stripe".`);
  }
}
