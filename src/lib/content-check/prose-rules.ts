/**
 * The rules of the prose collections (news, pages, ITA reports), across files: every component used
 * in MDX against the data it shows (a year with an assessment, an indicator of that year's framework,
 * an OIT item), a news file in the folder of its fiscal year with its cover image beside it, a page
 * name that is not a section of the site, a report for a year that was assessed.
 */
import { NOTE_TONES, PROSE_COMPONENTS, type PropKind, type PropSpec } from '../prose/components';
import { fiscalYearOf } from '../thai/fiscal-year';
import { SLUG_PATTERN } from '../../schemas/common';
import { lineField, type CodedMessage, type Problem } from './messages';
import type { ComponentUse, PropValue } from './prose';

/** What the components may show: the assessed years, their indicator slugs, OIT item slugs, measured years. */
export interface ProseFacts {
  /** Indicator slugs by assessment year (years with results only). */
  indicators: ReadonlyMap<number, readonly string[]>;
  /** Every OIT item page slug of every framework. */
  items: ReadonlySet<string>;
  /** Assessment years that a measures plan responds to. */
  measuredYears: ReadonlySet<number>;
  /** Years whose assessment or framework file is present but failed its own checks (reported there). */
  unreadable?: ReadonlySet<number>;
  /** Some measures plan failed its own checks: which years have measures is not known. */
  plansUnreadable?: boolean;
}

/**
 * First path segments the site itself publishes (src/pages/, Pagefind, the CMS): a page named after
 * one would hide a section or be hidden by it.
 */
export const RESERVED_PAGE_SLUGS = [
  'ita',
  'oit',
  'data',
  'news',
  'search',
  'guide',
  'procurement',
  'measures',
  'documents',
  'admin',
  'pagefind',
  '404',
  '_astro',
] as const;

const list = (values: Iterable<string | number>) => [...values].join(', ');

/** The problem of one prop of one use, at the use's line. */
function problemOf(file: string, use: ComponentUse, message: CodedMessage, found?: PropValue): Problem {
  return {
    file,
    field: lineField(use.line),
    ...message,
    ...(found === undefined ? {} : { found: JSON.stringify(found) }),
  };
}

const EXPECTED: Record<PropKind, string> = {
  year: 'ปี พ.ศ. เป็นตัวเลข เช่น year={2566}',
  indicator: 'slug ของตัวชี้วัด เช่น indicator="budget-use"',
  item: 'slug ของรายการ OIT เช่น item="news"',
  tone: `${NOTE_TONES.join(' หรือ ')}`,
  text: 'ข้อความในเครื่องหมายคำพูด',
};

/** A prop of a known kind, checked against the facts; the year is the use's own year prop. */
function propProblem(
  name: string,
  prop: string,
  spec: PropSpec,
  value: PropValue,
  year: number | undefined,
  facts: ProseFacts,
): CodedMessage | undefined {
  const wrongType: CodedMessage = { code: 'prose.prop-value', params: { name, prop, expected: EXPECTED[spec.kind] } };
  switch (spec.kind) {
    case 'year': {
      if (typeof value !== 'number' || value % 1 !== 0) return wrongType;
      if (facts.unreadable?.has(value)) return undefined;
      if (!facts.indicators.has(value))
        return { code: 'prose.no-assessment', params: { name, year: value, known: list(facts.indicators.keys()) } };
      if (name === 'Measures' && !facts.plansUnreadable && !facts.measuredYears.has(value))
        return { code: 'prose.no-measures', params: { name, year: value } };
      return undefined;
    }
    case 'indicator': {
      if (typeof value !== 'string') return wrongType;
      const known = year === undefined ? undefined : facts.indicators.get(year);
      if (known && !known.includes(value))
        return { code: 'prose.unknown-indicator', params: { name, year: year ?? 0, known: list(known) } };
      return undefined;
    }
    case 'item':
      if (typeof value !== 'string') return wrongType;
      return facts.items.has(value) ? undefined : { code: 'prose.unknown-item', params: { name } };
    case 'tone':
      return (NOTE_TONES as readonly PropValue[]).includes(value) ? undefined : wrongType;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? undefined : wrongType;
  }
}

/** Every component use of one file against the table of components and the facts. */
export function componentProblems(file: string, uses: readonly ComponentUse[], facts: ProseFacts): Problem[] {
  const problems: Problem[] = [];
  const table: Record<string, Record<string, PropSpec>> = PROSE_COMPONENTS;
  for (const use of uses) {
    const specs = table[use.name];
    if (!specs) {
      problems.push(
        problemOf(file, use, {
          code: 'prose.unknown-component',
          params: { name: use.name, known: Object.keys(table).join(', ') },
        }),
      );
      continue;
    }
    const year = typeof use.props.year === 'number' ? use.props.year : undefined;
    for (const prop of Object.keys(use.props)) {
      if (!(prop in specs))
        problems.push(
          problemOf(file, use, {
            code: 'prose.prop-unknown',
            params: { name: use.name, prop, known: Object.keys(specs).join(', ') },
          }),
        );
    }
    for (const [prop, spec] of Object.entries(specs)) {
      const value = use.props[prop];
      if (value === undefined) {
        if (spec.required)
          problems.push(problemOf(file, use, { code: 'prose.prop-missing', params: { name: use.name, prop } }));
        continue;
      }
      // A year that is itself wrong is reported once; the indicator is not checked against it.
      if (spec.kind === 'indicator' && year !== undefined && !facts.indicators.has(year)) continue;
      const message = propProblem(use.name, prop, spec, value, year, facts);
      if (message) problems.push(problemOf(file, use, message, value));
    }
  }
  return problems;
}

/** A news file sits in the folder of its date's fiscal year ("2568/road-repair"). */
export function newsFolderProblems(id: string, file: string, date: Date): Problem[] {
  const folder = id.split('/')[0] ?? '';
  const fiscalYear = fiscalYearOf(date);
  if (folder === String(fiscalYear)) return [];
  return [{ file, field: 'date', code: 'news.folder-year', params: { folder, fiscalYear }, found: folder }];
}

/** The news cover image exists next to the file (paths inside the content folder). */
export function newsImageProblems(
  path: string,
  file: string,
  src: string | undefined,
  exists: (path: string) => boolean,
): Problem[] {
  if (src === undefined) return [];
  const parts = path.split('/').slice(0, -1);
  for (const segment of src.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  const target = parts.join('/');
  return exists(target)
    ? []
    : [{ file, field: 'cover.src', code: 'news.image-missing', params: { file: src }, found: JSON.stringify(src) }];
}

/**
 * A news item's or a page's file name is an ASCII slug, like every other slug: it is the published
 * address (/news/<fiscal year>/<name>/, /<name>/), which must read the same everywhere and never change.
 */
export function proseNameProblems(kind: 'news' | 'page', path: string, file: string): Problem[] {
  const segments = path.split('/');
  const name = (segments.pop() ?? '').replace(/\.[^.]*$/, '');
  if (SLUG_PATTERN.test(name)) return [];
  return [
    {
      file,
      field: '(ชื่อไฟล์ / file name)',
      code: 'prose.file-name',
      params: { kind, folder: kind === 'news' ? (segments.pop() ?? '') : '' },
      found: JSON.stringify(name),
    },
  ];
}

/** A page's name (its URL) is not one the site already publishes. */
export function pageSlugProblems(id: string, file: string): Problem[] {
  return (RESERVED_PAGE_SLUGS as readonly string[]).includes(id)
    ? [{ file, field: '(ชื่อไฟล์ / file name)', code: 'page.route-taken', params: { slug: id }, found: id }]
    : [];
}

/** A report is about a year that was assessed. */
export function reportYearProblems(id: string, file: string, facts: ProseFacts): Problem[] {
  const year = Number(id);
  return facts.indicators.has(year) || facts.unreadable?.has(year)
    ? []
    : [{ file, field: '(ชื่อไฟล์ / file name)', code: 'report.no-assessment', params: { year }, found: id }];
}
