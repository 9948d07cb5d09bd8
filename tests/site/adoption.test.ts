// A second organization adopts Prongsai, as issue 21 tries it: its own organization file (npm run new-org),
// none of the example's files, its own ITA report imported. Its content passes the check, its site builds,
// passes the checks of any organization's site, names only the new organization with its imported
// scores, and nowhere names the example (โคกก่อ).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/harness';
import { loadPage, text } from '../helpers/site';
import { htmlProblems, missingTargets } from '../helpers/site-checks';

const ROOT = resolve('node_modules/.prongsai-fixtures/adoption');
const CONTENT = join(ROOT, 'content');
const PUBLIC = join(ROOT, 'public');
const DIST = join(ROOT, 'dist');
/**
 * The organization's own report (ITA 2567): the fixture of องค์การบริหารส่วนตำบลตัวอย่าง under the adopting
 * organization's name (the importer refuses another organization's report). A test fixture, not real figures.
 */
const REPORT = join(ROOT, 'รายงาน-ITA-2567.txt');

/** The organization's own folders, as npm run builds them; no example, no address from the shell. */
const ENV = (() => {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, SITE_URL: _u, PRONGSAI_NACC: _n, ...rest } = process.env;
  return { ...rest, PRONGSAI_CONTENT: CONTENT, PRONGSAI_PUBLIC: PUBLIC, PRONGSAI_OUT_DIR: DIST };
})();

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: ENV });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};
const script = (file: string, args: string[] = []) => run(['--import', './scripts/ts-hooks.mjs', file, ...args]);

const steps: Record<string, ReturnType<typeof run>> = {};

beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  writeFileSync(
    REPORT,
    readFileSync('tests/fixtures/reports/ita-2567-variant.txt', 'utf8').replaceAll(
      'องค์การบริหารส่วนตำบลตัวอย่าง',
      'องค์การบริหารส่วนตำบลหนองบัวทดสอบ',
    ),
  );
  steps['new-org'] = script('scripts/new-org.ts', [
    ...['--name', 'องค์การบริหารส่วนตำบลหนองบัวทดสอบ', '--name-en', 'Nong Bua Thotsop SAO (a test organization)'],
    ...['--province', 'ขอนแก่น', '--url', 'https://www.nongbua-test.go.th'],
    ...['--content', CONTENT, '--public', PUBLIC],
  ]);
  steps['import'] = script('scripts/import.ts', [REPORT]);
  steps['check'] = script('scripts/check.ts');
  steps['build'] = run(['scripts/build.mjs', '--publish']);
}, 240_000);

/** Every text file of the built site (pages, sitemap, feeds, open data), by path. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(?:html|xml|csv|json|txt)$/.test(f) && !f.startsWith('pagefind/'));
}

describe('a new organization, its first report imported', () => {
  it('runs new-org, the import, the check and the publishing build, each without a problem', () => {
    for (const [name, step] of Object.entries(steps)) expect(step.status, `${name}:\n${step.output}`).toBe(0);
    expect(steps['import']?.output).toContain('ผลการประเมิน ITA ปี 2567, มาตรการปีงบประมาณ 2568');
  });

  it('names only the new organization: no page, feed or dataset names the example', () => {
    const naming = textFiles(DIST).filter((f) => readFileSync(join(DIST, f), 'utf8').includes('โคกก่อ'));
    expect(naming).toEqual([]);
    expect(text(loadPage('/', DIST)('h1').text())).toBe('องค์การบริหารส่วนตำบลหนองบัวทดสอบ');
  });

  it('shows its imported scores: the 2567 total computed from the report', () => {
    const $ = loadPage('/ita/2567/', DIST);
    expect(text($('h1').text())).toContain('2567');
    expect(text($('main').text())).toContain('80.12');
  });

  it('passes the checks of any organization: valid HTML, every link and file in the site', async () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const path of pages) {
      for (const p of await htmlProblems(DIST, path)) problems.push(`${path} ${p}`);
      for (const m of missingTargets(DIST, path)) problems.push(`${path} → ${m}`);
    }
    expect(problems).toEqual([]);
  });
});
