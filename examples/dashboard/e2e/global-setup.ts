// Build the dashboard once for every e2e file; each file serves this build next to its own server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('..', import.meta.url));

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'plankit-dashboard-'));
  const { build } = await import('vite');
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  project.provide('dashboardDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    dashboardDist: string;
  }
}
