// Generates src/styles/plankit-css.gen.ts from src/styles/plankit.css, the one source of the theme,
// so the stylesheet can also be imported as a string (shadow roots, cascade layers).
// A test fails when the two differ: run `pnpm --filter @plankit/ui gen:css` after editing the CSS.
import { readFileSync, writeFileSync } from 'node:fs';

const css = readFileSync(new URL('../src/styles/plankit.css', import.meta.url), 'utf8');
const out = `// Generated from plankit.css by scripts/build-css.mjs. Do not edit.\nexport const plankitCss = ${JSON.stringify(css)};\n`;
writeFileSync(new URL('../src/styles/plankit-css.gen.ts', import.meta.url), out);
