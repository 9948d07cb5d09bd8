#!/usr/bin/env node
// npm run bench [-- 1000 5000] [--keep]
// Builds generated sites of N documents in a temporary copy of the project and prints, for each:
// build and index time, peak memory, size of dist/, the gzip JavaScript a text page and a chart page
// load, the home page's total bytes; and the same pages built by a bare Astro site, as the baseline.
// Figures only: nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { generateDocuments } from './generate.mjs';
import { dirBytes, pageJavaScript, pageTotal } from './measure.mjs';

const root = resolve('.');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const sizes = args.map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(1000, 5000);

// Generated documents are real entries of the `documents` collection (content/documents/), each with
// its page at /documents/<id>/, exactly as staff publish them.
const TEXT_PAGE = '/documents/bench-00001/';
const CHART_PAGE = '/ita/2566/corruption-problem-solving/';

const PATH = [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter);
// The project's own build settings (content, output folder, base path, origin) never reach the copies.
const {
  PRONGSAI_CONTENT: _content,
  PRONGSAI_PUBLIC: _public,
  PRONGSAI_NACC: _nacc,
  PRONGSAI_OUT_DIR: _outDir,
  BASE_PATH: _base,
  SITE_URL: _site,
  ...inheritedEnv
} = process.env;
const HAS_TIME = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/**
 * Runs a command in `cwd`; returns wall seconds, CPU seconds (user + system, of it and its children)
 * and the peak resident memory (MB) of its largest process. On a shared machine CPU time is the
 * steadier figure: wall time grows with everyone else's load.
 */
function timed(cwd, cmd, args, env = {}) {
  const stats = join(cwd, '.time');
  const [bin, binArgs] = HAS_TIME ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', stats, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, binArgs, {
    cwd,
    encoding: 'utf8',
    env: { ...inheritedEnv, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}\n${r.stdout}\n${r.stderr}`);
  const [maxKb, user, system] = HAS_TIME
    ? readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
    : [NaN, NaN, NaN];
  return { seconds, cpu: user + system, peakMb: maxKb / 1024 };
}

/**
 * The project's packages, linked one by one: the copy gets a node_modules of its own, so Astro's and
 * Vite's caches (node_modules/.astro, .vite) stay in the temporary folder and never touch the project's.
 */
function link(dir) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
}

/**
 * Everything `astro build` reads from the project, by where the copy takes it: the code, the CLIs'
 * helpers the config imports, the example organization as the copy's own content and public files, the
 * program's frameworks (nacc/), the staff guide (docs/guide, a content collection of its own), the
 * deployment headers and the configuration. The only list of it: a folder missing here breaks the copy's
 * build (npm test runs a small bench, so it shows at once).
 */
const BUILD_INPUTS = [
  ['src', 'src'],
  ['examples/khok-ko/public', 'public'],
  ['scripts', 'scripts'],
  ['examples/khok-ko/content', 'content'],
  ['nacc', 'nacc'],
  ['docs', 'docs'],
  ['deploy', 'deploy'],
  ['astro.config.mjs', 'astro.config.mjs'],
  ['package.json', 'package.json'],
  ['tsconfig.json', 'tsconfig.json'],
];

/** A copy of this project with N generated documents (each gets its page from src/pages/documents/). */
function benchProject(dir, n) {
  for (const [from, to] of BUILD_INPUTS) cpSync(join(root, from), join(dir, to), { recursive: true });
  link(dir);
  generateDocuments(dir, n);
}

/** The baseline: a bare Astro site with the same documents as plain pages (no layout, no CSS, no fonts). */
function bareProject(dir, n) {
  mkdirSync(join(dir, 'src/pages/documents'), { recursive: true });
  link(dir);
  generateDocuments(dir, n);
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always' });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
const documents = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/documents' }),
  schema: z.object({ title: z.string(), date: z.string(), fiscalYear: z.number(), unit: z.string(), summary: z.array(z.string()) }),
});
export const collections = { documents };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/documents/[id].astro'),
    `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('documents')).map((e) => ({ params: { id: e.id }, props: { doc: e.data } }));
}
const { doc } = Astro.props;
---
<html lang="th"><head><meta charset="utf-8" /><title>{doc.title}</title></head>
<body><main><h1>{doc.title}</h1><p>{doc.unit} · {doc.date}</p>{doc.summary.map((p) => <p>{p}</p>)}</main></body></html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    '<html lang="th"><head><meta charset="utf-8" /><title>หน้าแรก</title></head><body><h1>หน้าแรก</h1></body></html>\n',
  );
}

function buildAndIndex(dir, env = {}) {
  const build = timed(dir, 'astro', ['build'], env);
  const index = timed(dir, 'pagefind', ['--site', 'dist', '--silent']);
  const pages = spawnSync('find', [join(dir, 'dist'), '-name', 'index.html'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n').length;
  return { build, index, pages, distBytes: dirBytes(join(dir, 'dist')) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds) => `${seconds.toFixed(1)} s`;
const row = (label, ...cells) =>
  console.log(`  ${label.padEnd(34)}${cells.map((c) => String(c).padStart(16)).join('')}`);

const tmp = mkdtempSync(join(tmpdir(), 'prongsai-bench-'));
console.log(
  `Prongsai benchmark in ${tmp} (Node ${process.version}, peak memory ${HAS_TIME ? 'by /usr/bin/time' : 'not measured: install Debian package "time"'})`,
);
const summary = [];
try {
  for (const n of sizes) {
    const site = join(tmp, `prongsai-${n}`);
    const bare = join(tmp, `bare-${n}`);
    benchProject(site, n);
    bareProject(bare, n);
    const p = buildAndIndex(site);
    const b = buildAndIndex(bare);
    const dist = join(site, 'dist');
    const text = pageJavaScript(dist, TEXT_PAGE);
    const chart = pageJavaScript(dist, CHART_PAGE);
    const home = pageTotal(dist, '/');
    const total = p.build.seconds + p.index.seconds;
    const bareTotal = b.build.seconds + b.index.seconds;
    console.log(`\n${n} documents`);
    row('', 'Prongsai', 'bare Astro', 'ratio');
    row('pages built', p.pages, b.pages, '');
    // Other work on the machine slows builds: the load average tells how far to trust the times.
    row('load average (1 min) after', loadavg()[0].toFixed(2), '', '');
    row('astro build', s(p.build.seconds), s(b.build.seconds), (p.build.seconds / b.build.seconds).toFixed(2));
    row('pagefind index', s(p.index.seconds), s(b.index.seconds), (p.index.seconds / b.index.seconds).toFixed(2));
    row('build + index', s(total), s(bareTotal), (total / bareTotal).toFixed(2));
    row(
      'CPU time: build / index',
      `${p.build.cpu.toFixed(1)} / ${p.index.cpu.toFixed(1)} s`,
      `${b.build.cpu.toFixed(1)} / ${b.index.cpu.toFixed(1)} s`,
      ((p.build.cpu + p.index.cpu) / (b.build.cpu + b.index.cpu)).toFixed(2),
    );
    row(
      'per page (build + index)',
      `${((total * 1000) / p.pages).toFixed(1)} ms`,
      `${((bareTotal * 1000) / b.pages).toFixed(1)} ms`,
      '',
    );
    row(
      'peak memory: build / index',
      `${p.build.peakMb.toFixed(0)} / ${p.index.peakMb.toFixed(0)} MB`,
      `${b.build.peakMb.toFixed(0)} / ${b.index.peakMb.toFixed(0)} MB`,
      '',
    );
    row('dist/ size', mb(p.distBytes), mb(b.distBytes), (p.distBytes / b.distBytes).toFixed(2));
    row(`JS, text page ${TEXT_PAGE}`, `${text.inlineBytes} B inline`, '', '');
    row('', `${kb(text.externalGzip)} files gz`, '', '');
    row(`JS, chart page`, kb(chart.externalGzip + chart.inlineGzip), '', '');
    row('home page, all bytes (gzip)', kb(home.total), '', '');
    row('  html / css / fonts / js / img', Object.values(home.parts).map(kb).join(' / '));
    summary.push({
      n,
      total,
      perPage: total / p.pages,
      cpuPerPage: (p.build.cpu + p.index.cpu) / p.pages,
      text,
      chart,
      home,
    });
  }
  const last = summary.at(-1);
  const check = (ok, what) => console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  console.log('\nBudgets');
  check(
    last.text.externalGzip === 0 && last.text.inlineBytes < 2048,
    `text page: no JavaScript file, ${last.text.inlineBytes} B inline settings script (budget: a few KB)`,
  );
  check(
    last.chart.externalGzip + last.chart.inlineGzip < 80 * 1024,
    `chart page: ${kb(last.chart.externalGzip + last.chart.inlineGzip)} gzip JavaScript (budget 80 KB)`,
  );
  check(last.home.total < 200 * 1024, `home page: ${kb(last.home.total)} in all, fonts included (budget 200 KB)`);
  check(last.total < 120, `${last.n} documents built and indexed in ${s(last.total)} (budget: well under 120 s)`);
  if (summary.length > 1) {
    const [a, b] = [summary[0], last];
    console.log(
      `  wall time per page: ${(a.perPage * 1000).toFixed(1)} ms at ${a.n}, ${(b.perPage * 1000).toFixed(1)} ms at ${b.n}`,
    );
    console.log(
      `  CPU time per page:  ${(a.cpuPerPage * 1000).toFixed(1)} ms at ${a.n}, ${(b.cpuPerPage * 1000).toFixed(1)} ms at ${b.n} (linear growth keeps these close)`,
    );
  }
} finally {
  if (keep) console.log(`\nKept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
