import type { Actor } from '@plankit/rules';
import type { Authenticate } from './auth/authenticate';
import type { BillingProvider } from './billing/provider';
import type { AdjustableClock } from './clock';
import type { Db } from './db/db';
import type { JobQueue } from './jobs/job';
import type { Mailer } from './notifications/mailer';
import type { PageLinks } from './page-links';

/** What every route needs; built once per server. */
export interface ServerDeps {
  readonly db: Db;
  readonly clock: AdjustableClock;
  readonly billing: BillingProvider;
  /** Runs the `jobs` table's due work: in-process on PGlite, graphile-worker on PostgreSQL. */
  readonly jobs: JobQueue;
  /** Emails notifications; null: in-app delivery only (SMTP_URL unset). */
  readonly mailer: Mailer | null;
  /** Development routes (clock, seeded users, local checkout page) are served. */
  readonly dev: boolean;
  /** The server's public base URL, for links in responses. */
  readonly baseUrl: () => string;
  /** Expiring, signed links to the checkout and invoice pages. */
  readonly links: PageLinks;
  /** Browser origins allowed to call the API (the dashboard's dev server). */
  readonly corsOrigins: readonly string[];
  readonly logError: (message: string, error: unknown) => void;
  /** A webhook delivery attempt without an answer by then fails and is retried. */
  readonly webhookTimeoutMs: number;
  /** Who is calling (the host's sessions; development: the seeded tokens). */
  readonly authenticate: Authenticate;
}

/** The authenticated caller. */
export interface Principal {
  readonly actor: Actor;
  readonly agencyId: string;
  readonly user: { readonly id: string; readonly name: string; readonly email: string };
  /** A pending sub-account user may only read its own sub-account (README, Authorization). */
  readonly standing: 'approved' | 'pending';
}

export interface AppEnv {
  Variables: { principal: Principal };
}
