#!/usr/bin/env node
// `npm start` and `npm test` on a machine that has only Node and npm: bootstrap the pinned pnpm,
// install the workspace, provide system tools the tests need, then run the job.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const job = process.argv[2];

function log(message) {
  process.stdout.write(`\n▸ ${message}\n`);
}

// The pinned pnpm: the one on PATH when it is that version, else installed once under .cache/.
// Its folder goes first on PATH for every step, so scripts that call `pnpm` get this same one.
function resolvePnpm() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim() === pnpmVersion) return;
  const prefix = join(root, '.cache', `pnpm-${pnpmVersion}`);
  const bin = join(prefix, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'pnpm'))) {
    log(`Fetching pnpm ${pnpmVersion} through npm`);
    const status = run('npm', [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      prefix,
      `pnpm@${pnpmVersion}`,
    ]);
    if (status !== 0) process.exit(status);
  }
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    ...options,
    env: { ...process.env, ...options.env },
  });
  return result.status ?? 1;
}

function installWorkspace() {
  log(`Installing the workspace with pnpm ${pnpmVersion}`);
  const status = run('pnpm', ['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
}

function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(base, version, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  return null;
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

// The browser and database tests need Debian's Chromium and PostgreSQL; install them when we can.
function ensureSystemTools() {
  const missing = [];
  if (!chromiumPath()) missing.push('chromium', 'fonts-liberation');
  if (!postgresBin()) missing.push('postgresql');
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version']).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `Missing: ${missing.join(', ')}. Install them (Debian: sudo apt-get install -y ${missing.join(' ')}), or set CHROMIUM_PATH, then run again.`,
    );
    process.exit(1);
  }
  log(`Installing ${missing.join(', ')} from Debian's packages`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) process.exit(1);
  if (run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0) process.exit(1);
}

function readVitestJson(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

async function test() {
  ensureSystemTools();
  const tmp = mkdtempSync(join(tmpdir(), 'plankit-test-'));
  const env = {
    CHROMIUM_PATH: chromiumPath() ?? '',
    XDG_CONFIG_HOME: join(tmp, 'xdg'),
    STORYBOOK_DISABLE_TELEMETRY: '1',
    PLANKIT_PG_BIN: postgresBin() ?? '',
  };
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failedSteps = [];
  const steps = [
    { name: 'lint', args: ['exec', 'biome', 'check', '.'] },
    { name: 'typecheck', args: ['run', 'typecheck'] },
    { name: 'size budgets', command: 'node', argv: ['scripts/size.mjs'] },
    { name: 'packages (build, publint, attw)', command: 'bash', argv: ['scripts/check-packages.sh'] },
    { name: 'storybook static build (offline)', args: ['--filter', '@plankit/ui', 'run', 'storybook:build'] },
    // The API reference (api-reference/index.html) from the public types of the three packages.
    { name: 'API reference (typedoc)', args: ['exec', 'typedoc', '--logLevel', 'Error'] },
    // The race and two-instance tests prove nothing on PGlite (one connection); they run, and must
    // pass, in the PostgreSQL step.
    {
      name: 'tests (embedded PGlite)',
      vitest: 'pglite',
      args: ['exec', 'vitest', 'run', '--exclude', '**/races.test.ts', '--exclude', '**/two-instances.test.ts'],
    },
    {
      name: 'server tests (real PostgreSQL)',
      vitest: 'postgres',
      command: 'bash',
      argv: ['scripts/with-postgres.sh', 'pnpm', 'exec', 'vitest', 'run', '--project', 'server'],
    },
  ];
  for (const step of steps) {
    log(step.name);
    const started = Date.now();
    let args = step.args;
    let jsonFile;
    if (step.vitest) {
      jsonFile = join(tmp, `${step.vitest}.json`);
      const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`];
      args = step.args ? [...step.args, ...reporters] : undefined;
      if (step.argv) step.argv.push(...reporters);
    }
    const status = step.command ? run(step.command, step.argv, { env }) : run('pnpm', args, { env });
    if (jsonFile) {
      const counts = readVitestJson(jsonFile);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (status !== 0) failedSteps.push(step.name);
    log(`${step.name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  }
  rmSync(tmp, { recursive: true, force: true });
  if (failedSteps.length > 0) {
    console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
    if (totals.failed === 0) totals.failed = failedSteps.length;
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(failedSteps.length > 0 ? 1 : 0);
}

function start() {
  const dashboard = join(root, 'examples', 'dashboard', 'package.json');
  const scripts = existsSync(dashboard) ? (JSON.parse(readFileSync(dashboard, 'utf8')).scripts ?? {}) : {};
  if (!scripts.main) {
    console.error('The example dashboard is not available in this checkout.');
    process.exit(1);
  }
  const child = spawn('pnpm', ['--filter', '@plankit/example-dashboard', 'run', 'main'], {
    stdio: 'inherit',
    cwd: root,
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

resolvePnpm();
installWorkspace();
if (job === 'test') await test();
else if (job === 'start') start();
else {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}
