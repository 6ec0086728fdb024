#!/usr/bin/env node
// Size budgets: every public entry bundled the way a host's bundler ships it (esbuild, minified,
// ESM, gzip -9; React, react-dom and React Query external, everything else bundled), each against
// its budget. Exits 1 when an entry is over budget or a tree-shaking promise breaks.
// `--inputs NAME` lists what one entry is made of, largest first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const ui = `${root}packages/ui/src/index.ts`;
const sdk = `${root}packages/sdk/src/index.ts`;
const rules = `${root}packages/rules/src/index.ts`;
const rulesMessages = `${root}packages/rules/src/messages/index.ts`;
const css = `${root}packages/ui/src/styles/plankit.css`;
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const KB = 1024;

const fromUi = (...names) => `export { ${names.join(', ')} } from ${JSON.stringify(ui)};`;
// A dialog with its body: the module the package entry's shell loads on open. esbuild keeps every
// dynamic import target live, even an unused one, so bodies are measured from their own modules
// (the shell in front of them is under 1 KB).
const body = (name, path) => `export { ${name} } from ${JSON.stringify(`${root}packages/ui/src/${path}`)};`;
const bodies = {
  ChangePlanDialog: body('ChangePlanDialog', 'change-plan/ChangePlanDialog.tsx'),
  AssignNumberDialog: body('AssignNumberDialog', 'numbers/AssignNumberDialog.tsx'),
  PayToActivate: body('PayToActivate', 'numbers/PayToActivate.tsx'),
};
const allBodies = Object.values(bodies).join('\n');
const client = `export { createPlankitClient } from ${JSON.stringify(sdk)};`;
const dialogs = ['ChangePlanDialog', 'AssignNumberDialog', 'PayToActivate'];

/** The run-time names the browser packages (ui and sdk, fakes and tests aside) import from the rules core. */
function rulesNamesTheBrowserLoads() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'testing') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|stories)\./.test(entry.name)) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/import\s+\{([^}]*)\}\s+from\s+'@plankit\/rules'/g)) {
          for (const name of m[1].split(',').map((n) => n.trim())) {
            if (name !== '' && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
          }
        }
      }
    }
  };
  walk(`${root}packages/ui/src`);
  walk(`${root}packages/sdk/src`);
  return [...names].sort();
}

/**
 * name, what a host imports, and the budget in bytes of gzip. `initial` entries count only what
 * loads before any dialog opens: everything but what the entry imports dynamically.
 */
const entries = [
  { name: 'ChangePlanDialog', contents: bodies.ChangePlanDialog, budget: 32 * KB },
  { name: 'AssignNumberDialog', contents: bodies.AssignNumberDialog, budget: 31.5 * KB },
  { name: 'PayToActivate', contents: bodies.PayToActivate, budget: 13 * KB },
  { name: 'all three dialogs', contents: allBodies, budget: 37 * KB },
  { name: 'createPlankitClient', contents: client, budget: 24 * KB },
  {
    name: '@plankit/sdk/react (hooks)',
    // Every hook at once: it grows with each endpoint's hooks (seats, add-ons and packs: +0.3 KB);
    // a host that imports a few pays for those alone.
    contents: `export * from ${JSON.stringify(`${root}packages/sdk/src/react/index.ts`)};`,
    budget: 4 * KB,
  },
  { name: 'three dialogs + client', contents: `${allBodies}\n${client}`, budget: 61 * KB },
  {
    name: 'before open (two dialog triggers)',
    contents: fromUi('ChangePlanDialog', 'AssignNumberDialog', 'PlankitUIProvider'),
    budget: 8.75 * KB,
    initial: true,
  },
  {
    name: 'before open (PayToActivate)',
    contents: fromUi('PayToActivate', 'PlankitUIProvider'),
    budget: 11 * KB,
    initial: true,
  },
  {
    name: 'before open (three + client)',
    contents: `${fromUi(...dialogs)}\n${client}`,
    budget: 35.5 * KB,
    initial: true,
  },
  {
    name: '@plankit/rules (what the ui loads)',
    contents: `export { ${rulesNamesTheBrowserLoads().join(', ')} } from ${JSON.stringify(rules)};`,
    budget: 2 * KB,
  },
  { name: '@plankit/rules (whole core)', contents: `export * from ${JSON.stringify(rules)};`, budget: 14.5 * KB },
  { name: '@plankit/rules/messages', contents: `export * from ${JSON.stringify(rulesMessages)};`, budget: 5 * KB },
  { name: 'stylesheet', css, budget: 4 * KB },
];

// What loads on open stays out of an `initial` bundle: every dynamic import is left external.
const onOpenExternal = {
  name: 'on-open-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

async function measure(entry) {
  const options = entry.css
    ? { entryPoints: [entry.css], loader: { '.css': 'css' }, outdir: `${root}.cache/size` }
    : { stdin: { contents: entry.contents, resolveDir: root, loader: 'ts' } };
  const result = await build({
    ...options,
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@plankit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    plugins: entry.initial ? [onOpenExternal] : [],
    logLevel: 'error',
    metafile: true,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) inputs.set(input, (inputs.get(input) ?? 0) + bytesInOutput);
    }
  }
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const failures = [];
const measured = new Map();
console.log(`${'entry'.padEnd(30)}${'gzip'.padStart(10)}${'min'.padStart(10)}${'budget'.padStart(10)}`);
for (const entry of entries) {
  const m = await measure(entry);
  measured.set(entry.name, m);
  const over = m.gzip > entry.budget;
  if (over) failures.push(`${entry.name} is ${kb(m.gzip)}, over its budget of ${kb(entry.budget)}`);
  console.log(
    `${entry.name.padEnd(30)}${kb(m.gzip).padStart(10)}${kb(m.raw).padStart(10)}${kb(entry.budget).padStart(10)}${over ? '  OVER' : ''}`,
  );
}

// Tree-shaking promises. PayToActivate alone carries no change-plan code (the rules' change-plan
// message keys are shared by every component's catalog and may appear).
const pay = [...(measured.get('PayToActivate')?.inputs.keys() ?? [])];
const changePlan = pay.filter((p) => /\/change-plan\//.test(p) && !/rules\/src\/change-plan\/messages\.ts$/.test(p));
if (changePlan.length > 0) failures.push(`PayToActivate pulls change-plan code:\n  ${changePlan.join('\n  ')}`);
else console.log('PayToActivate alone: no change-plan code');
// JSON Schema generation and the OpenAPI document are for the server; no browser entry has them.
for (const name of ['three dialogs + client', 'createPlankitClient']) {
  const leaked = [...(measured.get(name)?.inputs.keys() ?? [])].filter((p) => /json-schema|openapi/i.test(p));
  if (leaked.length > 0) failures.push(`${name} pulls JSON Schema or OpenAPI code:\n  ${leaked.join('\n  ')}`);
}
if (!failures.some((f) => f.includes('JSON Schema'))) console.log('ui and client: no JSON Schema, no OpenAPI code');

const listed = process.argv.indexOf('--inputs');
if (listed !== -1) {
  const name = process.argv[listed + 1];
  const inputs = measured.get(name)?.inputs;
  if (inputs === undefined) console.error(`No entry named "${name}".`);
  for (const [path, bytes] of [...(inputs ?? [])].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(bytes).padStart(8)}  ${path.replace(root, '')}`);
  }
}
if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
