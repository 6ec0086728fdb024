import type { MessageValue } from '../types';
import { formatMessageValue } from './format-value';

/** The value names a template reads: `{name}` and `{name, plural, …}` (plural branches are not names). */
export function messagePlaceholders(template: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < template.length; i += 1) {
    if (template[i] === '}') depth -= 1;
    if (template[i] !== '{') continue;
    // Braces at even depth open placeholders; at odd depth, the branches of a plural.
    const name = /^\{\s*(\w+)\s*[,}]/.exec(template.slice(i));
    if (name?.[1] !== undefined && depth % 2 === 0) names.add(name[1]);
    depth += 1;
  }
  return [...names];
}

export interface InterpolateOptions {
  /** Formats each value; `name` is the placeholder's, for code-valued params. Default formatMessageValue. */
  readonly formatValue?: (value: MessageValue, name: string) => string;
  /** Plural categories from Intl.PluralRules for this locale. Default: "one" for exactly 1, else "other". */
  readonly locale?: string;
}

type Format = (value: MessageValue, name: string) => string;
/** Values by placeholder name; an undefined one counts as missing. */
export type MessageValues = Readonly<Record<string, MessageValue | undefined>>;

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i += 1) {
    const ch = template[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function pluralBranch(body: string, n: number, locale: string | undefined): string | undefined {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|[a-z]+)\s*\{/.exec(body.slice(i));
    if (selector === null || selector[1] === undefined) break;
    const open = i + selector[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) break;
    branches.set(selector[1], body.slice(open + 1, close));
    i = close + 1;
  }
  const category = locale === undefined ? (n === 1 ? 'one' : 'other') : new Intl.PluralRules(locale).select(n);
  return branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other');
}

function render(
  template: string,
  values: MessageValues,
  format: Format,
  locale: string | undefined,
  hash: string | undefined,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i] as string;
    if (ch === '#' && hash !== undefined) {
      out += hash;
      i += 1;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i += 1;
      continue;
    }
    const close = closingBrace(template, i);
    if (close < 0) {
      out += template.slice(i);
      break;
    }
    const inner = template.slice(i + 1, close);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const value = simple?.[1] === undefined || !Object.hasOwn(values, simple[1]) ? undefined : values[simple[1]];
    if (simple?.[1] !== undefined && value !== undefined) {
      out += format(value, simple[1]);
    } else if (plural?.[1] !== undefined && plural[2] !== undefined && typeof values[plural[1]] === 'number') {
      const n = values[plural[1]] as number;
      const branch = pluralBranch(plural[2], n, locale);
      out += branch === undefined ? '' : render(branch, values, format, locale, format(n, plural[1]));
    } else {
      // A missing value stays visible rather than silently vanishing.
      out += template.slice(i, close + 1);
    }
    i = close + 1;
  }
  return out;
}

/**
 * The interpreter bound to a reader's formatter and locale, for a catalog rendered many times
 * (a bundle that passes its own formatter carries no default formatting code).
 */
export function createInterpolator(options: {
  readonly formatValue: Format;
  readonly locale?: string | undefined;
}): (template: string, values?: MessageValues) => string {
  const { formatValue, locale } = options;
  return (template, values = {}) => render(template, values, formatValue, locale, undefined);
}

const defaultFormat: Format = (value) => formatMessageValue(value);

/**
 * Fill `{name}` placeholders from `values`, and `{name, plural, =0 {…} one {…} other {…}}` (the
 * ICU MessageFormat subset every Plankit catalog uses; `#` is the formatted number). Unknown names
 * stay as written. Pure and deterministic. The one interpreter: the components and the server's
 * texts both render through it.
 */
export function interpolate(template: string, values: MessageValues = {}, options: InterpolateOptions = {}): string {
  return render(template, values, options.formatValue ?? defaultFormat, options.locale, undefined);
}
