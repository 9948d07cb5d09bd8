/**
 * The monthly procurement summary (แบบ สขร.1) as table rows: the same records feed the HTML table and
 * the CSV download, so the two can never disagree.
 */
import { formatBaht, isoDate, type FormatOptions } from '../thai/format';
import type { ProcurementMonth } from '../../schemas/oit';
import { toCsv, type CsvColumn } from '../open-data/csv';

/** Column headings of the สขร.1 form, in its order (the contract's number and date split in two). */
export const PROCUREMENT_COLUMNS = [
  'ลำดับที่',
  'งานที่จัดซื้อหรือจัดจ้าง',
  'วงเงินงบประมาณ (บาท)',
  'วิธีซื้อหรือจ้าง',
  'รายชื่อผู้เสนอราคาและราคาที่เสนอ (บาท)',
  'ผู้ได้รับการคัดเลือก',
  'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
  'เหตุผลที่คัดเลือกโดยสรุป',
  'เลขที่สัญญาหรือข้อตกลง',
  'วันที่ของสัญญาหรือข้อตกลง',
] as const;

export interface ProcurementRecord {
  order: number;
  item: string;
  budget: number;
  method: string;
  bids: { name: string; price: number }[];
  winner: string;
  price: number;
  reason: string;
  contractNumber: string;
  contractDate: Date;
}

export function procurementRecords(month: ProcurementMonth): ProcurementRecord[] {
  return month.rows.map((r, i) => ({
    order: i + 1,
    item: r.item,
    budget: r.budget,
    method: r.method,
    bids: r.bids,
    winner: r.winner.name,
    price: r.winner.price,
    reason: r.reason,
    contractNumber: r.contract.number,
    contractDate: r.contract.date,
  }));
}

/** The bids as the HTML table shows them: "name amount" in the site's digits, separated by semicolons. */
export function bidsText(bids: readonly { name: string; price: number }[], format: FormatOptions): string {
  return bids.map((b) => `${b.name} ${formatBaht(b.price, format)}`).join('; ');
}

/** One bid as the CSV writes it: "name amount", amounts plain (1234.50). */
const bidText = (b: { name: string; price: number }) => `${b.name} ${b.price.toFixed(2)}`;

/** The example column's heading: present only in a month marked example: true, as /data/procurement.csv marks it. */
export const EXAMPLE_COLUMN = 'ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)';

/**
 * The CSV columns, machine-readable: plain amounts (1234.50) and ISO dates. The headings are the form's
 * (PROCUREMENT_COLUMNS), the values written by the site's one CSV writer (open-data/csv.ts).
 */
const CSV_COLUMNS: readonly CsvColumn<ProcurementRecord>[] = [
  { key: PROCUREMENT_COLUMNS[0], value: (r) => r.order },
  { key: PROCUREMENT_COLUMNS[1], value: (r) => r.item },
  { key: PROCUREMENT_COLUMNS[2], value: (r) => r.budget, decimals: 2 },
  { key: PROCUREMENT_COLUMNS[3], value: (r) => r.method },
  { key: PROCUREMENT_COLUMNS[4], value: (r) => r.bids.map(bidText).join('; ') },
  { key: PROCUREMENT_COLUMNS[5], value: (r) => r.winner },
  { key: PROCUREMENT_COLUMNS[6], value: (r) => r.price, decimals: 2 },
  { key: PROCUREMENT_COLUMNS[7], value: (r) => r.reason },
  { key: PROCUREMENT_COLUMNS[8], value: (r) => r.contractNumber },
  { key: PROCUREMENT_COLUMNS[9], value: (r) => isoDate(r.contractDate) },
];

/**
 * The month as CSV through the site's one writer (open-data/csv.ts): RFC 4180, UTF-8 with a byte-order
 * mark, text a spreadsheet would evaluate (=, +, -, @ first) neutralized, and an example column (true on
 * every row) when the month is example data.
 */
export function procurementCsv(month: ProcurementMonth): string {
  const columns = month.example ? [...CSV_COLUMNS, { key: EXAMPLE_COLUMN, value: () => true }] : [...CSV_COLUMNS];
  return toCsv(columns, procurementRecords(month));
}
