// Work that falls due as time passes is the `jobs` table's (src/jobs/): this runs what is due now, at
// start and whenever the development clock moves. The clock enqueues nothing of its own.
import type { ServerDeps } from '../context';

export interface DueWorkReport {
  readonly renewals: number;
  readonly numbers: number;
}

export async function runDueWork(deps: ServerDeps): Promise<DueWorkReport> {
  const counts = await deps.jobs.kick();
  return { renewals: counts.subscription_period_end ?? 0, numbers: counts.number_period_end ?? 0 };
}
