import type { Plan } from '@plankit/rules';
import { prepared, type Queryable, textArray } from '../db/db';
import { type PlanRow, planFromRow } from './rows';

export async function listPlans(q: Queryable, agencyId: string): Promise<Plan[]> {
  const rows = await q.query<PlanRow>('SELECT * FROM plans WHERE agency_id = $1 ORDER BY position, name, id', [
    agencyId,
  ]);
  return rows.map(planFromRow);
}

const findOne = prepared('plan_find', 'SELECT * FROM plans WHERE id = $1 AND agency_id = $2');

/** The agency's plan, or null (another agency's plan is as unknown as a missing one). */
export async function findPlan(q: Queryable, agencyId: string, id: string): Promise<Plan | null> {
  const [row] = await q.query<PlanRow>(findOne, [id, agencyId]);
  return row ? planFromRow(row) : null;
}

/** The agency's plans among `ids`, by id, in one statement. */
export async function findPlans(q: Queryable, agencyId: string, ids: readonly string[]): Promise<Map<string, Plan>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<PlanRow>('SELECT * FROM plans WHERE agency_id = $1 AND id = ANY($2::text[])', [
    agencyId,
    textArray(ids),
  ]);
  return new Map(rows.map((row) => [row.id, planFromRow(row)]));
}
