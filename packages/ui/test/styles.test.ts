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

  it('keeps every rule at zero specificity so host rules win', () => {
    const selectors = file
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('}')
      .map((block) => block.split('{')[0]?.trim() ?? '')
      .filter((selector) => selector && !selector.startsWith('@') && !/^(to|from|\d+%)$/.test(selector));
    for (const selector of selectors) {
      for (const part of splitTopLevel(selector)) expect(part).toMatch(/^:where\([\s\S]*\)$/);
    }
  });
});

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
