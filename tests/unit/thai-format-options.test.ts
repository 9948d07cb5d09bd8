// Every formatter in Arabic and in Thai digits, long and short, and each kind of number kept apart
// however often the formatters are called in turn.
import { describe, expect, it } from 'vitest';
import {
  formatBaht,
  formatChange,
  formatInteger,
  formatScore,
  formatThaiDate,
  formatThaiMonth,
  formatYear,
  isoDate,
  toArabicDigits,
  toThaiDigits,
} from '../../src/lib/thai/format';
import { calendarDate } from '../../src/lib/thai/fiscal-year';

const thai = { thaiDigits: true };
const arabic = { thaiDigits: false };

describe('numbers in either digit set', () => {
  it('a score has exactly two decimals, without grouping below a thousand', () => {
    expect([formatScore(85), formatScore(85, thai), formatScore(85, arabic)]).toEqual(['85.00', '๘๕.๐๐', '85.00']);
    expect([formatScore(84.999), formatScore(0.5, thai)]).toEqual(['85.00', '๐.๕๐']);
  });

  it('a change carries its sign, and none when there is no change', () => {
    expect([formatChange(12.05), formatChange(-0.4), formatChange(0), formatChange(-0)]).toEqual([
      '+12.05',
      '-0.40',
      '0.00',
      '0.00',
    ]);
    expect([formatChange(12.05, thai), formatChange(-0.4, thai)]).toEqual(['+๑๒.๐๕', '-๐.๔๐']);
  });

  it('a whole number is grouped and rounded to no decimals', () => {
    expect([formatInteger(1250000), formatInteger(12.6), formatInteger(1250, thai)]).toEqual([
      '1,250,000',
      '13',
      '๑,๒๕๐',
    ]);
  });

  it('a year is never grouped nor given decimals', () => {
    expect([formatYear(2566), formatYear(12345), formatYear(2566.4), formatYear(2566, thai)]).toEqual([
      '2566',
      '12345',
      '2566',
      '๒๕๖๖',
    ]);
  });

  it('an amount in baht is grouped with two decimals', () => {
    expect([formatBaht(1250000), formatBaht(0.5), formatBaht(17500, thai)]).toEqual([
      '1,250,000.00',
      '0.50',
      '๑๗,๕๐๐.๐๐',
    ]);
  });

  it('keeps each kind of number apart when they are written one after another, in both digit sets', () => {
    const round = () => [
      formatScore(1250),
      formatChange(1250),
      formatInteger(1250),
      formatYear(1250),
      formatBaht(1250),
      formatScore(1250, thai),
      formatChange(1250, thai),
      formatInteger(1250, thai),
      formatYear(1250, thai),
    ];
    const expected = ['1,250.00', '+1,250.00', '1,250', '1250', '1,250.00', '๑,๒๕๐.๐๐', '+๑,๒๕๐.๐๐', '๑,๒๕๐', '๑๒๕๐'];
    expect(round()).toEqual(expected);
    expect(round()).toEqual(expected);
    expect([formatYear(7), formatInteger(7), formatChange(7), formatScore(7)]).toEqual(['7', '7', '+7.00', '7.00']);
  });
});

describe('dates and months in the Buddhist Era', () => {
  const date = calendarDate(2024, 9, 30);

  it('writes a day long or short, in Arabic or Thai digits', () => {
    expect([
      formatThaiDate(date),
      formatThaiDate(date, 'long'),
      formatThaiDate(date, 'short'),
      formatThaiDate(date, 'long', thai),
      formatThaiDate(date, 'short', thai),
    ]).toEqual(['30 กันยายน 2567', '30 กันยายน 2567', '30 ก.ย. 2567', '๓๐ กันยายน ๒๕๖๗', '๓๐ ก.ย. ๒๕๖๗']);
  });

  it('writes the calendar day stored, whatever the time zone of the reader', () => {
    expect(formatThaiDate(new Date('2024-09-30T23:30:00Z'))).toBe('30 กันยายน 2567');
    expect(isoDate(new Date('2024-09-30T23:30:00Z'))).toBe('2024-09-30');
  });

  it('writes a month long or short, in Arabic or Thai digits', () => {
    expect([
      formatThaiMonth('2024-06'),
      formatThaiMonth('2024-07', 'long'),
      formatThaiMonth('2024-06', 'short'),
      formatThaiMonth('2024-12', 'long', thai),
      formatThaiMonth('2025-01', 'short', thai),
    ]).toEqual(['มิถุนายน 2567', 'กรกฎาคม 2567', 'มิ.ย. 2567', 'ธันวาคม ๒๕๖๗', 'ม.ค. ๒๕๖๘']);
  });
});

describe('digits', () => {
  it('turns each Thai digit into its Arabic digit and back, leaving other text alone', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙ ก.ย.')).toBe('0123456789 ก.ย.');
    expect(toThaiDigits('0123456789 ก.ย.')).toBe('๐๑๒๓๔๕๖๗๘๙ ก.ย.');
    expect(toArabicDigits('๑๐-๙๙')).toBe('10-99');
    expect(toThaiDigits('10-99')).toBe('๑๐-๙๙');
  });
});
