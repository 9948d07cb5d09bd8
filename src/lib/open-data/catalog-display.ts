/** The catalog of a dataset as /data/ shows it to readers. */
import { CATALOG_LABELS, type CatalogEntry } from './datasets';
import { formatInteger, formatThaiDate, formatYear, type FormatOptions } from '../thai/format';

/** A catalog value as a reader sees it: years and counts in the site's digits, lists joined, dates in Thai. */
export function catalogValueText(entry: CatalogEntry, key: keyof CatalogEntry, format: FormatOptions): string {
  const value = entry[key];
  if (value === null) return '–';
  if (key === 'last_updated_date') return formatThaiDate(new Date(`${value as string}T00:00:00Z`), 'long', format);
  if (key === 'num_rows') return formatInteger(value as number, format);
  if (typeof value === 'number') return formatYear(value, format);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : v.key)).join(', ');
  return String(value);
}

/** The catalog's fields in GD-Catalog's order, each with its label and its value as text. */
export function catalogFields(
  entry: CatalogEntry,
  format: FormatOptions,
): { key: keyof CatalogEntry; label: string; text: string }[] {
  return CATALOG_LABELS.map(([key, label]) => ({ key, label, text: catalogValueText(entry, key, format) }));
}
