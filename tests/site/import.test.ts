// A report of another year, imported the way staff do it, shows on the next build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage, text } from '../helpers/site';
import { EXAMPLE } from '../helpers/example';

const work = mkdtempSync(join(tmpdir(), 'prongsai-import-site-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
let importOut = '';
let buildOk = false;

beforeAll(() => {
  cpSync(EXAMPLE.content, content, { recursive: true });
  // The 2567 report of the fixture organization, as this organization's own (another's is refused).
  const report = join(work, 'ita-2567.txt');
  writeFileSync(
    report,
    readFileSync(resolve('tests/fixtures/reports/ita-2567-variant.txt'), 'utf8').replaceAll(
      'องค์การบริหารส่วนตำบลตัวอย่าง',
      'องค์การบริหารส่วนตำบลโคกก่อ',
    ),
  );
  const imported = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/import.ts', report], {
    encoding: 'utf8',
    env: { ...process.env, PRONGSAI_CONTENT: content },
  });
  importOut = imported.stdout + imported.stderr;
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, PRONGSAI_CONTENT: content, PRONGSAI_OUT_DIR: dist },
  });
  buildOk = built.status === 0;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import, then npm run build', () => {
  it('imports the ITA 2567 report beside 2566 and builds', () => {
    expect(importOut).toContain('ผลการประเมิน ITA ปี 2567, มาตรการปีงบประมาณ 2568');
    expect(buildOk).toBe(true);
  });

  it('shows the imported year with its computed total', () => {
    const $ = loadPage('/ita/2567/', dist);
    expect(text($('h1').text())).toBe('ผลการประเมิน ITA ปี 2567');
    // 0.3 × 77.612 + 0.3 × 49.853 + 0.4 × 91.625 = 74.89
    expect($('[data-total]').text()).toBe('74.89');
    expect($('[data-level]').text()).toBe('ต้องปรับปรุง');
    expect(text(loadPage('/ita/2567/communication-efficiency/', dist)('[data-note]').text())).toContain(
      'ปรับปรุงช่องทาง & เพิ่มเพจ',
    );
  });

  it('publishes the FY 2568 measures with the topics of the report', () => {
    const $ = loadPage('/measures/2568/', dist);
    expect(text($('h1').text())).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2568');
    expect($('main').text()).toContain('การใช้งบประมาณและการจัดซื้อจัดจ้าง');
    expect($('main').text()).toContain('จัดทำแผนป้องกันการทุจริตและเผยแพร่ให้ประชาชนทราบ');
  });
});
