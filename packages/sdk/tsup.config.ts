import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// One ESM file per public entry; dependencies and peers stay external (the host's bundler dedupes them).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'contract/index': 'src/contract/index.ts',
    'react/index': 'src/react/index.ts',
    'queries/index': 'src/queries/index.ts',
    'openapi/index': 'src/openapi/index.ts',
    'webhooks/index': 'src/webhooks/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  external: ['react', 'react-dom', '@tanstack/react-query', '@plankit/rules', 'ky', 'zod'],
  // Bundling drops module directives; the hooks entry must stay a client module for RSC hosts.
  async onSuccess() {
    const file = 'dist/react/index.js';
    const code = await readFile(file, 'utf8');
    if (!code.startsWith("'use client'")) await writeFile(file, `'use client';\n${code}`);
  },
});
