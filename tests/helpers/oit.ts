/** Small OIT values for unit tests: a date, and an evidence record with the fields a test cares about. */
import type { Evidence } from '../../src/lib/oit/evidence';
import type { OitItem } from '../../src/schemas/oit';

/** A calendar day at midnight UTC, as the content files' dates are read. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A real (not example) disclosure of the structure item in FY 2568, changed by `over`. */
export const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  kind: 'disclosure',
  file: 'content/disclosures/x.yaml',
  title: 'x',
  items: ['structure'],
  date: day('2024-10-01'),
  fiscalYear: 2568,
  example: false,
  links: [],
  ...over,
});

/** A checklist item with no time rule, unverified, named after its slug. */
export const oitItem = (code: string, slug: string, subIndicator = '9.1', over: Partial<OitItem> = {}): OitItem => ({
  code,
  slug,
  title: `ชื่อ ${slug}`,
  subIndicator,
  evidence: 'หลักฐาน',
  timeRule: 'none',
  fiscalYearOffset: 0,
  confidence: 'medium',
  source: 'หลักฐานทดสอบ',
  verified: false,
  alsoCovers: [],
  ...over,
});
