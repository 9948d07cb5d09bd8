// The per-month procurement CSV (/procurement/<fy>/<month>.csv) goes through the site's one CSV writer:
// formulas neutralized, RFC 4180 quoting, a byte-order mark, and the example marking kept.
import { describe, expect, it } from 'vitest';
import { read, type CellObject } from 'xlsx';
import { parseCsv } from '../../src/lib/open-data/csv';
import { EXAMPLE_COLUMN, PROCUREMENT_COLUMNS, procurementCsv } from '../../src/lib/oit/procurement-table';
import { procurementMonthSchema } from '../../src/schemas/oit';

const row = (item: string, winner: string, reason = 'ราคาต่ำสุด') => ({
  item,
  budget: 5000,
  method: 'เฉพาะเจาะจง',
  bids: [{ name: winner, price: 4850 }],
  winner: { name: winner, price: 4850 },
  reason,
  contract: { number: '=2+2', date: '10 ต.ค. 2567' },
});

const month = (example: boolean, rows = [row('=1+1', '@SUM(1,1)', '-2+3')]) =>
  procurementMonthSchema.parse({ fiscalYear: 2568, month: '2024-10', date: '5 พ.ย. 2567', example, rows });

describe('procurementCsv', () => {
  it('neutralizes every cell a spreadsheet would evaluate', () => {
    const csv = procurementCsv(month(false));
    const [, cells] = parseCsv(csv);
    expect(cells).toEqual([
      '1',
      "'=1+1",
      '5000.00',
      'เฉพาะเจาะจง',
      "'@SUM(1,1) 4850.00",
      "'@SUM(1,1)",
      '4850.00',
      "'-2+3",
      "'=2+2",
      '2024-10-10',
    ]);
    const book = read(csv, { type: 'string' });
    const sheet: Record<string, CellObject> = book.Sheets[book.SheetNames[0] ?? ''] ?? {};
    expect(Object.entries(sheet).filter(([k, c]) => !k.startsWith('!') && c.f !== undefined)).toEqual([]);
  });

  it('keeps the form headings, a byte-order mark and CRLF lines', () => {
    const csv = procurementCsv(month(false));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...PROCUREMENT_COLUMNS]);
  });

  it('marks an example month with an example column, true on every row', () => {
    const rows = parseCsv(procurementCsv(month(true, [row('ก', 'ข'), row('ค', 'ง')])));
    expect(rows[0]?.at(-1)).toBe(EXAMPLE_COLUMN);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['true', 'true']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const rows = parseCsv(procurementCsv(month(false, [row('ซื้อ "กระดาษ", หมึก', 'ร้าน ก')])));
    expect(rows[1]?.[1]).toBe('ซื้อ "กระดาษ", หมึก');
  });
});
