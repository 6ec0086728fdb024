import { RulesError } from '../errors';
import { numberFormat } from './cache';

export interface FormatMinutesOptions {
  /** BCP 47 locale of the reader, e.g. `'en-US'`. */
  readonly locale: string;
  /**
   * Add Intl's unit for minutes (`'short'`: "12.5 min"). Default: the number alone, for messages
   * that carry their own plural wording ("{minutes} minutes included").
   */
  readonly unitDisplay?: Intl.NumberFormatOptions['unitDisplay'];
}

/** A count of minutes with grouping and up to one fraction digit (chats make fractional minutes). */
export function formatMinutes(minutes: number, options: FormatMinutesOptions): string {
  if (!Number.isFinite(minutes)) {
    throw new RulesError('invalid_argument', `Minutes must be a finite number; got ${minutes}.`);
  }
  const unit: Intl.NumberFormatOptions =
    options.unitDisplay === undefined ? {} : { style: 'unit', unit: 'minute', unitDisplay: options.unitDisplay };
  return numberFormat(options.locale, { maximumFractionDigits: 1, ...unit }).format(minutes);
}
