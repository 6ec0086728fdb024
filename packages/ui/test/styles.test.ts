// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plankitStyles, plankitStylesInLayer } from '../src/styles';

const file = readFileSync(new URL('../src/styles/plankit.css', import.meta.url), 'utf8');

describe('the stylesheet', () => {
  it('is the same text as a file and as a string (run gen:css after editing the CSS)', () => {
    expect(plankitStyles).toBe(file);
  });

  it('wraps in a named cascade layer for Tailwind hosts', () => {
    expect(plankitStylesInLayer()).toBe(`@layer plankit {\n${file}\n}\n`);
    expect(plankitStylesInLayer('vendor.plankit').startsWith('@layer vendor.plankit {\n')).toBe(true);
    expect(() => plankitStylesInLayer('x}{')).toThrow('Not a valid cascade layer name: x}{');
  });

  it('keeps the variables at zero specificity, so any host selector can set them', () => {
    for (const { selector, body } of rules()) {
      if (!/--plankit-[\w-]+\s*:/.test(body)) continue;
      for (const part of splitTopLevel(selector)) expect(part).toMatch(/^:where\([\s\S]*\)$/);
    }
  });

  it("sets a control's text colour in every rule that sets its background", () => {
    const controls = rules().filter(({ selector }) => /plankit-(button|link|dialog-close)/.test(selector));
    expect(controls.length).toBeGreaterThan(8);
    for (const { selector, body } of controls) {
      if (/(^|[;\s])background(-color)?\s*:/.test(body))
        expect({ selector, color: /(^|[;\s])color\s*:/.test(body) }).toEqual({ selector, color: true });
    }
  });
});

/** Every style rule as its selector and declarations (at-rule wrappers dropped). */
function rules(): { selector: string; body: string }[] {
  return file
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{|@keyframes[^{]*\{/g, '')
    .split('}')
    .map((block) => {
      const [selector = '', body = ''] = block.split('{');
      return { selector: selector.trim(), body };
    })
    .filter(({ selector }) => selector && !/^(to|from|\d+%)$/.test(selector));
}

/** Splits a selector list on commas outside parentheses. */
function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}
