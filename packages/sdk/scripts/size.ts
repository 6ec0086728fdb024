// Bundle the client entry and the React entry the way a host's bundler would (minified, React and
// React Query external) and print their sizes. Fails if JSON Schema generation reaches the client.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const root = new URL('..', import.meta.url).pathname;

interface Measured {
  readonly name: string;
  readonly minified: number;
  readonly gzip: number;
  readonly inputs: string[];
}

async function measure(name: string, contents: string): Promise<Measured> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@plankit/source'],
    external,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  // Inputs that left code in the bundle (tree-shaken modules are listed with 0 bytes).
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .map(([path, input]) => `${path} ${input.bytesInOutput}`);
  return { name, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;

const results = [
  await measure('@plankit/sdk (client)', `export * from './src/index.ts';`),
  await measure('@plankit/sdk/react (hooks)', `export * from './src/react/index.ts';`),
  await measure('client + hooks', `export * from './src/index.ts'; export * from './src/react/index.ts';`),
  await measure('@plankit/sdk/contract (schemas, mappers)', `export * from './src/contract/index.ts';`),
];

console.log(`${'entry'.padEnd(44)}${'minified'.padStart(10)}${'gzip'.padStart(10)}`);
for (const r of results) console.log(`${r.name.padEnd(44)}${kb(r.minified)}${kb(r.gzip)}`);

const client = results[0];
const leaked = client?.inputs.filter((input) => /json-schema|openapi/i.test(input)) ?? [];
if (leaked.length > 0) {
  console.error(`JSON Schema generation is in the client bundle:\n  ${leaked.join('\n  ')}`);
  process.exit(1);
}
console.log('client bundle: no JSON Schema generation, no OpenAPI');
if (process.argv.includes('--inputs')) for (const input of client?.inputs ?? []) console.log(`  ${input}`);
