#!/usr/bin/env node
// Size budgets: every public entry bundled the way a host's bundler ships it (esbuild, minified,
// ESM, gzip -9; React, react-dom and React Query external, everything else bundled), each against
// its budget. Exits 1 when an entry is over budget or a tree-shaking promise breaks.
// `--inputs NAME` lists what one entry is made of, largest first.
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const ui = `${root}packages/ui/src/index.ts`;
const sdk = `${root}packages/sdk/src/index.ts`;
const rules = `${root}packages/rules/src/index.ts`;
const css = `${root}packages/ui/src/styles/plankit.css`;
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const KB = 1024;

const fromUi = (...names) => `export { ${names.join(', ')} } from ${JSON.stringify(ui)};`;
const client = `export { createPlankitClient } from ${JSON.stringify(sdk)};`;
const dialogs = ['ChangePlanDialog', 'AssignNumberDialog', 'PayToActivate'];

/**
 * name, what a host imports, and the budget in bytes of gzip. `initial` entries count only what
 * loads before any dialog opens: the entry chunk and its static imports, not its dynamic imports.
 */
const entries = [
  { name: 'ChangePlanDialog', contents: fromUi('ChangePlanDialog'), budget: 30 * KB },
  { name: 'AssignNumberDialog', contents: fromUi('AssignNumberDialog'), budget: 30 * KB },
  { name: 'PayToActivate', contents: fromUi('PayToActivate'), budget: 12 * KB },
  { name: 'all three dialogs', contents: fromUi(...dialogs), budget: 35 * KB },
  { name: 'createPlankitClient', contents: client, budget: 22 * KB },
  {
    name: '@plankit/sdk/react (hooks)',
    contents: `export * from ${JSON.stringify(`${root}packages/sdk/src/react/index.ts`)};`,
    budget: 3 * KB,
  },
  { name: 'three dialogs + client', contents: `${fromUi(...dialogs)}\n${client}`, budget: 56 * KB },
  {
    name: 'before open (three + client)',
    contents: `${fromUi(...dialogs)}\n${client}`,
    budget: 56 * KB,
    initial: true,
  },
  { name: '@plankit/rules', contents: `export * from ${JSON.stringify(rules)};`, budget: 14 * KB },
  { name: 'stylesheet', css, budget: 4 * KB },
];

async function measure(entry) {
  const options = entry.css
    ? { entryPoints: [entry.css], loader: { '.css': 'css' } }
    : { stdin: { contents: entry.contents, resolveDir: root, loader: 'ts' }, splitting: true };
  const result = await build({
    ...options,
    bundle: true,
    minify: true,
    write: false,
    absWorkingDir: root,
    outdir: `${root}.cache/size`, // not written: write is false
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@plankit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    logLevel: 'error',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  // The files a browser fetches: the entry and what it imports statically (or, for the whole
  // entry, every chunk including those loaded on open).
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const next of outputs[path].imports) {
      if (next.external) continue;
      if (next.kind === 'import-statement' || !entry.initial) visit(next.path);
    }
  };
  visit(start ?? Object.keys(outputs)[0]);
  let gzip = 0;
  let raw = 0;
  const inputs = new Map();
  for (const file of result.outputFiles) {
    const path = relative(root, file.path);
    if (!loaded.has(path)) continue;
    raw += file.contents.byteLength;
    gzip += gzipSync(file.contents, { level: 9 }).byteLength;
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      if (bytesInOutput > 0) inputs.set(input, (inputs.get(input) ?? 0) + bytesInOutput);
    }
  }
  return { raw, gzip, inputs };
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
