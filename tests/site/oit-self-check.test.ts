// The self-check on a small fixture (tests/fixtures/oit-stale): one item published, one missing, one
// with only an example, and a monthly summary missing a month that has passed — reported the same
// way by `npm run oit` and by the built /oit/ index.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuildOutcome } from '../helpers/fixtures';
import { loadPage, text } from '../helpers/site';
import { EXAMPLE } from '../helpers/example';

const CONTENT = 'tests/fixtures/oit-stale/content';
/** The fixture's own OIT framework (the 2568 checklist it is judged by). */
const NACC = 'tests/fixtures/oit-stale/nacc';

function oit(args: string[], content = CONTENT, nacc = NACC) {
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/oit.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRONGSAI_CONTENT: content, PRONGSAI_NACC: nacc, PRONGSAI_TODAY: '' },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run oit', () => {
  it('reports each item as ok, missing or stale, with the missing month', () => {
    const r = oit(['--today=2025-01-15']);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out.trimEnd().split('\n')).toEqual([
      'ตรวจสอบการเปิดเผยข้อมูล OIT ของ ITA ปี 2568 ณ วันที่ 2025-01-15',
      '',
      '9.1 ข้อมูลพื้นฐาน',
      '  ✓ O1   ครบถ้วน: โครงสร้าง (structure) — เผยแพร่แล้ว',
      '  ✗ O2   ยังไม่มีข้อมูล: ข้อมูลผู้บริหาร (executives) — ยังไม่มีข้อมูลที่เผยแพร่',
      '  ✗ O3   ยังไม่มีข้อมูล: ข้อมูลการติดต่อ (contact) — มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน',
      '         ⚠ ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. (ความมั่นใจ medium: รายการทดสอบ (fixture))',
      '',
      '9.3 การจัดซื้อจัดจ้าง',
      '  ! O21  ยังไม่เป็นปัจจุบัน: สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน (procurement-monthly-summary) — ขาดข้อมูลเดือน ธ.ค. 2567',
      '         ⚠ ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. (ความมั่นใจ medium: รายการทดสอบ (fixture))',
      '',
      // 9.1: 1 of 3 = 33.33, 9.3: 0 of 1 = 0 → indicator 9 = 16.67; no assessment here, so no total.
      'คาดการณ์คะแนน OIT ของหน่วยงานเอง (ไม่ใช่ผลการประเมินของ ป.ป.ช.) / own forecast, not an NACC result',
      '  ตัวชี้วัดที่ 9: 16.67 (9.1 1/3, 9.3 0/1)',
      '  OIT: 16.67',
      '  เผยแพร่ก่อนเพื่อเพิ่มคะแนนได้มากที่สุด / publish first:',
      '    O21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน (OIT +50.00)',
      '    O2 ข้อมูลผู้บริหาร (OIT +16.67)',
      '    O3 ข้อมูลการติดต่อ (OIT +16.67)',
      '',
      'OIT 2568: ครบถ้วน 1 · ยังไม่มีข้อมูล 2 · ยังไม่เป็นปัจจุบัน 1 (จาก 4 รายการ; ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. 2 รายการ)',
    ]);
  });

  it('exits 1 with --strict when anything is missing or stale (0 without it)', () => {
    expect(oit(['--strict', '--summary', '--today=2025-01-15'])).toMatchObject({
      status: 1,
      out: 'OIT 2568: ครบถ้วน 1 · ยังไม่มีข้อมูล 2 · ยังไม่เป็นปัจจุบัน 1 (จาก 4 รายการ; ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. 2 รายการ)\n',
    });
    // The example site: every item is an example, so strict mode fails.
    expect(oit(['--strict', '--summary', '--today=2026-11-25'], EXAMPLE.content, EXAMPLE.program).status).toBe(1);
  });

  it('names its sources for staff in words, never as repository ids', () => {
    for (const year of ['2566', '2568', '2569']) {
      const r = oit([`--year=${year}`, '--today=2026-11-25'], EXAMPLE.content, EXAMPLE.program);
      expect(r.out, year).toContain('⚠ ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช.');
      expect(r.out, year).not.toMatch(/gh:\d|GitHub|rtrda/);
    }
  });

  it('judges the 2567 checklist with --year, where the real measures plan is ok', () => {
    const r = oit(['--year=2567', '--today=2026-11-25'], EXAMPLE.content, EXAMPLE.program);
    expect(r.out).toContain(
      '  ✓ O42  ครบถ้วน: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (integrity-measures) — เผยแพร่ข้อมูลปีงบประมาณ 2567 แล้ว',
    );
    expect(r.out).toContain(
      '  ✗ O21  ยังไม่มีข้อมูล: สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน (procurement-monthly-summary) — มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน',
    );
    // The forecast with the 2566 IIT and EIT: 0.3 × 68.45 + 0.3 × 73.98 + 0.4 × 5.00 = 44.73.
    expect(r.out).toContain('  คะแนนรวมคาดการณ์ 44.73 ต้องปรับปรุงโดยด่วน (IIT 68.45, EIT 73.98 จากผลปี 2566)');
    // Staff are told the 2567 list is the 2566 one carried forward, item by item.
    expect(r.out).toContain('         ⚠ ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. (ความมั่นใจ low, ชื่อยกมาจากปี 2566: ไม่พบรายการ ITA 2567');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      'OIT 2567: ครบถ้วน 1 · ยังไม่มีข้อมูล 42 · ยังไม่เป็นปัจจุบัน 0 (จาก 43 รายการ; ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. 43 รายการ)',
    );
  });

  it('names the file and field of an unknown item slug and exits 2', () => {
    const r = oit([], 'tests/fixtures/oit-bad-slug/content', 'tests/fixtures/oit-bad-slug/nacc');
    expect(r.status).toBe(2);
    expect(r.err).toContain(
      'tests/fixtures/oit-bad-slug/content/disclosures/structure.yaml › items.0: ไม่มีรายการ OIT นี้ในกรอบการประเมินใด',
    );
    expect(r.err).toContain('(พบ / found: "structur")');
  });
});

describe('the built fixture site', () => {
  let build: BuildOutcome;
  beforeAll(() => {
    build = buildFixture('oit-stale', { PRONGSAI_TODAY: '2025-01-15' });
  });

  it('builds and prints the one-line summary', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain(
      'OIT 2568: ครบถ้วน 1 · ยังไม่มีข้อมูล 2 · ยังไม่เป็นปัจจุบัน 1 (จาก 4 รายการ; ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. 2 รายการ)',
    );
  });

  it('shows each status with its reason on /oit/', () => {
    const $ = loadPage('/oit/', build.dist);
    const rows = $('tr[data-item]')
      .toArray()
      .map((tr) => [
        $(tr).attr('data-code'),
        $(tr).find('[data-status]').attr('data-status'),
        text($(tr).find('[data-reason]').text()),
      ]);
    expect(rows).toEqual([
      ['O1', 'ok', 'เผยแพร่แล้ว'],
      ['O2', 'missing', 'ยังไม่มีข้อมูลที่เผยแพร่'],
      ['O3', 'missing', 'มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน'],
      ['O21', 'stale', 'ขาดข้อมูลเดือน ธ.ค. 2567'],
    ]);
    expect(text($('.note').first().text())).toBe(
      'สถานะตรวจสอบ ณ วันที่ 15 มกราคม 2568 รายการที่มีเฉพาะข้อมูลตัวอย่างนับเป็น "ยังไม่มีข้อมูล"',
    );
  });

  it('says on a missing item page that nothing is published yet', () => {
    const $ = loadPage('/oit/items/executives/', build.dist);
    expect(text($('[data-testid=no-entries]').text())).toBe('ยังไม่มีข้อมูลที่เผยแพร่สำหรับรายการนี้');
  });

  it('quotes CSV cells with commas and quotes, and lists months not yet published', () => {
    const csv = readFileSync(join(build.dist, 'procurement/2568/2024-10.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toBe(
      '1,จัดซื้อวัสดุสำนักงาน,1234.50,เฉพาะเจาะจง,"ร้าน ""ก"" พาณิชย์, สาขา 1 1200.00","ร้าน ""ก"" พาณิชย์, สาขา 1",1200.00,ราคาต่ำสุด,1/2568,2024-10-10',
    );
    const $ = loadPage('/procurement/2568/', build.dist);
    expect(text($('nav[aria-label="เดือนในปีงบประมาณ"] li').eq(2).text())).toBe('ธันวาคม 2567 (ยังไม่ได้เผยแพร่)');
  });
});

describe('a monthly summary saved under the wrong month', () => {
  it('stops the build, naming the file, the field and the expected name', () => {
    const build = buildFixture('oit-bad-month');
    expect(build.ok).toBe(false);
    expect(build.output).toContain('procurement/2568/2024-11.yaml › month');
    expect(build.output).toContain('ชื่อไฟล์ต้องเป็นเดือนของข้อมูล (2024-10.yaml)');
    expect(build.output).toContain('expected the file to be named 2024-10.yaml');
  });
});
