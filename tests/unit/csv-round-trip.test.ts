// The open-data CSV as a spreadsheet and a script read it: booleans and fixed decimals written as the
// site shows them, every line end read back, and the last row kept without a final line break.
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv, type CsvColumn } from '../../src/lib/open-data/csv';

interface Row {
  name: string;
  score: number | string | null;
  passed: boolean;
}

const columns = (decimals?: number): CsvColumn<Row>[] => [
  { key: 'name', value: (r) => r.name },
  { key: 'score', value: (r) => r.score, ...(decimals === undefined ? {} : { decimals }) },
  { key: 'passed', value: (r) => r.passed },
];

describe('writing', () => {
  it('writes true and false as words and nothing for no value', () => {
    expect([csvCell(true), csvCell(false), csvCell(null), csvCell(undefined), csvCell(0)]).toEqual([
      'true',
      'false',
      '',
      '',
      '0',
    ]);
  });

  it('writes numbers with the fixed decimals of their column, and text in that column as it is', () => {
    const rows: Row[] = [
      { name: 'ก', score: 78.3, passed: false },
      { name: 'ข', score: 'ไม่ประเมิน', passed: true },
      { name: 'ค', score: null, passed: true },
    ];
    expect(toCsv(columns(2), rows)).toBe(`${BOM}name,score,passed\r\nก,78.30,false\r\nข,ไม่ประเมิน,true\r\nค,,true\r\n`);
    expect(toCsv(columns(0), rows.slice(0, 1))).toBe(`${BOM}name,score,passed\r\nก,78,false\r\n`);
    expect(toCsv(columns(), rows.slice(0, 1))).toBe(`${BOM}name,score,passed\r\nก,78.3,false\r\n`);
  });
});

describe('reading', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    ['a\r\n\r\nb', [['a'], [''], ['b']]],
    ['a,b', [['a', 'b']]],
    ['a', [['a']]],
    ['a,', [['a', '']]],
    ['"x ""y""",z', [['x "y"', 'z']]],
    ['"a\r\nb",c\r\n', [['a\r\nb', 'c']]],
    ['', []],
  ])('reads %j as %j', (input, rows) => {
    expect(parseCsv(input)).toEqual(rows);
  });

  it('drops the byte-order mark and reads back what it wrote', () => {
    const rows: Row[] = [{ name: 'ประชุม, "สรุป"\rผล', score: 85, passed: true }];
    expect(parseCsv(toCsv(columns(2), rows))).toEqual([
      ['name', 'score', 'passed'],
      ['ประชุม, "สรุป"\rผล', '85.00', 'true'],
    ]);
  });
});
