// The fiscal-year timeline: positions as fractions of the year, today's place, the build's "today".
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  calendarToday,
  fiscalYearDays,
  fractionOfYear,
  monthTicks,
  percent,
  relationTo,
  sharedRange,
  timelineBar,
  timelineRows,
  todayMarker,
} from '../../src/lib/ita/timeline';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const range = (a: string, b: string) => ({ start: day(a), end: day(b) });

describe('positions in the fiscal year', () => {
  it('knows FY 2567 has 366 days (February 2024) and FY 2568 has 365', () => {
    expect(fiscalYearDays(2567)).toBe(366);
    expect(fiscalYearDays(2568)).toBe(365);
  });

  it('places 1 October at 0 and 1 January 2024 after the 92 days of October to December', () => {
    expect(fractionOfYear(day('2023-10-01'), 2567)).toBe(0);
    expect(fractionOfYear(day('2024-01-01'), 2567)).toBeCloseTo(92 / 366, 12);
    expect(fractionOfYear(day('2022-01-01'), 2567)).toBe(0);
    expect(fractionOfYear(day('2025-01-01'), 2567)).toBe(1);
  });

  it('draws the seed timeframe ๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗ over the whole year', () => {
    expect(timelineBar(range('2023-10-01', '2024-09-30'), 2567)).toEqual({
      start: 0,
      width: 1,
      startsBefore: false,
      endsAfter: false,
    });
  });

  it('draws a quarter, its last day included', () => {
    const bar = timelineBar(range('2024-01-01', '2024-03-31'), 2567);
    expect(bar.start).toBeCloseTo(92 / 366, 12);
    expect(bar.width).toBeCloseTo(91 / 366, 12);
  });

  it('clips a timeframe that starts before or ends after the year, and says so', () => {
    const before = timelineBar(range('2023-07-01', '2023-12-31'), 2567);
    expect([before.start, before.startsBefore, before.endsAfter]).toEqual([0, true, false]);
    expect(before.width).toBeCloseTo(92 / 366, 12);
    const after = timelineBar(range('2024-09-01', '2024-12-31'), 2567);
    expect([after.start + after.width, after.startsBefore, after.endsAfter]).toEqual([1, false, true]);
  });

  it('has twelve months from ต.ค. to ก.ย. that fill the year', () => {
    const months = monthTicks(2567);
    expect(months).toHaveLength(12);
    expect(months.reduce((s, m) => s + m.width, 0)).toBeCloseTo(1, 12);
    expect(months[4]!.width).toBeCloseTo(29 / 366, 12);
    const tl = buildTimeline(2567, [], day('2024-03-15'));
    expect(tl.months.map((m) => m.label)).toEqual([
      'ต.ค.',
      'พ.ย.',
      'ธ.ค.',
      'ม.ค.',
      'ก.พ.',
      'มี.ค.',
      'เม.ย.',
      'พ.ค.',
      'มิ.ย.',
      'ก.ค.',
      'ส.ค.',
      'ก.ย.',
    ]);
  });

  it('writes fractions as CSS percentages', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percent(92 / 366)).toBe('25.137%');
  });
});

describe('today', () => {
  it('marks the middle of today when it falls in the year', () => {
    const m = todayMarker(day('2024-03-15'), 2567);
    expect(m.relation).toBe('during');
    expect(m.position).toBeCloseTo(166.5 / 366, 12);
  });

  it('has no mark before or after the year', () => {
    expect(todayMarker(day('2023-09-30'), 2567)).toMatchObject({ relation: 'before', position: null });
    expect(todayMarker(day('2026-11-25'), 2567)).toMatchObject({ relation: 'after', position: null });
  });

  it('compares today with a timeframe, both ends included', () => {
    const r = range('2024-01-01', '2024-03-31');
    expect([
      relationTo(day('2023-12-31'), r),
      relationTo(day('2024-01-01'), r),
      relationTo(day('2024-03-31'), r),
      relationTo(day('2024-04-01'), r),
    ]).toEqual(['before', 'during', 'during', 'after']);
  });

  it('builds rows for the items, seen from today', () => {
    const items = [
      { number: 1, timeframe: range('2023-10-01', '2024-09-30') },
      { number: 7, timeframe: range('2023-07-01', '2023-12-31') },
    ];
    const tl = buildTimeline(2567, items, day('2024-03-15'));
    expect(tl.rows.map((r) => [r.item.number, r.relation])).toEqual([
      [1, 'during'],
      [7, 'after'],
    ]);
    expect(tl.year).toEqual(range('2023-10-01', '2024-09-30'));
  });

  it("takes today's date in Thailand (UTC+7), or PRONGSAI_TODAY when given", () => {
    expect(calendarToday(new Date('2024-03-14T18:00:00Z')).toISOString()).toBe('2024-03-15T00:00:00.000Z');
    expect(calendarToday(new Date('2024-03-14T16:59:00Z')).toISOString()).toBe('2024-03-14T00:00:00.000Z');
    expect(calendarToday(new Date(), '2024-03-15').toISOString()).toBe('2024-03-15T00:00:00.000Z');
    expect(() => calendarToday(new Date(), '15/3/2567')).toThrow('expected PRONGSAI_TODAY as YYYY-MM-DD');
  });
});

describe('sharedRange: topics over the same days are drawn once', () => {
  const year = range('2023-10-01', '2024-09-30');
  it('gives the shared row when every topic has the same timeframe', () => {
    const tl = buildTimeline(
      2567,
      [1, 2, 3].map((n) => ({ n, timeframe: year })),
      day('2024-03-15'),
    );
    expect(sharedRange(tl.rows)?.item.n).toBe(1);
    expect(sharedRange(tl.rows)?.bar).toMatchObject({ start: 0, width: 1 });
  });

  it('gives none for one topic, none, or timeframes that differ by a day', () => {
    const one = buildTimeline(2567, [{ timeframe: year }], day('2024-03-15'));
    expect(sharedRange(one.rows)).toBeUndefined();
    expect(sharedRange(buildTimeline(2567, [], day('2024-03-15')).rows)).toBeUndefined();
    const differ = buildTimeline(
      2567,
      [{ timeframe: year }, { timeframe: range('2023-10-01', '2024-09-29') }],
      day('2024-03-15'),
    );
    expect(sharedRange(differ.rows)).toBeUndefined();
    const start = buildTimeline(
      2567,
      [{ timeframe: year }, { timeframe: range('2023-10-02', '2024-09-30') }],
      day('2024-03-15'),
    );
    expect(sharedRange(start.rows)).toBeUndefined();
  });
});

describe('timelineRows: what the timeline draws', () => {
  const year = range('2023-10-01', '2024-09-30');
  const today = day('2024-03-15');
  it('draws one row for topics 3 to 7 over the whole year, and says which topics and that it is the whole year', () => {
    const tl = buildTimeline(
      2567,
      [5, 3, 7].map((number) => ({ number, timeframe: year })),
      today,
    );
    const { rows, shared } = timelineRows(tl.rows);
    expect(rows).toHaveLength(1);
    expect(shared).toMatchObject({ first: 3, last: 7, wholeYear: true });
  });

  it('is not the whole year when the shared timeframe starts a day late', () => {
    const late = range('2023-10-02', '2024-09-30');
    const tl = buildTimeline(
      2567,
      [1, 2].map((number) => ({ number, timeframe: late })),
      today,
    );
    expect(timelineRows(tl.rows).shared?.wholeYear).toBe(false);
  });

  it('draws every row when the timeframes differ', () => {
    const tl = buildTimeline(
      2567,
      [
        { number: 1, timeframe: year },
        { number: 2, timeframe: range('2023-10-01', '2024-03-31') },
      ],
      today,
    );
    const { rows, shared } = timelineRows(tl.rows);
    expect(rows.map((r) => r.item.number)).toEqual([1, 2]);
    expect(shared).toBeUndefined();
  });
});
