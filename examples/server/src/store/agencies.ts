import { type Agency, type ChangePlanPolicy, resolvePolicy } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { notFound } from '../errors';
import { type AgencyRow, agencyFromRow } from './rows';

export interface AgencyRecord {
  readonly agency: Agency;
  readonly policy: ChangePlanPolicy;
}

export async function loadAgency(q: Queryable, id: string, { forUpdate = false } = {}): Promise<AgencyRecord> {
  const [row] = await q.query<AgencyRow>(
    `SELECT * FROM agencies WHERE id = $1${forUpdate ? ' FOR NO KEY UPDATE' : ''}`,
    [id],
  );
  if (!row) notFound('agency');
  return { agency: agencyFromRow(row), policy: resolvePolicy(row.policy) };
}
