import { describe, expect, it } from 'vitest';
import { endedYearNote, type StatusCounts } from '../../src/lib/ita/measures';

const counts = (over: Partial<StatusCounts>): StatusCounts => ({
  planned: 0,
  'in-progress': 0,
  done: 0,
  dropped: 0,
  total: 13,
  ...over,
});
const n = String;

describe('the note of a plan whose fiscal year has ended', () => {
  it('says the year ended with 13 measures still recorded as planned', () => {
    expect(endedYearNote(counts({ planned: 13 }), true, '2567', n)).toBe(
      'ปีงบประมาณ 2567 สิ้นสุดแล้ว แต่ยังมีมาตรการที่บันทึกสถานะเป็น “วางแผนไว้” 13 รายการ (จาก 13 รายการ) สถานะเหล่านี้อาจยังไม่ได้ปรับปรุงหลังสิ้นปี หรือมาตรการยังไม่ได้ดำเนินการ',
    );
  });

  it('names planned and in-progress measures together', () => {
    expect(endedYearNote(counts({ planned: 2, 'in-progress': 3, done: 8 }), true, '2567', n)).toContain(
      '“วางแผนไว้” 2 รายการ และ “กำลังดำเนินการ” 3 รายการ (จาก 13 รายการ)',
    );
  });

  it('says nothing while the year runs, or when every measure is done or dropped', () => {
    expect(endedYearNote(counts({ planned: 13 }), false, '2567', n)).toBeUndefined();
    expect(endedYearNote(counts({ done: 12, dropped: 1 }), true, '2567', n)).toBeUndefined();
  });
});
