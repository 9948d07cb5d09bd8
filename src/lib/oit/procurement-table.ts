/**
 * The monthly procurement summary (แบบ สขร.1) as table rows: the same records feed the HTML table and
 * the CSV download, so the two can never disagree.
 */
import { formatBaht, isoDate, type FormatOptions } from '../thai/format';
import type { ProcurementMonth } from '../../schemas/oit';

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

const amount = (n: number) => n.toFixed(2);

/** One CSV line per record, machine-readable: plain amounts (1234.50) and ISO dates. */
export function csvCells(r: ProcurementRecord): string[] {
  return [
    String(r.order),
    r.item,
    amount(r.budget),
    r.method,
    r.bids.map((b) => `${b.name} ${amount(b.price)}`).join('; '),
    r.winner,
    amount(r.price),
    r.reason,
    r.contractNumber,
    isoDate(r.contractDate),
  ];
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Thai correctly. */
export function procurementCsv(month: ProcurementMonth): string {
  const lines = [[...PROCUREMENT_COLUMNS], ...procurementRecords(month).map(csvCells)];
  return `\uFEFF${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}
