// Programming errors in the rules (bad arguments), distinct from Refusals (business outcomes).

export type RulesErrorCode = 'currency_mismatch' | 'unknown_currency' | 'invalid_amount' | 'invalid_argument';

/** Values that explain a RulesError (currency codes, the offending amount); never prose. */
export type RulesErrorParams = Readonly<Record<string, string | number>>;

/** Thrown when a caller passes values the rules cannot work with. Match by `code`, never by message. */
export class RulesError extends Error {
  override readonly name = 'RulesError';
  readonly code: RulesErrorCode;
  readonly params: RulesErrorParams;
  constructor(code: RulesErrorCode, message: string, params: RulesErrorParams = {}) {
    super(message);
    this.code = code;
    this.params = params;
  }
}

/** True for a RulesError, also across realms and bundles (matches by name). */
export function isRulesError(value: unknown): value is RulesError {
  return value instanceof RulesError || (value instanceof Error && value.name === 'RulesError' && 'code' in value);
}
