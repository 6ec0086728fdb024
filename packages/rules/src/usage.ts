import { RulesError } from './errors';
import { applyRate } from './money';
import { divideCeil, toSafeNumber } from './rounding';
import type { Money, Plan, Usage } from './types';

export interface UsageSplitInput {
  readonly usage: Pick<Usage, 'voiceSeconds' | 'chats' | 'includedMinutes' | 'walletMinutes'>;
  /** The subscription's terms (rate, chat conversion). */
  readonly terms: Pick<Plan, 'usageRate' | 'chatsPerMinute'>;
}

/** Minute figures are for display and may be fractional; money is exact. */
export interface UsageSplit {
  readonly usedMinutes: number;
  readonly fromIncluded: number;
  readonly fromWallet: number;
  readonly excessMinutes: number;
  /** Excess minutes rounded up to whole minutes: what the rate is applied to. */
  readonly billedExcessMinutes: number;
  /** Excess at the usage rate; zero when no excess, null when usage billing is off. */
  readonly excessCharge: Money | null;
  readonly includedRemaining: number;
  readonly walletRemaining: number;
}

function count(name: string, value: number): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RulesError('invalid_argument', `${name} is a whole number >= 0; got ${value}.`);
  }
  return BigInt(value);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/**
 * Split the period's usage: minutes draw first on the included minutes, then on the add-on wallet,
 * then count as excess. Chats count as chats ÷ chatsPerMinute minutes (none when chat is off).
 * Everything is summed exactly in units of 1 / (60 × chatsPerMinute) minute, so thirds of a
 * minute never drift; excess is billed rounded up to whole minutes.
 */
export function usageSplit({ usage, terms }: UsageSplitInput): UsageSplit {
  const chatsPerMinute = terms.chatsPerMinute === null ? null : count('chatsPerMinute', terms.chatsPerMinute);
  if (chatsPerMinute === 0n) throw new RulesError('invalid_argument', 'chatsPerMinute is >= 1 when chat is on.');
  const perSecond = chatsPerMinute ?? 1n; // units in one voice second
  const perMinute = 60n * perSecond;
  const used =
    count('voiceSeconds', usage.voiceSeconds) * perSecond +
    (chatsPerMinute === null ? 0n : count('chats', usage.chats) * 60n);
  const included = count('includedMinutes', usage.includedMinutes) * perMinute;
  const wallet = count('walletMinutes', usage.walletMinutes) * perMinute;

  const fromIncluded = min(used, included);
  const fromWallet = min(used - fromIncluded, wallet);
  const excess = used - fromIncluded - fromWallet;
  const billedExcessMinutes = toSafeNumber(divideCeil(excess, perMinute));
  const minutes = (units: bigint): number => Number(units) / Number(perMinute);

  return {
    usedMinutes: minutes(used),
    fromIncluded: minutes(fromIncluded),
    fromWallet: minutes(fromWallet),
    excessMinutes: minutes(excess),
    billedExcessMinutes,
    excessCharge: terms.usageRate === null ? null : applyRate(terms.usageRate, billedExcessMinutes),
    includedRemaining: minutes(included - fromIncluded),
    walletRemaining: minutes(wallet - fromWallet),
  };
}

/** Add-on packs can be bought or applied only while the terms allow them (a wallet balance survives). */
export function addOnPacksAllowed(terms: Pick<Plan, 'addOnPacks'>): boolean {
  return terms.addOnPacks;
}
