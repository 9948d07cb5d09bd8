import { describe, expect, it } from 'vitest';
import { fiscalYearMonthKeys, procurementYears } from '../../src/lib/oit/procurement-years';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('procurement fiscal years', () => {
  it('names the twelve months of fiscal year 2568 from October 2024 to September 2025', () => {
    const keys = fiscalYearMonthKeys(2568);
    expect(keys).toHaveLength(12);
    expect([keys[0], keys[2], keys[3], keys[11]]).toEqual(['2024-10', '2024-12', '2025-01', '2025-09']);
  });

  it('lists years newest first, telling missing months (ended) from those not yet due', () => {
    const published = [
      { fiscalYear: 2568, month: '2024-10' },
      { fiscalYear: 2568, month: '2024-12' },
      { fiscalYear: 2569, month: '2025-10' },
    ];
    const [y2569, y2568, none] = procurementYears(published, day('2025-12-15'));
    expect(none).toBeUndefined();
    expect(y2569?.fiscalYear).toBe(2569);
    expect(y2569?.published).toBe(1);
    // November 2025 has ended and is not published; December 2025 (the current month) is not yet due.
    expect(y2569?.missing).toEqual(['2025-11']);
    expect(y2569?.due).toBe(2);
    expect(y2569?.months.slice(0, 3)).toEqual([
      { key: '2025-10', state: 'published' },
      { key: '2025-11', state: 'missing' },
      { key: '2025-12', state: 'upcoming' },
    ]);
    expect(y2568?.published).toBe(2);
    expect(y2568?.missing).toEqual([
      '2024-11',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
  });
  it('counts a month only for the fiscal year it is filed under, as the year pages list it', () => {
    // October 2024 begins fiscal year 2568, but filed under 2567 it is not listed on the page of 2568.
    const published = [
      { fiscalYear: 2567, month: '2024-10' },
      { fiscalYear: 2568, month: '2024-11' },
    ];
    const [y2568, y2567] = procurementYears(published, day('2025-01-15'));
    expect([y2568?.fiscalYear, y2568?.published, y2568?.missing]).toEqual([2568, 1, ['2024-10', '2024-12']]);
    expect([y2567?.fiscalYear, y2567?.published, y2567?.missing.length]).toEqual([2567, 0, 12]);
  });

  it('never calls the current month or a later one missing', () => {
    const [y2570] = procurementYears([{ fiscalYear: 2570, month: '2026-10' }], day('2026-12-07'));
    expect(y2570?.missing).toEqual(['2026-11']);
    expect(y2570?.months[2]).toEqual({ key: '2026-12', state: 'upcoming' });
    expect(y2570?.months.slice(3).every((m) => m.state === 'upcoming')).toBe(true);
  });

  it('lists every fiscal year from the oldest month up to the year the current ITA assesses', () => {
    const published = [{ fiscalYear: 2566, month: '2022-10', example: true }];
    const years = procurementYears(published, day('2026-12-07'), 2569);
    expect(years.map((y) => y.fiscalYear)).toEqual([2569, 2568, 2567, 2566]);
    // 2569 has no month yet: listed, every ended month due and missing.
    expect([years[0]?.published, years[0]?.due, years[0]?.missing.length]).toEqual([0, 12, 12]);
    expect(years[3]?.examples).toBe(1);
    expect(years[0]?.examples).toBe(0);
  });

  it('lists the assessed year alone when nothing is published, and nothing without it', () => {
    const [only, none] = procurementYears([], day('2026-12-07'), 2570);
    expect(none).toBeUndefined();
    expect([only?.fiscalYear, only?.due, only?.missing]).toEqual([2570, 2, ['2026-10', '2026-11']]);
    expect(procurementYears([], day('2026-12-07'))).toEqual([]);
  });
});
