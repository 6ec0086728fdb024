// The endpoint of `WEBHOOK_URL` + `WEBHOOK_SECRET`: registered at start, so a host gets events without
// calling the API first. Registering again (every restart) keeps one endpoint and updates its secret.
import type { Db } from '../db/db';
import { insertEndpoint } from '../store/webhooks';
import { isWebhookUrl } from './send';

export interface WebhookEndpointOption {
  readonly url: string;
  readonly secret: string;
  /** The agency it is for; every agency in the database when omitted (the example has one host). */
  readonly agencyId?: string | undefined;
}

export class WebhookConfigError extends Error {
  override readonly name = 'WebhookConfigError';
}

export async function registerConfiguredEndpoint(db: Db, option: WebhookEndpointOption, now: Date): Promise<void> {
  if (!isWebhookUrl(option.url)) throw new WebhookConfigError(`WEBHOOK_URL "${option.url}" is not an http(s) URL.`);
  if (option.secret.length < 16) throw new WebhookConfigError('WEBHOOK_SECRET must be at least 16 characters.');
  const agencies = option.agencyId
    ? [{ id: option.agencyId }]
    : await db.query<{ id: string }>('SELECT id FROM agencies ORDER BY id');
  await db.transaction(async (tx) => {
    for (const agency of agencies) {
      await insertEndpoint(tx, { agencyId: agency.id, url: option.url, secret: option.secret }, now);
    }
  });
}
