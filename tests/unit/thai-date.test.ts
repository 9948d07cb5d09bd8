import { describe, expect, it } from 'vitest';
import { parseThaiDate, parseThaiDateRange } from '../../src/lib/thai/date';
import { isoDate } from '../../src/lib/thai/format';
import { thaiDate, thaiDateRange } from '../../src/schemas/common';
import { bilingual } from '../../src/lib/content-check/messages';

const iso = (input: string) => {
  const r = parseThaiDate(input);
  if (!r.ok) throw new Error(bilingual(r.error));
  return isoDate(r.value);
};

describe('parseThaiDate', () => {
  it.each([
    ['๑ ต.ค.๒๕๖๖', '2023-10-01'],
    ['1 ต.ค. 66', '2023-10-01'],
    ['1 ต.ค. 2566', '2023-10-01'],
    ['30 กันยายน 2567', '2024-09-30'],
    ['๓๐ ก.ย.๒๕๖๗', '2024-09-30'],
    ['วันที่ ๓๐ ธันวาคม ๒๕๖๖', '2023-12-30'],
    ['30 ธันวาคม พ.ศ. 2566', '2023-12-30'],
    ['29 ก.พ. 2567', '2024-02-29'],
    ['15 มิ.ย.67', '2024-06-15'],
    ['1 ตค 2566', '2023-10-01'],
    ['30/9/2567', '2024-09-30'],
    ['2023-10-01', '2023-10-01'],
    ['2566-10-01', '2023-10-01'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('accepts the Date that YAML makes of an unquoted ISO date', () => {
    const r = parseThaiDate(new Date('2023-10-01'));
    expect(r.ok && isoDate(r.value)).toBe('2023-10-01');
  });

  it.each([
    ['31 ก.ย. 2567', 'ไม่มีอยู่จริงในปฏิทิน'],
    ['29 ก.พ. 2566', 'ไม่มีอยู่จริงในปฏิทิน'],
    ['1 ตุลา 2566', 'ไม่รู้จักเดือน "ตุลา"'],
    ['1 ต.ค. 2023', 'expected a Buddhist-Era year'],
    ['เมื่อวาน', 'อ่านวันที่ "เมื่อวาน" ไม่ได้'],
  ])('rejects "%s" saying %s', (input, message) => {
    const r = parseThaiDate(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && bilingual(r.error)).toContain(message);
  });
});

describe('parseThaiDateRange', () => {
  it.each([
    ['๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗'],
    ['1 ต.ค. 66 – 30 ก.ย. 67'],
    ['1 ต.ค. 2566 ถึง 30 ก.ย. 2567'],
    ['1 ต.ค.2566-30 ก.ย.2567'],
    ['2023-10-01 - 2024-09-30'],
  ])('reads "%s" as FY 2567', (input) => {
    const r = parseThaiDateRange(input);
    expect(r.ok && [isoDate(r.value.start), isoDate(r.value.end)]).toEqual(['2023-10-01', '2024-09-30']);
  });

  it('rejects a range that ends before it starts, or has no end', () => {
    const backwards = parseThaiDateRange('30 ก.ย. 2567 - 1 ต.ค. 2566');
    expect(!backwards.ok && bilingual(backwards.error)).toContain('is before its start');
    const open = parseThaiDateRange('1 ต.ค. 2566');
    expect(!open.ok && bilingual(open.error)).toContain('ต้องมีวันเริ่มและวันสิ้นสุด');
  });
});

describe('zod schemas', () => {
  it('turn Thai dates into real dates and report impossible ones', () => {
    expect(isoDate(thaiDate.parse('๑ ต.ค.๒๕๖๖'))).toBe('2023-10-01');
    const bad = thaiDate.safeParse('31 ก.ย. 2567');
    expect(bad.error?.issues[0]?.message).toBe(
      'วันที่ "31 ก.ย. 2567" ไม่มีอยู่จริงในปฏิทิน / "31 ก.ย. 2567" is not a real calendar date',
    );
    const range = thaiDateRange.parse({ start: '1 ต.ค. 2566', end: '30 ก.ย. 2567' });
    expect(isoDate(range.end)).toBe('2024-09-30');
  });
});
