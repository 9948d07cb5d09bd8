/**
 * Turns the OIT content (disclosures, documents, monthly procurement summaries) into one list of
 * evidence records: what evidences which checklist item, where it is published, and how recent it is.
 * Used by the site (through the content collections) and by `npm run oit` (through the yaml package),
 * so both judge the same records.
 */
import { oitEvidenceProblems, throwIfProblems } from './content-rules';
import { fiscalYearOf } from './fiscal-year';
import { routes } from './routes';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../schemas/oit';

/** The slug of the checklist item that the monthly procurement summaries (สขร.1) evidence. */
export const PROCUREMENT_MONTHLY_SLUG = 'procurement-monthly-summary';

export type EvidenceKind = 'disclosure' | 'document' | 'procurement-month';

export interface Evidence {
  kind: EvidenceKind;
  /** The content file it comes from, for staff. */
  file: string;
  title: string;
  items: string[];
  date: Date;
  fiscalYear: number;
  /** "YYYY-MM" for monthly evidence. */
  month?: string;
  example: boolean;
  /** Pages of this site where it is published besides the item's own page (document page, procurement year…). */
  links: { label: string; path: string }[];
}

export interface Entry<T> {
  /** File name without extension, or "<folder>/<name>" for nested files. */
  id: string;
  file: string;
  data: T;
}

export interface OitContent {
  disclosures: Entry<Disclosure>[];
  documents: Entry<OitDocument>[];
  procurement: Entry<ProcurementMonth>[];
}

/** Checks what a schema cannot see alone (file names, fiscal years, known item slugs) and lists the evidence. */
export function collectEvidence(content: OitContent, frameworks: OitFramework[]): Evidence[] {
  // The same rules `npm run check` applies (content-rules.ts); the build stops at the first.
  throwIfProblems(oitEvidenceProblems(content, frameworks));

  const evidence: Evidence[] = [];
  for (const { file, data } of content.disclosures) {
    evidence.push({
      kind: 'disclosure',
      file,
      title: data.title,
      items: data.items,
      date: data.date,
      fiscalYear: data.fiscalYear ?? fiscalYearOf(data.date),
      example: data.example,
      links: data.links.filter((l) => l.url.startsWith('/')).map((l) => ({ label: l.label, path: l.url })),
    });
  }
  for (const { id, file, data } of content.documents) {
    evidence.push({
      kind: 'document',
      file,
      title: data.title,
      items: data.items,
      date: data.date,
      fiscalYear: data.fiscalYear,
      example: data.example,
      links: [{ label: data.title, path: routes.document(id) }],
    });
  }
  for (const { id, file, data } of content.procurement) {
    evidence.push({
      kind: 'procurement-month',
      file,
      title: `สรุปผลการจัดซื้อจัดจ้าง ${data.month}`,
      items: [PROCUREMENT_MONTHLY_SLUG],
      date: data.date,
      fiscalYear: data.fiscalYear,
      month: data.month,
      example: data.example,
      links: [{ label: `สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ${data.fiscalYear}`, path: routes.procurementYear(data.fiscalYear) }],
    });
  }
  return evidence;
}
