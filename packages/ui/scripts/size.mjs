// Prints the minified + gzipped size of each drop-in component as a host's bundler would ship it:
// everything bundled (rules, sdk, zod, ky, Radix) except react, react-dom and @tanstack/react-query.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_ALL_DIALOGS = 45 * 1024;
const entry = new URL('../src/index.ts', import.meta.url).pathname;

const cases = [
  ['ChangePlanDialog', ['ChangePlanDialog']],
  ['AssignNumberDialog', ['AssignNumberDialog']],
  ['PayToActivate', ['PayToActivate']],
  ['all three dialogs', ['ChangePlanDialog', 'AssignNumberDialog', 'PayToActivate']],
  ['Unassign + Release', ['UnassignNumberDialog', 'ReleaseNumberDialog']],
  ['SubscriptionCard', ['SubscriptionCard']],
  ['StartSubscription', ['StartSubscriptionDialog']],
];
// What a host ships in total also includes the client it creates (ky, zod/mini schemas).
const withClient = `export { createPlankitClient } from '@plankit/sdk';`;

async function measure(names, extra = '') {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from ${JSON.stringify(entry)};\n${extra}`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['@plankit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
    logLevel: 'error',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  const used = inputs.filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, used };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [label, names] of cases) {
  try {
    const { raw, gzip } = await measure(names);
    const budget =
      names.length === 3
        ? ` (budget ${kb(BUDGET_ALL_DIALOGS)}: ${gzip <= BUDGET_ALL_DIALOGS ? 'within' : 'OVER'})`
        : '';
    console.log(`${label.padEnd(20)} ${kb(gzip).padStart(9)} gzip  ${kb(raw).padStart(9)} min${budget}`);
  } catch (error) {
    console.log(`${label.padEnd(20)} not measurable: ${error.message.split('\n')[0]}`);
  }
}
const all = await measure(['ChangePlanDialog', 'AssignNumberDialog', 'PayToActivate'], withClient);
console.log(
  `${'+ createPlankitClient'.padEnd(20)} ${kb(all.gzip).padStart(9)} gzip  ${kb(all.raw).padStart(9)} min (all three dialogs and the client)`,
);

// Importing only PayToActivate must not pull the change-plan dialog's code (its catalog strings are
// shared by every component, so rules' change-plan messages may appear; nothing else may).
const pay = await measure(['PayToActivate']);
const pulled = pay.used.filter(
  (path) => /\/change-plan\//.test(path) && !/rules\/src\/change-plan\/messages\.ts$/.test(path),
);
if (pulled.length > 0) {
  console.error(`PayToActivate pulls change-plan code:\n  ${pulled.join('\n  ')}`);
  process.exit(1);
}
console.log('PayToActivate alone: no change-plan code (only the shared message catalog)');
