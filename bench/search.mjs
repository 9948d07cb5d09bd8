#!/usr/bin/env node
// Search benchmark (npm run bench:search): index size and time from typing to results in chromium,
// on the built example site and on a generated site with thousands of extra document pages.
// Prints figures only; it asserts nothing and is not part of npm test. Run `npm run build` first.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.mjs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createServer } from 'node:http';
import { buildSearchIndex, summary } from '../scripts/search-index.mjs';

const DIST = process.env.PRONGSAI_DIST || 'dist';
const PAGES = Number(process.env.BENCH_PAGES || 3000);
const PDFS = Number(process.env.BENCH_PDFS || 100);
if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) {
  console.error(`No search index in ${DIST}/: run npm run build first.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Index size

function bundleSize(site) {
  let files = 0;
  let bytes = 0;
  const byKind = {};
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else {
        files++;
        const size = statSync(full).size;
        bytes += size;
        const kind = full.includes(`${join('pagefind', 'fragment')}`)
          ? 'fragment'
          : full.includes(join('pagefind', 'index'))
            ? 'index'
            : 'scripts, wasm, meta';
        byKind[kind] = (byKind[kind] ?? 0) + size;
      }
    }
  };
  walk(join(site, 'pagefind'));
  return { files, bytes, byKind };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;

// ---------------------------------------------------------------------------------------------
// A generated site: the example site plus PAGES document pages (and PDFS of them with a text PDF)

const WORDS = (
  'ประกาศ จัดซื้อ จัดจ้าง งบประมาณ โครงการ ก่อสร้าง ถนน คอนกรีต เสริมเหล็ก หมู่บ้าน ประปา ซ่อมแซม ' +
  'ร้องเรียน ทุจริต ประพฤติมิชอบ ทรัพย์สิน ราชการ ผลการดำเนินงาน แผนปฏิบัติการ รายงาน การประชุม สภา ' +
  'ข้อบัญญัติ รายจ่าย ประจำปี ผู้บริหาร พนักงาน ส่วนตำบล เบี้ยยังชีพ ผู้สูงอายุ คนพิการ การศึกษา ' +
  'ศูนย์พัฒนาเด็กเล็ก สาธารณสุข ขยะ มูลฝอย เกษตรกร น้ำ ไฟฟ้า สาธารณะ บริการ ประชาชน ความโปร่งใส ' +
  'ผลการประเมิน คุณธรรม เปิดเผยข้อมูล สถิติ ค่าใช้จ่าย สัญญา ผู้รับจ้าง ราคากลาง ตรวจรับ พัสดุ'
).split(' ');
const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสาธารณสุขและสิ่งแวดล้อม'];
const TYPES = ['เอกสาร', 'ข่าวประชาสัมพันธ์', 'จัดซื้อจัดจ้าง'];

function rand(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function generatedSite() {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-bench-'));
  cpSync(DIST, dir, { recursive: true });
  rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
  const layout = readFileSync(join(DIST, 'ita', 'index.html'), 'utf8');
  const r = rand(2567);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const font = null;
  for (let i = 1; i <= PAGES; i++) {
    const year = 2563 + (i % 5);
    const type = pick(TYPES);
    const unit = pick(UNITS);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const title = `${type === 'จัดซื้อจัดจ้าง' ? 'ประกาศ' : ''}${pick(WORDS)}${pick(WORDS)}${pick(WORDS)} ที่ ${i}/${year}`;
    const paragraphs = Array.from({ length: 4 }, () =>
      Array.from({ length: 25 + Math.floor(r() * 25) }, () => pick(WORDS)).join(r() < 0.5 ? '' : ' '),
    );
    const slug = `doc-${i}`;
    const withPdf = i <= PDFS;
    const main =
      `<main id="main" class="container" tabindex="-1" data-pagefind-body><div hidden>` +
      `<span data-pagefind-filter="ประเภท:${type}"></span><span data-pagefind-filter="ปีงบประมาณ:${year}"></span>` +
      `<span data-pagefind-filter="หน่วยงานที่รับผิดชอบ:${unit}"></span><span data-pagefind-sort="date:${year - 543}-${month}-${day}"></span>` +
      `<span data-pagefind-meta="type:${type}"></span></div><h1>${title}</h1>` +
      paragraphs.map((p) => `<p>${p}</p>`).join('') +
      (withPdf ? `<p><a data-document-file href="/bench/${slug}/${slug}.pdf">ดาวน์โหลดไฟล์ PDF</a></p>` : '') +
      `</main>`;
    mkdirSync(join(dir, 'bench', slug), { recursive: true });
    writeFileSync(
      join(dir, 'bench', slug, 'index.html'),
      layout.replace(/<main\b[\s\S]*<\/main>/, main).replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`),
    );
    if (withPdf) {
      const doc = await PDFDocument.create();
      const f = font ?? (await doc.embedFont(StandardFonts.Helvetica));
      for (let p = 0; p < 3; p++) {
        const page = doc.addPage([595, 842]);
        for (let l = 0; l < 40; l++)
          page.drawText(
            `Contract ${i}-${p}-${l}: road repair, waterworks, budget ${Math.floor(r() * 1e6)} baht, unit ${i % 7}`,
            { x: 40, y: 800 - l * 19, size: 10, font: f },
          );
      }
      writeFileSync(join(dir, 'bench', slug, `${slug}.pdf`), await doc.save());
    }
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Typing to results, in chromium

function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
  };
  const server = createServer((req, res) => {
    let file = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    const ext = file.slice(file.lastIndexOf('.'));
    res.writeHead(200, { 'content-type': types[ext] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }),
    ),
  );
}

async function typingToResults(browser, site, queries) {
  const server = await serve(site);
  const page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  const input = page.locator('pagefind-input input');
  await input.waitFor();
  const times = [];
  for (const q of queries) {
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-result-link'));
    const t0 = performance.now();
    await input.fill(q);
    await page.waitForFunction(() => !!document.querySelector('pagefind-results .pf-result-link'), null, {
      timeout: 30_000,
    });
    times.push([q, performance.now() - t0]);
  }
  await page.close();
  server.close();
  return times;
}

function report(label, site, times, indexMs) {
  const { files, bytes, byKind } = bundleSize(site);
  console.log(`\n${label}`);
  if (indexMs !== undefined)
    console.log(
      `  indexing: ${ms(indexMs.total)} (reading PDFs ${ms(indexMs.pdf)}, Thai words ${ms(indexMs.words)}, Pagefind ${ms(indexMs.pagefind)})`,
    );
  console.log(
    `  index: ${files} files, ${kb(bytes)} under pagefind/ (${Object.entries(byKind)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')})`,
  );
  const [first, ...rest] = times;
  console.log(`  typing to first results (includes the UI's 300 ms debounce):`);
  console.log(`    first query, cold (loads pagefind.js, wasm, index chunks): "${first[0]}" ${ms(first[1])}`);
  for (const [q, t] of rest) console.log(`    "${q}" ${ms(t)}`);
  const sorted = rest.map(([, t]) => t).sort((a, b) => a - b);
  if (sorted.length) console.log(`    median of later queries: ${ms(sorted[Math.floor(sorted.length / 2)])}`);
}

const QUERIES = ['งบประมาณ', 'ทรัพย์สิน', 'ทุจริต', 'ปฏิบัติหน้าที่', 'ผลการประเมิน ITA 2566', '๒๕๖๖', 'การสื่อสาร'];
const GENERATED_QUERIES = ['งบประมาณ', 'จัดจ้าง', 'ร้องเรียน', 'ทรัพย์สิน', 'ศูนย์พัฒนาเด็กเล็ก', 'waterworks', 'ผู้สูงอายุ เบี้ยยังชีพ'];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  if (!process.env.BENCH_SKIP_EXAMPLE)
    report('Example site (dist/)', DIST, await typingToResults(browser, DIST, QUERIES));

  const t0 = performance.now();
  const site = await generatedSite();
  const generated = performance.now() - t0;
  const t1 = performance.now();
  const result = await buildSearchIndex({ site, log: () => {} });
  const indexMs = performance.now() - t1;
  if (result.errors.length) console.error(result.errors.join('\n'));
  console.log(
    `\nGenerated ${PAGES} document pages (${PDFS} with a 3-page text PDF) in ${ms(generated)}; ${summary(result)}`,
  );
  report(`Generated site (example + ${PAGES} pages)`, site, await typingToResults(browser, site, GENERATED_QUERIES), {
    total: indexMs,
    ...result.timings,
  });
  if (process.env.BENCH_KEEP) console.log(`kept ${site}`);
  else rmSync(site, { recursive: true, force: true });
} finally {
  await browser.close();
}
