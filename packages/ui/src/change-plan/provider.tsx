import type { PlankitClient } from '@plankit/sdk';
import { PlankitProvider } from '@plankit/sdk/react';
import type { ReactNode } from 'react';

/** The client calls ChangePlanDialog makes: any `PlankitClient`. */
export type ChangePlanBackend = PlankitClient;

/**
 * @deprecated ChangePlanDialog reads its client from `PlankitProvider` (`@plankit/sdk/react`); this
 * is the same provider under its earlier name.
 */
export function ChangePlanBackendProvider({ client, children }: { client: PlankitClient; children?: ReactNode }) {
  return <PlankitProvider client={client}>{children}</PlankitProvider>;
}
