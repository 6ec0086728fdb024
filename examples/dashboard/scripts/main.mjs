#!/usr/bin/env node
// The main job: the reference server (PGlite on disk, seeded on first run) and the dashboard's Vite
// dev server together, on one origin (Vite proxies /v1, /checkout, /invoices and /openapi.json).
// Output is prefixed per process; Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dashboardDir = join(here, '..');
const serverDir = join(dashboardDir, '..', 'server');
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/** The preferred port when free, else one the system picks. */
function freePort(preferred) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      const any = createServer();
      any.listen(0, '127.0.0.1', () => {
        const { port } = any.address();
        any.close(() => resolve(port));
      });
    });
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
  });
}

const children = new Set();
let stopping = false;

function prefixed(stream, label, target) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) target.write(`${label} ${line}\n`);
  });
  stream.on('end', () => rest && target.write(`${label} ${rest}\n`));
}

function run(name, code, args, options) {
  const label = paint(code, `[${name}]`.padEnd(8));
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  prefixed(child.stdout, label, process.stdout);
  prefixed(child.stderr, label, process.stderr);
  child.on('exit', (status, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`${label} exited (${signal ?? status}); stopping.`);
      stop(typeof status === 'number' && status !== 0 ? status : 1);
    } else if (children.size === 0) process.exit(process.exitCode ?? 0);
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children) child.kill('SIGTERM');
  // A child that ignores SIGTERM does not keep the terminal.
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
}

async function waitFor(url, what, timeoutMs = 90_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (stopping) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s.`);
  stop(1);
  return false;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const apiPort = await freePort(Number(process.env.PORT ?? 8787));
const webPort = await freePort(Number(process.env.DASHBOARD_PORT ?? 5173));
const apiUrl = `http://127.0.0.1:${apiPort}`;
const webUrl = `http://127.0.0.1:${webPort}`;

run('server', '36', [tsxCli, '--conditions=@plankit/source', 'src/main.ts'], {
  cwd: serverDir,
  env: { ...process.env, PORT: String(apiPort), CORS_ORIGINS: webUrl },
});
run('web', '35', [viteBin, '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'], {
  cwd: dashboardDir,
  env: { ...process.env, PLANKIT_API_URL: apiUrl },
});

if ((await waitFor(`${apiUrl}/openapi.json`, 'The server')) && (await waitFor(webUrl, 'The dashboard'))) {
  const line = '─'.repeat(56);
  console.log(
    `\n${line}\n  Plankit example dashboard: ${paint('1', webUrl)}\n  API and OpenAPI document:  ${webUrl}/openapi.json\n  Switch users in the header; move the server clock there too.\n  Ctrl-C stops both.\n${line}\n`,
  );
}
