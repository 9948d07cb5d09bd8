import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatInteger,
  formatScore,
  formatThaiDate,
  formatYear,
  isoDate,
  toArabicDigits,
  toThaiDigits,
} from '../../src/lib/thai/format';
import {
  calendarDate,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearRange,
  toBuddhistYear,
  toCommonYear,
} from '../../src/lib/thai/fiscal-year';

describe('numbers', () => {
  it('shows scores with two decimals, in Arabic or Thai digits', () => {
    expect(formatScore(74.58)).toBe('74.58');
    expect(formatScore(66.2)).toBe('66.20');
    expect(formatScore(74.58, { thaiDigits: true })).toBe('๗๔.๕๘');
    expect(formatScore(100, { thaiDigits: true })).toBe('๑๐๐.๐๐');
  });

  it('signs changes and groups large numbers', () => {
    expect(formatChange(1.5)).toBe('+1.50');
    expect(formatChange(-0.4)).toBe('-0.40');
    expect(formatChange(0)).toBe('0.00');
    expect(formatInteger(1250000)).toBe('1,250,000');
    expect(formatInteger(1250, { thaiDigits: true })).toBe('๑,๒๕๐');
    expect(formatYear(2566)).toBe('2566');
    expect(formatYear(2566, { thaiDigits: true })).toBe('๒๕๖๖');
  });

  it('converts between digit sets', () => {
    expect(toArabicDigits('๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗')).toBe('1 ต.ค.2566 - 30 ก.ย.2567');
    expect(toThaiDigits('74.58')).toBe('๗๔.๕๘');
  });
});

describe('Buddhist-Era dates', () => {
  const date = calendarDate(2023, 12, 30);

  it('formats long and short Thai dates', () => {
    expect(formatThaiDate(date)).toBe('30 ธันวาคม 2566');
    expect(formatThaiDate(date, 'short')).toBe('30 ธ.ค. 2566');
    expect(formatThaiDate(calendarDate(2023, 10, 1), 'short', { thaiDigits: true })).toBe('๑ ต.ค. ๒๕๖๖');
    expect(isoDate(date)).toBe('2023-12-30');
  });

  it('converts between eras', () => {
    expect(toBuddhistYear(2023)).toBe(2566);
    expect(toCommonYear(2567)).toBe(2024);
  });
});

describe('fiscal years (1 October – 30 September, named by the year they end in)', () => {
  it('places dates in their fiscal year', () => {
    expect(fiscalYearOf(calendarDate(2023, 9, 30))).toBe(2566);
    expect(fiscalYearOf(calendarDate(2023, 10, 1))).toBe(2567);
    expect(fiscalYearOf(calendarDate(2024, 9, 30))).toBe(2567);
  });

  it('spans FY 2567 from 1 Oct 2023 to 30 Sep 2024', () => {
    const { start, end } = fiscalYearRange(2567);
    expect(isoDate(start)).toBe('2023-10-01');
    expect(isoDate(end)).toBe('2024-09-30');
  });

  it('lists its twelve months from October', () => {
    const months = fiscalYearMonths(2567).map(isoDate);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2023-10-01');
    expect(months[3]).toBe('2024-01-01');
    expect(months[11]).toBe('2024-09-01');
  });
});
