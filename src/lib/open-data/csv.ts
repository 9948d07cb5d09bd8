/**
 * Serialises dataset rows as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel opens Thai text
 * correctly) and as JSON. Pure: no I/O.
 */

/** The UTF-8 byte-order mark; Excel needs it to read a CSV file as UTF-8 rather than the system code page. */
export const BOM = '\uFEFF';

export type CellValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  /** The column's key in JSON and the header cell in CSV (ASCII, stable). */
  key: string;
  value: (row: Row) => CellValue;
  /** Fixed decimals for a number in CSV (scores are published with two: 78.30); JSON keeps the number. */
  decimals?: number;
}

/** One CSV cell: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  // String() writes a boolean as true/false, a number in its shortest round-trip form.
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text a spreadsheet would evaluate as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe, as OWASP recommends against CSV injection. Only text is touched: numbers (a score, a price,
 * a negative change such as -3.12) are written as numbers and stay numbers.
 */
export function neutralizeFormula(value: CellValue): CellValue {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A whole CSV file: BOM, header row of column keys, one line per row, CRLF line ends (RFC 4180). */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(c.key)).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((c) => {
          const v = c.value(row);
          return csvCell(
            typeof v === 'number' && c.decimals !== undefined ? v.toFixed(c.decimals) : neutralizeFormula(v),
          );
        })
        .join(','),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Rows as plain objects keyed by column, in column order: what the JSON file holds. */
export function toRecords<Row>(columns: CsvColumn<Row>[], rows: Row[]): Record<string, CellValue>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row) ?? null])));
}

/** Parses CSV text produced by toCsv (or any RFC 4180 file) back into rows of strings; drops a BOM. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // Stryker disable next-line EqualityOperator: `i <= text.length` reads one more character, charAt's '', which adds nothing to the cell.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
