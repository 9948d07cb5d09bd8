#!/usr/bin/env node
// Slow-phone benchmark (npm run bench:phone): loads pages of the built site in chromium as a low-end
// phone on a mobile connection would — 360×800, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
// slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), an empty cache (a new browser context
// per load; the cache works during the load, as on a first visit and as Lighthouse measures), files
// served as a static host serves them (text gzipped, Last-Modified, and the headers of dist/_headers,
// the Netlify/Cloudflare recipe from public/_headers: /_astro/ immutable, /pagefind/ ten minutes) — and prints, per page, the median of a few cold loads of: largest contentful paint
// (LCP), total blocking time after first contentful paint (TBT, from long tasks), cumulative layout
// shift (CLS) and the bytes the server sent (response bodies, the worker's included). Targets: LCP < 2.5 s, TBT < 200 ms, CLS < 0.1.
// Prints figures only; it asserts nothing and is not part of npm test. Run `npm run build` first.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.mjs';

const DIST = process.env.PRONGSAI_DIST || 'dist';
const RUNS = Number(process.env.BENCH_RUNS || 3);
const PAGES = (process.env.BENCH_PAGES_LIST || '/,/ita/2566/budget-use/,/oit/2569/,/search/?q=จัดซื้อจัดจ้าง').split(',');
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (750e3 / 8) | 0,
};
const CPU_SLOWDOWN = 4;
const TARGETS = { lcp: 2500, tbt: 200, cls: 0.1 };

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No built site in ${DIST}/: run npm run build first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** The headers dist/_headers gives a path (Netlify's rules: every matching block, later ones win). */
function recipeHeaders(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return () => ({});
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.test.test(path)).map((r) => r.headers));
}

/** The built site on loopback (port 0), text gzipped like a static host does. */
function serve(dir) {
  // Everything the server sends, the worker's downloads included (the page's own network events miss those).
  const sent = { bytes: 0 };
  const headersFor = recipeHeaders(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = {
      ...headersFor(path),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'last-modified': statSync(file).mtime.toUTCString(),
    };
    if (COMPRESSIBLE.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    sent.bytes += body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}`, sent, close: () => server.close() }),
    ),
  );
}

/** Collects paint, LCP, layout-shift and long-task entries from the first moment of the page. */
const OBSERVE = () => {
  const perf = { fcp: null, lcp: null, cls: 0, longTasks: [] };
  window.__perf = perf;
  const watch = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not report: that figure stays empty.
    }
  };
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') perf.fcp = e.startTime;
  });
  watch('largest-contentful-paint', (e) => {
    perf.lcp = e.startTime;
  });
  watch('layout-shift', (e) => {
    if (!e.hadRecentInput) perf.cls += e.value;
  });
  watch('longtask', (e) => perf.longTasks.push([e.startTime, e.duration]));
};

async function measure(browser, server, url) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const sentBefore = server.sent.bytes;
  await page.addInitScript(OBSERVE);
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Late work (the chart drawn after the font, the search results) counts too: wait for quiet.
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  const loaded = Date.now() - start;
  const perf = await page.evaluate(() => window.__perf);
  const bytes = server.sent.bytes - sentBefore;
  await context.close();
  const tbt = perf.longTasks
    .filter(([startTime]) => perf.fcp !== null && startTime >= perf.fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return { lcp: perf.lcp ?? NaN, fcp: perf.fcp ?? NaN, tbt, cls: perf.cls, bytes, loaded };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await serve(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
console.log(
  `Slow phone: 360×800, CPU ×${CPU_SLOWDOWN}, ${NETWORK.latency} ms RTT, 1.6 Mbit/s down, 750 kbit/s up, cold cache; median of ${RUNS} loads`,
);
console.log(
  'page                              FCP ms   LCP ms   TBT ms    CLS     KB   (targets: LCP < 2500, TBT < 200, CLS < 0.1)',
);
let allMet = true;
for (const path of PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server, server.url + encodeURI(path)));
  const m = Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls', 'bytes'].map((k) => [k, median(runs.map((r) => r[k]))]));
  const met = m.lcp < TARGETS.lcp && m.tbt < TARGETS.tbt && m.cls < TARGETS.cls;
  allMet &&= met;
  console.log(
    `${path.padEnd(32)} ${String(Math.round(m.fcp)).padStart(7)} ${String(Math.round(m.lcp)).padStart(8)} ${String(Math.round(m.tbt)).padStart(8)} ${m.cls.toFixed(3).padStart(7)} ${(m.bytes / 1024).toFixed(0).padStart(6)}   ${met ? 'within targets' : 'OVER TARGET'}`,
  );
}
console.log(allMet ? 'Every page within the targets.' : 'Some page is over a target (see above).');
await browser.close();
server.close();
