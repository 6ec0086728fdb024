// Measures AssignNumberDialog with 10,000 eligible users in headless Chromium: time from clicking
// Assign to an interactive dialog (first page painted, search box focused), and per-keystroke
// latency (key press to the input painted, and to the list painted with the server's answer).
// The backend is in memory in the page, so the figures are the component's own cost, not a network's.
// Three ways in: the body loaded with the page; a cold click that loads the body's chunk first; a
// hover that prefetches it, then the click. Chunks are served over loopback.
// Usage: node scripts/measure-assign.mjs [--users 10000] [--runs 5]
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const users = arg('users', 10_000);
const runs = arg('runs', 5);

const bundle = await build({
  entryPoints: [new URL('./measure-assign.page.tsx', import.meta.url).pathname],
  bundle: true,
  minify: true,
  write: false,
  outdir: '/measure',
  splitting: true,
  format: 'esm',
  platform: 'browser',
  jsx: 'automatic',
  conditions: ['@plankit/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const files = new Map(bundle.outputFiles.map((file) => [file.path.replace('/measure', ''), file.text]));
const server = createServer((req, res) => {
  const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
  if (file !== undefined) {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(file);
  } else {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><meta charset="utf-8"><body><script type="module" src="/measure-assign.page.js"></script>');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

const modes = ['loaded', 'cold', 'hover', 'unwarmed'];
try {
  const opens = [];
  const opensBy = { cold: [], hover: [], unwarmed: [] };
  const inputLatency = [];
  const filterLatency = [];
  const query = 'hugo costa 2';
  for (let run = 0; run < runs * modes.length; run++) {
    const mode = modes[run % modes.length];
    const page = await (await browser.newContext()).newPage();
    const body = mode === 'loaded' || mode === 'unwarmed' ? 'loaded' : 'cold';
    await page.goto(`${base}/?users=${users}&debounce=0&mode=${body}&warm=${mode === 'unwarmed' ? 0 : 1}`);
    await page.waitForFunction(() => window.bench?.ready);
    if (mode === 'hover') {
      await page.hover('button');
      await page.evaluate(() => window.bench.bodyLoaded());
    }
    const opened = await page.evaluate(() => window.bench.open());
    if (mode !== 'loaded') {
      opensBy[mode].push(opened);
      await page.context().close();
      continue;
    }
    opens.push(opened);
    for (const [i, key] of [...query].entries()) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForFunction((n) => window.bench.filterMs.length >= n, i + 1);
    }
    const timings = await page.evaluate(() => ({ input: window.bench.inputMs, filter: window.bench.filterMs }));
    inputLatency.push(...timings.input);
    filterLatency.push(...timings.filter);
    await page.context().close();
  }
  console.log(`AssignNumberDialog, ${users.toLocaleString('en-US')} eligible users, ${runs} runs (headless Chromium)`);
  console.log(
    `  open → interactive (first page of 50 painted, search focused): median ${ms(median(opens))}, max ${ms(Math.max(...opens))}`,
  );
  for (const mode of ['cold', 'hover', 'unwarmed']) {
    const label = {
      cold: 'cold click (body loads on click)',
      hover: 'hover, then click (prefetched)',
      unwarmed: "body loaded, the in-page fake's first answer timed too",
    }[mode];
    console.log(
      `  open → interactive, ${label}: median ${ms(median(opensBy[mode]))}, max ${ms(Math.max(...opensBy[mode]))}`,
    );
  }
  console.log(`  keystroke → input painted:         median ${ms(median(inputLatency))}, p95 ${ms(p95(inputLatency))}`);
  console.log(
    `  keystroke → filtered list painted: median ${ms(median(filterLatency))}, p95 ${ms(p95(filterLatency))} (debounce 0; the component waits 200 ms by default)`,
  );
} finally {
  await browser.close();
  server.close();
}
