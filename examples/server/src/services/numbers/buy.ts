// Buying a number into the agency's pool from the simulated telco.
import { buyNumber } from '@plankit/rules';
import type { ServerDeps } from '../../context';
import type { Queryable } from '../../db/db';
import { newId } from '../../ids';
import { loadAgency } from '../../store/agencies';
import { insertNumber } from '../../store/numbers';
import { nextFreeNumber, TELCO_COST } from '../../telco';
import { type NumberView, viewOf } from './views';

/** The telco's next free number in the area, into the pool; its first month is charged. */
export async function buy(
  deps: ServerDeps,
  tx: Queryable,
  agencyId: string,
  body: { country: string; areaCode: string; capabilities: ('voice' | 'sms')[] },
  now: Date,
): Promise<NumberView> {
  const { agency } = await loadAgency(tx, agencyId);
  const e164 = await nextFreeNumber(tx, body.country, body.areaCode);
  const { number } = buyNumber({
    id: newId('num'),
    agencyId,
    e164,
    country: body.country,
    capabilities: body.capabilities,
    telcoCost: { amount: TELCO_COST, currency: agency.currency },
  });
  await insertNumber(tx, number, body.areaCode, now);
  await deps.billing.buyNumber({ tx, now, agencyId }, { number });
  return viewOf(tx, number);
}
