import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'messages/de': 'src/messages/de.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  // Components use hooks; React Server Components hosts need the client boundary at the entry.
  banner: { js: "'use client';" },
  // The published `./styles.css` export: src/ is not in the tarball.
  async onSuccess() {
    await copyFile('src/styles/plankit.css', 'dist/styles.css');
  },
});
