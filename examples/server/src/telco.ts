// The simulated telco behind the reference server: the countries it sells in, what a number costs
// the agency each month, and which number of an area it hands out next.
import type { Queryable } from './db/db';
import { invalid } from './errors';
import { countNumbersWithPrefix, lockPurchaseArea } from './store/numbers';

/** Monthly telco cost of a number, in minor units of the agency's currency ($1.15). */
export const TELCO_COST = 115;

const CALLING_CODES: Readonly<Record<string, string>> = {
  US: '1',
  CA: '1',
  GB: '44',
  IE: '353',
  AU: '61',
  DE: '49',
  FR: '33',
};
const SUBSCRIBER_DIGITS: Readonly<Record<string, number>> = { US: 7, CA: 7, GB: 6, IE: 6, AU: 7, DE: 7, FR: 7 };

/**
 * The lowest free number of the area, in E.164. Buys in one area take turns (a lock held to commit),
 * so two parallel buys cannot both pick the same number.
 */
export async function nextFreeNumber(tx: Queryable, country: string, areaCode: string): Promise<string> {
  const code = CALLING_CODES[country];
  const digits = SUBSCRIBER_DIGITS[country];
  if (!code || !digits)
    invalid(`Numbers in ${country} are not available. Pick one of ${Object.keys(CALLING_CODES).join(', ')}.`);
  const prefix = `+${code}${areaCode}`;
  if (prefix.length - 1 + digits > 15) invalid('The area code is too long for this country.');
  await lockPurchaseArea(tx, prefix);
  const taken = await countNumbersWithPrefix(tx, prefix);
  return `${prefix}${String(5_550_100 + taken + 1)
    .slice(-digits)
    .padStart(digits, '0')}`;
}
