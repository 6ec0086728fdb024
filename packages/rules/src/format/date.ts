import { RulesError } from '../errors';
import { dateTimeFormat } from './cache';

export interface FormatDateOptions {
  /** BCP 47 locale of the reader, e.g. `'en-US'`. */
  readonly locale: string;
  /** IANA time zone of the reader. Default `'UTC'` (instants are UTC; the host passes its zone). */
  readonly timeZone?: string;
  /** Intl date style. Default `'medium'` (en-US: "Feb 29, 2024"). */
  readonly style?: Intl.DateTimeFormatOptions['dateStyle'];
}

export interface FormatDateTimeOptions extends FormatDateOptions {
  /** Intl time style. Default `'short'` (en-US: "10:30 AM"). */
  readonly timeStyle?: Intl.DateTimeFormatOptions['timeStyle'];
}

function assertValidDate(value: Date): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RulesError('invalid_argument', 'Only a valid Date can be formatted.');
  }
}

/** The calendar date of an instant in the reader's locale and time zone. */
export function formatDate(value: Date, options: FormatDateOptions): string {
  assertValidDate(value);
  return dateTimeFormat(options.locale, {
    dateStyle: options.style ?? 'medium',
    timeZone: options.timeZone ?? 'UTC',
  }).format(value);
}

/** The date and time of an instant in the reader's locale and time zone. */
export function formatDateTime(value: Date, options: FormatDateTimeOptions): string {
  assertValidDate(value);
  return dateTimeFormat(options.locale, {
    dateStyle: options.style ?? 'medium',
    timeStyle: options.timeStyle ?? 'short',
    timeZone: options.timeZone ?? 'UTC',
  }).format(value);
}
