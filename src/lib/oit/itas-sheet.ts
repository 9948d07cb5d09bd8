/**
 * The ITAS sheet: for the year being assessed, every checklist item's code, title and the URL to submit
 * in the NACC's ITAS system (the item's own stable page on the site), in checklist order, and as CSV.
 */
import { toCsv, type CsvColumn } from '../open-data/csv';
import { routes } from '../site/routes';
import type { OitItem } from '../../schemas/oit';

/** One row of the sheet. */
export interface ItasRow {
  /** The item's code this year (O1 …). */
  code: string;
  /** The item's title as the manual words it. */
  title: string;
  /** The absolute URL of the item's page, to paste into ITAS. */
  url: string;
}

/**
 * The sheet's rows in checklist order. `site` is the deployed site's root URL, base path included
 * (e.g. "https://www.example.go.th/" or "https://host/base/"): each item's route is resolved under it.
 */
export function itasSheetRows(
  items: readonly Pick<OitItem, 'code' | 'title' | 'slug'>[],
  site: URL | string,
): ItasRow[] {
  const root = new URL(site);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return items.map(({ code, title, slug }) => ({
    code,
    title,
    url: new URL(routes.oitItem(slug).replace(/^\/+/, ''), root).href,
  }));
}

/**
 * A spreadsheet reads a cell starting with =, +, -, @ (or a tab or carriage return) as a formula: such a
 * text gets a leading apostrophe so a pasted title stays text (the OWASP advice for CSV files).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const columns: CsvColumn<ItasRow>[] = [
  { key: 'code', value: (r) => neutralizeFormula(r.code) },
  { key: 'title', value: (r) => neutralizeFormula(r.title) },
  { key: 'url', value: (r) => neutralizeFormula(r.url) },
];

/** The sheet as a CSV file (the project's CSV writer: BOM, header row code,title,url, CRLF). */
export function renderItasCsv(rows: readonly ItasRow[]): string {
  return toCsv(columns, [...rows]);
}
