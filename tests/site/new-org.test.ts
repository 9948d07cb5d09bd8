// A new organization started with `npm run new-org` (flags, no terminal): nothing but its organization
// file, no ITA result yet. Its content passes the check, the site builds for publishing with the address
// given, every link to the site carries that address, and the home page says there is no result yet.
// Without an address the publishing build refuses before building anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { buildFixture, type BuildOutcome } from '../helpers/fixtures';
import { loadPage, text } from '../helpers/site';

const ROOT = resolve('node_modules/.prongsai-fixtures/new-org');
const ADDRESS = 'https://www.banmai.go.th';

/** A scratch organization's folders. */
const folders = (name: string) => ({ content: join(ROOT, name, 'content'), public: join(ROOT, name, 'public') });

/** Vitest's own import.meta.env values and any SITE_URL of the shell are not passed on. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, SITE_URL: _u, ...env } = process.env;
  return { ...env, ...extra };
}

/** Runs a TypeScript script of the project as npm would (stdin is a pipe: no terminal to ask on). */
function script(file: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', file, ...args], {
    encoding: 'utf8',
    env: childEnv(env),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A scratch folder as a fresh copy of the template has it: the notes for people, no organization data. */
function freshFolder(name: string) {
  const dirs = folders(name);
  rmSync(join(ROOT, name), { recursive: true, force: true });
  mkdirSync(dirs.content, { recursive: true });
  mkdirSync(dirs.public, { recursive: true });
  writeFileSync(join(dirs.content, 'README.md'), '# ข้อมูลของหน่วยงาน\n');
  writeFileSync(join(dirs.public, 'README.md'), '# ไฟล์ของหน่วยงาน\n');
  return dirs;
}

const FLAGS = [
  '--name',
  'องค์การบริหารส่วนตำบลบ้านใหม่',
  '--type',
  'อบต.',
  '--name-en',
  'Ban Mai Subdistrict Administrative Organization',
  '--province',
  'ขอนแก่น',
];

const newOrg = (dirs: { content: string; public: string }, extra: string[]) =>
  script('scripts/new-org.ts', [...FLAGS, ...extra, '--content', dirs.content, '--public', dirs.public]);

const siteEnv = (dirs: { content: string; public: string }) => ({
  PRONGSAI_CONTENT: dirs.content,
  PRONGSAI_PUBLIC: dirs.public,
  SITE_URL: '',
});

let created: ReturnType<typeof newOrg>;
let check: ReturnType<typeof script>;
let build: BuildOutcome;
let page: (path: string) => CheerioAPI;
const withAddress = folders('with-address');

beforeAll(() => {
  freshFolder('with-address');
  created = newOrg(withAddress, ['--url', ADDRESS]);
  check = script('scripts/check.ts', [], siteEnv(withAddress));
  build = buildFixture('new-org', { ...siteEnv(withAddress), PRONGSAI_OUT_DIR: join(ROOT, 'with-address', 'dist') }, [
    '--publish',
  ]);
  page = (path) => loadPage(path, build.dist);
});

describe('npm run new-org', () => {
  it('writes the organization file, with the address, and says what to do next', () => {
    expect(created.status, created.output).toBe(0);
    const yaml = readFileSync(join(withAddress.content, 'organization.yaml'), 'utf8');
    expect(yaml).toContain('name: องค์การบริหารส่วนตำบลบ้านใหม่\nshortName: อบต.บ้านใหม่\n');
    expect(yaml).toContain(`siteUrl: ${ADDRESS}\n`);
    expect(created.output).toContain('ขั้นต่อไป');
    expect(created.output).toContain('npm run build:publish');
    expect(existsSync(join(withAddress.public, 'documents'))).toBe(true);
  });

  it('refuses to write over an organization without --replace, and changes nothing', () => {
    const before = readFileSync(join(withAddress.content, 'organization.yaml'), 'utf8');
    const again = newOrg(withAddress, []);
    expect(again.status).toBe(1);
    expect(again.output).toContain('มีข้อมูลหน่วยงานขององค์การบริหารส่วนตำบลบ้านใหม่ อยู่แล้ว');
    expect(again.output).toContain('--replace');
    expect(readFileSync(join(withAddress.content, 'organization.yaml'), 'utf8')).toBe(before);
  });

  it('without a terminal, a missing answer is an error with the usage (exit 2)', () => {
    const dirs = freshFolder('missing');
    const r = script('scripts/new-org.ts', [
      '--name',
      'องค์การบริหารส่วนตำบลบ้านใหม่',
      ...['--content', dirs.content, '--public', dirs.public],
    ]);
    expect(r.status).toBe(2);
    expect(r.output).toContain('ยังไม่ได้ระบุ --name-en --province');
    expect(r.output).toContain('วิธีใช้ / usage: npm run new-org');
    expect(existsSync(join(dirs.content, 'organization.yaml'))).toBe(false);
  });

  it('the content passes npm run check', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('ไม่พบปัญหา');
  });
});

describe('a new organization without an ITA result, built for publishing', () => {
  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain(`เว็บไซต์พร้อมเผยแพร่ที่`);
    expect(build.output).not.toContain('คำเตือน');
  });

  it('the home page says plainly that there is no result yet', () => {
    const $ = page('/');
    const note = text($('[data-testid=no-ita-result]').text());
    expect(note).toContain('ยังไม่มีผลการประเมิน ITA ของอบต.บ้านใหม่บนเว็บไซต์นี้');
    expect(note).toContain('หน้านี้จะแสดงคะแนนรวม ระดับผลการประเมิน และคะแนนรายตัวชี้วัด');
    expect($('[data-total], canvas, [data-level]').length).toBe(0);
    expect(text($('h1').text())).toBe('องค์การบริหารส่วนตำบลบ้านใหม่');
  });

  it('every section renders with its empty state', () => {
    expect(text(page('/ita/')('main').text())).toContain('ยังไม่มีผลการประเมินที่เผยแพร่');
    expect(text(page('/measures/')('main').text())).toContain('ยังไม่มีมาตรการที่เผยแพร่');
    expect(text(page('/news/')('main').text())).toContain('ยังไม่มีข่าว');
    // No month yet: the year the current ITA assesses is listed with the months already due.
    expect(text(page('/procurement/')('main').text())).toMatch(/ปีงบประมาณ 25\d\d เผยแพร่แล้ว 0 จาก \d+ เดือนที่ถึงกำหนด/);
    expect(text(page('/oit/')('main').text())).toContain('ยังไม่มีข้อมูล');
    for (const path of ['/data/', '/search/', '/guide/new-organization/']) expect(page(path)('h1').length).toBe(1);
    expect(existsSync(join(build.dist, 'news/rss.xml'))).toBe(true);
    expect(existsSync(join(build.dist, 'pagefind'))).toBe(true);
  });

  it('the canonical link, the ITAS sheet, the sitemap and robots.txt carry the address given', () => {
    expect(page('/')('link[rel=canonical]').attr('href')).toBe(`${ADDRESS}/`);
    expect(page('/oit/')('link[rel=canonical]').attr('href')).toBe(`${ADDRESS}/oit/`);
    const sheets = ['2566', '2569'].map((y) => join(build.dist, 'oit', y, 'itas.csv')).filter((f) => existsSync(f));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const urls = readFileSync(sheet, 'utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split(',').at(-1));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls)
        expect(url).toMatch(new RegExp(`^${ADDRESS.replace(/\./g, '\\.')}/oit/items/[a-z0-9-]+/$`));
    }
    expect(readFileSync(join(build.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ADDRESS}/sitemap-index.xml`);
    const sitemap = readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${ADDRESS}/</loc>`);
    expect(sitemap).not.toContain('localhost');
  });
});

describe('a new organization without an address', () => {
  it('the publishing build refuses before building, in Thai first, and leaves no dist', () => {
    const dirs = freshFolder('no-address');
    expect(newOrg(dirs, []).status).toBe(0);
    const dist = join(ROOT, 'no-address', 'dist');
    const refused = buildFixture('new-org', { ...siteEnv(dirs), PRONGSAI_OUT_DIR: dist }, ['--publish']);
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/^ยังไม่ได้ตั้งที่อยู่สาธารณะของเว็บไซต์ จึงไม่สร้างเว็บไซต์สำหรับเผยแพร่/m);
    expect(refused.output).toContain(
      `siteUrl: https://www.ชื่อหน่วยงาน.go.th ในไฟล์ ${join(dirs.content, 'organization.yaml')}`,
    );
    expect(refused.output).toContain('SITE_URL=');
    expect(refused.output).toContain("the site's public address is not set");
    expect(existsSync(dist)).toBe(false);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  it('nor with SITE_URL on this computer', () => {
    const dirs = folders('no-address');
    const dist = join(ROOT, 'no-address', 'dist');
    const refused = buildFixture(
      'new-org',
      { ...siteEnv(dirs), SITE_URL: 'http://127.0.0.1:4321', PRONGSAI_OUT_DIR: dist },
      ['--publish'],
    );
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('ที่อยู่ของเว็บไซต์เป็นที่อยู่ในเครื่องนี้ (localhost)');
    expect(existsSync(dist)).toBe(false);
  });
});
