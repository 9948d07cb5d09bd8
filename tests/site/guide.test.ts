// The staff guide on the built site, and a build that stops on bad content with the checker's messages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtures';
import { DIST, loadPage, text } from '../helpers/site';
import { IMPORT_SCENARIOS, SCENARIOS } from '../../src/lib/content-check/error-catalogue';

const headings = (path: string, level = 'h2') => {
  const $ = loadPage(path);
  return $(`main ${level}`)
    .toArray()
    .map((h) => text($(h).text()));
};

describe('/guide/ — the staff guide', () => {
  it('walks through the yearly cycle, one section per step', () => {
    const $ = loadPage('/guide/');
    expect($('h1').text()).toBe('คู่มือเจ้าหน้าที่');
    expect(headings('/guide/')).toEqual([
      'รอบงานในหนึ่งปี',
      '1. นำเข้ารายงานการวิเคราะห์ผลการประเมิน',
      '2. ตรวจทานสิ่งที่นำเข้า',
      '3. เพิ่มสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)',
      '4. เพิ่มเอกสารของรายการ OIT',
      '5. ตรวจข้อมูลและตรวจรายการ OIT',
      '6. เผยแพร่',
      'หน้าในคู่มือ',
    ]);
    expect($('main pre').first().text()).toBe(
      '๑. การปฏิบัติหน้าที่ .....๗๘.๓๑..... คะแนน\n4.การใช้ทรัพย์สินของราชการ 66.20 คะแนน',
    );
    expect($('main a[href="errors/"]').first().text()).toBe('ข้อความแจ้งข้อผิดพลาดและวิธีแก้');
  });

  it('shows screenshots of the pages staff review, as optimised images with their description', () => {
    const $ = loadPage('/guide/');
    const images = $('article img')
      .toArray()
      .map((img) => [$(img).attr('alt'), $(img).attr('src')]);
    expect(images.map(([alt]) => alt)).toEqual([
      'หน้าผลการประเมิน ITA ปี 2566 บนโทรศัพท์: คะแนนรวม 74.58 ระดับต้องปรับปรุง และคะแนนรายเครื่องมือ',
      'หน้ามาตรการปีงบประมาณ 2567 บนโทรศัพท์: หัวข้อมาตรการ ผู้รับผิดชอบ และระยะเวลา',
    ]);
    for (const [, src] of images) expect(existsSync(join(DIST, src!))).toBe(true);
  });

  it('is linked from the footer of every page', () => {
    const $ = loadPage('/');
    expect($('.site-footer a[href="/guide/"]').text()).toBe('คู่มือเจ้าหน้าที่');
  });
});

describe('/guide/errors/ — every error message, generated from the checker', () => {
  it('tabulates every scenario with its fix, linked to the exact message', () => {
    const $ = loadPage('/guide/errors/');
    expect($('h1').text()).toBe('ข้อความแจ้งข้อผิดพลาดและวิธีแก้');
    const rows = $('article table tbody tr').toArray();
    expect(rows).toHaveLength(SCENARIOS.length + IMPORT_SCENARIOS.length);
    expect(text($(rows[0]).text())).toBe(
      'คะแนนเกิน 100 หรือติดลบ (เช่น พิมพ์ 66.20 เป็น 662) แก้คะแนนให้ตรงกับรายงาน เป็นตัวเลข 0–100 ใช้จุดทศนิยม เช่น 66.20',
    );
    for (const s of [...SCENARIOS, ...IMPORT_SCENARIOS]) expect($(`article h3#${s.id}`)).toHaveLength(1);
    expect($('#score-out-of-range + p + pre').text()).toBe(
      'content/ita/assessments/2566.yaml › scores.3.score: คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100 (พบ / found: 662)',
    );
  });
});

describe('/guide/new-organization/', () => {
  it('walks from the template to a published site, one section per step', () => {
    const $ = loadPage('/guide/new-organization/');
    expect($('h1').text()).toBe('การตั้งค่าสำหรับหน่วยงานใหม่');
    expect(headings('/guide/new-organization/')).toEqual([
      'สิ่งที่ต้องมี',
      '1. สร้าง repository ของหน่วยงานจากต้นแบบ',
      '2. ตั้งชื่อหน่วยงาน',
      '3. ใส่ช่องทางติดต่อ',
      '4. นำเข้าผลการประเมิน ITA ปีแรก',
      '5. ตรวจข้อมูลและดูเว็บไซต์ในเครื่อง',
      '6. บันทึกและส่งขึ้น GitHub',
      '7. เผยแพร่',
      '8. ไฟล์ของหน่วยงานและไฟล์ของโปรแกรม',
      '9. รับรุ่นใหม่ของโปรแกรม',
      'หน้าในคู่มือ',
    ]);
    expect(headings('/guide/new-organization/', 'h3')).toEqual(['GitHub Pages', 'Netlify', 'เครื่องแม่ข่ายของหน่วยงานเอง']);
  });

  it('shows the commands to type as sh blocks (tests/site/guide-commands.test.ts runs them)', () => {
    const $ = loadPage('/guide/new-organization/');
    const blocks = $('main pre[data-language="sh"]')
      .toArray()
      .map((pre) => $(pre).text());
    expect(blocks[0]).toBe('git clone https://github.com/banmai-sao/prongsai.git\ncd prongsai\nnpm install');
    expect(blocks.at(-1)).toBe('npm run build:publish');
  });

  it("gives Netlify's exact build settings", () => {
    const $ = loadPage('/guide/new-organization/');
    const netlify = $('article table')
      .toArray()
      .find((table) => text($(table).text()).includes('Build command'));
    const rows = $(netlify)
      .find('tbody tr')
      .toArray()
      .map((tr) => text($(tr).text()));
    expect(rows).toEqual([
      'Base directory (เว้นว่าง)',
      'Build command npm run build:publish',
      'Publish directory dist',
      'Environment variables: NODE_VERSION 22 (Node.js 20 ขึ้นไป)',
      'Environment variables: SITE_URL https://www.banmai.go.th (เว้นได้ถ้ามี siteUrl)',
    ]);
  });
});

describe("fixture check-errors: bad content stops the build with the checker's messages", () => {
  it('prints every problem, Thai then English, and leaves the previous site in place', () => {
    const out = 'node_modules/.prongsai-fixtures/check-errors/dist';
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous site');
    const build = buildFixture('check-errors');
    expect(build.ok).toBe(false);
    const root = 'tests/fixtures/check-errors/content';
    expect(build.output).toContain(
      `${root}/ita/assessments/2566.yaml › scores.3.score: คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100 (พบ / found: 662)`,
    );
    expect(build.output).toContain(
      `${root}/measures/2567.yaml › topics.0.timeframe: วันที่ "๓๑ ก.ย.๒๕๖๗" ไม่มีอยู่จริงในปฏิทิน / "๓๑ ก.ย.๒๕๖๗" is not a real calendar date`,
    );
    expect(build.output).toContain(
      `${root}/measures/2567.yaml › topics.3.indicators.0: ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี 2566`,
    );
    expect(build.output).toContain('การสร้างเว็บไซต์ไม่สำเร็จ');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });
});
