/**
 * Turns the OIT content (disclosures, documents, monthly procurement summaries) into one list of
 * evidence records: what evidences which checklist item, where it is published, and how recent it is.
 * Used by the site (through the content collections) and by `npm run oit` (through the yaml package),
 * so both judge the same records.
 */
import { fiscalYearOf } from '../thai/fiscal-year';
import { routes } from '../site/routes';
import { newsIdParts } from '../prose/news-list';
import type { Disclosure, OitDocument, ProcurementMonth } from '../../schemas/oit';
import type { MeasuresPlan } from '../../schemas/measures';

/** The slug of the checklist item that the monthly procurement summaries (สขร.1) evidence. */
export const PROCUREMENT_MONTHLY_SLUG = 'procurement-monthly-summary';

/**
 * The slugs of the items that the measures plan evidences (sub-indicator 10.2): the plan itself, and
 * its progress entries. The plan's page is linked, never copied.
 */
export const INTEGRITY_MEASURES_SLUG = 'integrity-measures';
export const INTEGRITY_MEASURES_IMPLEMENTATION_SLUG = 'integrity-measures-implementation';

export type EvidenceKind =
  'disclosure' | 'document' | 'procurement-month' | 'measures-plan' | 'measures-progress' | 'news';

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
  measures?: Entry<MeasuresPlan>[];
  /** News items (content/news/<fiscal year>/<slug>.mdx), id "<fiscal year>/<slug>". */
  news?: Entry<NewsEvidence>[];
}

/** What the evidence needs of a news item's frontmatter. */
export interface NewsEvidence {
  title: string;
  items: string[];
  date: Date;
  example: boolean;
}

/** A news item's page from its id ("2568/road-repair"). */
export function newsItemPath(id: string): string {
  const { fiscalYear, slug } = newsIdParts(id);
  return routes.newsItem(fiscalYear, slug);
}

/**
 * The evidence records of the OIT content, valid as the checker left it (known item slugs, monthly
 * files named after their month in their fiscal year: src/lib/content-check/rules.ts).
 */
export function collectEvidence(content: OitContent): Evidence[] {
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
  for (const { file, data } of content.procurement) {
    evidence.push({
      kind: 'procurement-month',
      file,
      title: `สรุปผลการจัดซื้อจัดจ้าง ${data.month}`,
      items: [PROCUREMENT_MONTHLY_SLUG],
      date: data.date,
      fiscalYear: data.fiscalYear,
      month: data.month,
      example: data.example,
      links: [
        {
          label: `สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ${data.fiscalYear}`,
          path: routes.procurementYear(data.fiscalYear),
        },
      ],
    });
  }
  for (const { file, data } of content.measures ?? []) {
    const link = {
      label: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ${data.fiscalYear}`,
      path: routes.measuresYear(data.fiscalYear),
    };
    evidence.push({
      kind: 'measures-plan',
      file,
      title: link.label,
      items: [INTEGRITY_MEASURES_SLUG],
      date: data.meeting.date,
      fiscalYear: data.fiscalYear,
      example: false,
      links: [link],
    });
    for (const measure of data.topics.flatMap((t) => t.measures)) {
      for (const entry of measure.progress) {
        evidence.push({
          kind: 'measures-progress',
          file,
          title: `ความก้าวหน้า: ${measure.text}`,
          items: [INTEGRITY_MEASURES_IMPLEMENTATION_SLUG],
          date: entry.date,
          fiscalYear: data.fiscalYear,
          example: entry.example,
          links: [link],
        });
      }
    }
  }
  for (const { id, file, data } of content.news ?? []) {
    if (!data.items.length) continue;
    evidence.push({
      kind: 'news',
      file,
      title: data.title,
      items: data.items,
      date: data.date,
      fiscalYear: fiscalYearOf(data.date),
      example: data.example,
      links: [{ label: data.title, path: newsItemPath(id) }],
    });
  }
  return evidence;
}
