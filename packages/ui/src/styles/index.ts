import { plankitCss } from './plankit-css.gen';

/**
 * The default theme as a string, for hosts that cannot import CSS files: put it in a `<style>` inside
 * a shadow root, or in `adoptedStyleSheets`. Same content as `@plankit/ui/styles.css`.
 */
export const plankitStyles: string = plankitCss;

/**
 * The default theme wrapped in `@layer <layer>`, so hosts with cascade layers (Tailwind 4) can order it
 * below their utilities: declare `@layer plankit, utilities;` and inject this string.
 */
export function plankitStylesInLayer(layer = 'plankit'): string {
  if (!/^[A-Za-z_-][\w.-]*$/.test(layer)) throw new TypeError(`Not a valid cascade layer name: ${layer}`);
  return `@layer ${layer} {\n${plankitCss}\n}\n`;
}
