/** Small OIT values for unit tests: a date, and an evidence record with the fields a test cares about. */
import type { Evidence } from '../../src/lib/oit/evidence';

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
