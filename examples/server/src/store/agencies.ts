import { type Agency, type ChangePlanPolicy, resolvePolicy } from '@plankit/rules';
import { prepared, type Queryable } from '../db/db';
import { notFound } from '../errors';
import { type AgencyRow, agencyFromRow } from './rows';

export interface AgencyRecord {
  readonly agency: Agency;
  readonly policy: ChangePlanPolicy;
}

const loadOne = prepared('agency_load', 'SELECT * FROM agencies WHERE id = $1');

export function agencyRecord(row: AgencyRow): AgencyRecord {
  return { agency: agencyFromRow(row), policy: resolvePolicy(row.policy) };
}

/** The agency, read without a lock: only a change that moves its credit pool writes it (store/credit.ts). */
export async function loadAgency(q: Queryable, id: string): Promise<AgencyRecord> {
  const [row] = await q.query<AgencyRow>(loadOne, [id]);
  if (!row) notFound('agency');
  return agencyRecord(row);
}
