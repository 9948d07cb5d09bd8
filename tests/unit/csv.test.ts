import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv, toRecords, type CsvColumn } from '../../src/lib/open-data/csv';

interface Row {
  name: string;
  score: number | null;
  passed: boolean;
}
const columns: CsvColumn<Row>[] = [
  { key: 'name', value: (r) => r.name },
  { key: 'score', value: (r) => r.score, decimals: 2 },
  { key: 'passed', value: (r) => r.passed },
];

describe('CSV cells (RFC 4180)', () => {
  it('leave plain text and Thai text as they are', () => {
    expect(csvCell('การใช้ทรัพย์สินของราชการ')).toBe('การใช้ทรัพย์สินของราชการ');
    expect(csvCell(74.58)).toBe('74.58');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quote commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvCell('IIT, EIT')).toBe('"IIT, EIT"');
    expect(csvCell('มาตรการ "งดรับของขวัญ"')).toBe('"มาตรการ ""งดรับของขวัญ"""');
    expect(csvCell('บรรทัดแรก\nบรรทัดที่สอง')).toBe('"บรรทัดแรก\nบรรทัดที่สอง"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(' นำหน้าด้วยช่องว่าง')).toBe('" นำหน้าด้วยช่องว่าง"');
  });
});

describe('a CSV file', () => {
  const rows: Row[] = [
    { name: 'การปฏิบัติหน้าที่', score: 78.3, passed: false },
    { name: 'ประชุม, "สรุป"\nผล', score: null, passed: true },
  ];
  const csv = toCsv(columns, rows);

  it('starts with a UTF-8 byte-order mark so Excel reads Thai correctly', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.startsWith(BOM)).toBe(true);
  });

  it('has a header row of keys, CRLF line ends, fixed decimals', () => {
    expect(csv).toBe(`${BOM}name,score,passed\r\nการปฏิบัติหน้าที่,78.30,false\r\n"ประชุม, ""สรุป""\nผล",,true\r\n`);
  });

  it('parses back to the same cells', () => {
    expect(parseCsv(csv)).toEqual([
      ['name', 'score', 'passed'],
      ['การปฏิบัติหน้าที่', '78.30', 'false'],
      ['ประชุม, "สรุป"\nผล', '', 'true'],
    ]);
  });

  it('has a JSON twin keeping numbers and nulls', () => {
    expect(toRecords(columns, rows)).toEqual([
      { name: 'การปฏิบัติหน้าที่', score: 78.3, passed: false },
      { name: 'ประชุม, "สรุป"\nผล', score: null, passed: true },
    ]);
  });
});
