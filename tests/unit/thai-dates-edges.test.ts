// Every way staff write a date that the parser reads or refuses, every month by name, the 2400 boundary
// between Buddhist- and Common-Era years, and the fiscal year at 30 September and 1 October.
import { describe, expect, it } from 'vitest';
import { parseThaiDate, parseThaiDateRange, THAI_MONTHS, type DateError } from '../../src/lib/thai/date';
import { formatThaiDate, isoDate } from '../../src/lib/thai/format';
import {
  calendarDate,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearRange,
  toBuddhistYear,
  toCommonYear,
} from '../../src/lib/thai/fiscal-year';

/** The ISO day a text is read as, or the code of the message refusing it. */
const read = (input: string | Date): string => {
  const r = parseThaiDate(input);
  return r.ok ? isoDate(r.value) : r.error.code;
};
const refusal = (input: string): DateError | undefined => {
  const r = parseThaiDate(input);
  return r.ok ? undefined : r.error;
};
const readRange = (input: string): string => {
  const r = parseThaiDateRange(input);
  return r.ok ? `${isoDate(r.value.start)}..${isoDate(r.value.end)}` : r.error.code;
};

const MONTHS = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
] as const;

describe('every month by its name', () => {
  it.each(MONTHS.map(([full, abbr], i) => [i + 1, full, abbr] as const))(
    'month %i is read from "%s", "%s" and the abbreviation without dots',
    (month, full, abbr) => {
      const expected = `2024-${String(month).padStart(2, '0')}-15`;
      expect(read(`15 ${full} 2567`)).toBe(expected);
      expect(read(`15 ${abbr} 2567`)).toBe(expected);
      expect(read(`15 ${abbr.replace(/\./g, '')} 67`)).toBe(expected);
    },
  );

  it('names the months in the order the site writes them, in full and short', () => {
    expect(THAI_MONTHS.map((m) => [m.full, m.abbr])).toEqual(MONTHS.map(([full, abbr]) => [full, abbr]));
    for (const [i, m] of THAI_MONTHS.entries()) {
      expect(formatThaiDate(calendarDate(2024, i + 1, 1))).toBe(`1 ${m.full} 2567`);
      expect(formatThaiDate(calendarDate(2024, i + 1, 1), 'short')).toBe(`1 ${m.abbr} 2567`);
    }
  });
});

describe('numeric dates', () => {
  it.each([
    ['30/9/2567', '2024-09-30'],
    ['1/10/66', '2023-10-01'],
    ['๓๐/๙/๒๕๖๗', '2024-09-30'],
    ['29/2/2567', '2024-02-29'],
    ['1/1/2400', '1857-01-01'],
    ['31/12/2700', '2157-12-31'],
  ])('reads %s as %s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each([
    ['1/13/2567', 'date.not-real'],
    ['0/1/2567', 'date.not-real'],
    ['32/1/2567', 'date.not-real'],
    ['31/4/2567', 'date.not-real'],
    ['29/2/2566', 'date.not-real'],
    ['1/1/2399', 'date.year'],
    ['1/1/2701', 'date.year'],
    ['1/1/567', 'date.unreadable'],
    ['1/1/25670', 'date.unreadable'],
    ['101/1/2567', 'date.unreadable'],
    ['1/1/2567x', 'date.unreadable'],
  ])('refuses %s (%s)', (input, code) => {
    expect(read(input)).toBe(code);
  });

  it('refuses month 13 rather than carry it into January of the next year', () => {
    expect(read('1/13/2567')).not.toBe('2025-01-01');
    expect(refusal('1/13/2567')).toEqual({ code: 'date.not-real', params: { input: '1/13/2567' } });
  });
});

describe('ISO dates and the year 2400', () => {
  it.each([
    ['2023-10-01', '2023-10-01'],
    ['2566-10-01', '2023-10-01'],
    ['2400-01-01', '1857-01-01'],
    ['2399-01-01', '2399-01-01'],
    ['2024-2-9', '2024-02-09'],
    ['๒๕๖๖-๑๐-๐๑', '2023-10-01'],
  ])('reads %s as %s (a year of 2400 or more is Buddhist Era)', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each([
    ['12023-10-01', 'date.unreadable'],
    ['2023-10-011', 'date.unreadable'],
    ['2023-13-01', 'date.not-real'],
    ['2023-02-29', 'date.not-real'],
  ])('refuses %s (%s)', (input, code) => {
    expect(read(input)).toBe(code);
  });

  it('takes the Date YAML makes of an unquoted date, and refuses an invalid one', () => {
    expect(read(new Date('2024-09-30'))).toBe('2024-09-30');
    expect(read(new Date('no date'))).toBe('date.invalid');
  });
});

describe('dates written in words', () => {
  it.each([
    ['วันที่ 1 ต.ค. 2566', '2023-10-01'],
    ['วันที่1 ต.ค. 2566', '2023-10-01'],
    ['1 ตุลาคม พ.ศ. 2566', '2023-10-01'],
    ['1 ตุลาคม พ.ศ.2566', '2023-10-01'],
    ['1ต.ค.66', '2023-10-01'],
    ['  1   ต. ค.   2566  ', '2023-10-01'],
    ['1 ม.ค. 2400', '1857-01-01'],
    ['1 ต.ค. พ. ศ. 2566', '2023-10-01'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it('refuses each kind of mistake with its own message', () => {
    expect(refusal('')).toEqual({ code: 'date.empty', params: {} });
    expect(refusal('   ')).toEqual({ code: 'date.empty', params: {} });
    expect(refusal(' 1 ตุลา 2566 ')).toEqual({ code: 'date.month', params: { month: 'ตุลา', input: '1 ตุลา 2566' } });
    // Runs of spaces are read as one, and the month is quoted as it was written.
    expect(refusal('1  ตุ   ลา  2566')).toEqual({
      code: 'date.month',
      params: { month: 'ตุ ลา', input: '1  ตุ   ลา  2566' },
    });
    expect(refusal('1 ต.ค. 2399')).toEqual({ code: 'date.year', params: { input: '1 ต.ค. 2399' } });
    expect(refusal('1 ต.ค. 2023')).toEqual({ code: 'date.year', params: { input: '1 ต.ค. 2023' } });
    expect(refusal('31 ก.ย. 2567')).toEqual({ code: 'date.not-real', params: { input: '31 ก.ย. 2567' } });
    expect(refusal('๓๑ ก.ย. ๒๕๖๗')).toEqual({ code: 'date.not-real', params: { input: '๓๑ ก.ย. ๒๕๖๗' } });
    expect(refusal('เมื่อวาน')).toEqual({ code: 'date.unreadable', params: { input: 'เมื่อวาน' } });
    expect(refusal('1 ต.ค. 2566 บ่าย')).toEqual({ code: 'date.unreadable', params: { input: '1 ต.ค. 2566 บ่าย' } });
    expect(refusal('x1 ต.ค. 2566')).toEqual({ code: 'date.unreadable', params: { input: 'x1 ต.ค. 2566' } });
  });
});

describe('date ranges', () => {
  it.each([
    ['1 ต.ค. 2566 - 1 ต.ค. 2566', '2023-10-01..2023-10-01'],
    ['1 ต.ค. 2566 — 2 ต.ค. 2566', '2023-10-01..2023-10-02'],
    ['1 ต.ค.2566–2 ต.ค.2566', '2023-10-01..2023-10-02'],
    ['1 ต.ค. 2566ถึง2 ต.ค. 2566', '2023-10-01..2023-10-02'],
    ['1/10/2566-2/10/2566', '2023-10-01..2023-10-02'],
    ['2023-10-01 - 2023-10-01', '2023-10-01..2023-10-01'],
  ])('reads "%s" as %s (a one-day range included)', (input, expected) => {
    expect(readRange(input)).toBe(expected);
  });

  it.each([
    ['2 ต.ค. 2566 - 1 ต.ค. 2566', 'date.range-order'],
    ['1 ต.ค. 2566', 'date.range-parts'],
    ['2023-10-01', 'date.range-parts'],
    ['1 ต.ค. 2566 - 2 ต.ค. 2566 - 3 ต.ค. 2566', 'date.range-parts'],
    ['1 ตุลา 2566 - 2 ต.ค. 2566', 'date.month'],
    ['1 ต.ค. 2566 - 31 ก.ย. 2567', 'date.not-real'],
  ])('refuses "%s" (%s)', (input, code) => {
    expect(readRange(input)).toBe(code);
  });

  it('names the whole range, trimmed, when it refuses it', () => {
    const r = parseThaiDateRange('  2 ต.ค. 2566 - 1 ต.ค. 2566 ');
    expect(!r.ok && r.error).toEqual({ code: 'date.range-order', params: { input: '2 ต.ค. 2566 - 1 ต.ค. 2566' } });
    const parts = parseThaiDateRange(' 1 ต.ค. 2566 ');
    expect(!parts.ok && parts.error).toEqual({ code: 'date.range-parts', params: { input: '1 ต.ค. 2566' } });
  });
});

describe('fiscal years at their edges', () => {
  it('30 September ends a fiscal year and 1 October starts the next', () => {
    expect(fiscalYearOf(calendarDate(2024, 9, 30))).toBe(2567);
    expect(fiscalYearOf(calendarDate(2024, 10, 1))).toBe(2568);
    expect(fiscalYearOf(calendarDate(2024, 12, 31))).toBe(2568);
    expect(fiscalYearOf(calendarDate(2025, 1, 1))).toBe(2568);
  });

  it('converts between the eras by 543 years', () => {
    expect([toBuddhistYear(1857), toCommonYear(2400)]).toEqual([2400, 1857]);
  });

  it('runs FY 2568 from 1 October 2024 to 30 September 2025, month by month', () => {
    const { start, end } = fiscalYearRange(2568);
    expect([isoDate(start), isoDate(end)]).toEqual(['2024-10-01', '2025-09-30']);
    expect(fiscalYearMonths(2568).map((d) => isoDate(d).slice(0, 7))).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
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
});
