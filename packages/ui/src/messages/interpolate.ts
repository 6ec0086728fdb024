// A small subset of ICU MessageFormat: `{name}` and `{count, plural, one {# minute} other {# minutes}}`.
// Enough for our catalog, and a fraction of the size of a full MessageFormat runtime.

export type FormatValue = (value: unknown, name: string) => string;

/** Fills `{name}` and plural blocks in `template` with `values`, formatting each through `format`. */
export function interpolate(
  template: string,
  values: Readonly<Record<string, unknown>> | undefined,
  locale: string,
  format: FormatValue,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    const body = template.slice(open + 1, close);
    out += fill(body, values, locale, format);
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function fill(
  body: string,
  values: Readonly<Record<string, unknown>> | undefined,
  locale: string,
  format: FormatValue,
): string {
  const comma = body.indexOf(',');
  const name = (comma === -1 ? body : body.slice(0, comma)).trim();
  const value = values?.[name];
  if (comma === -1) return value === undefined ? `{${name}}` : format(value, name);
  const rest = body.slice(comma + 1);
  const second = rest.indexOf(',');
  const type = rest.slice(0, second).trim();
  if (type !== 'plural') throw new Error(`Unsupported message argument type: ${type}`);
  const count = typeof value === 'number' ? value : Number(value);
  const branches = parseBranches(rest.slice(second + 1));
  const exact = branches.get(`=${count}`);
  const category = new Intl.PluralRules(locale).select(count);
  const branch = exact ?? branches.get(category) ?? branches.get('other') ?? '';
  return interpolate(branch.replaceAll('#', `{${name}}`), values, locale, format);
}

function parseBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const selector = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    branches.set(selector, text.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}
