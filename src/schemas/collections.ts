/**
 * The one table of content collections: for each, where its files live, which files belong to it,
 * its schema, and how an entry's id comes from the file's path. `src/content.config.ts` builds the
 * glob loaders from it and the checker (src/lib/content-check/check.ts) sorts files by it, so the
 * site and `npm run check` always read the same files under the same names.
 */
import type { z } from 'astro/zod';
import { guidePageSchema } from './guide';
import { itaAssessmentSchema, itaFrameworkSchema } from './ita';
import { measuresPlanSchema } from './measures';
import { disclosureSchema, documentSchema, oitFrameworkSchema, procurementMonthSchema } from './oit';
import { organizationSchema } from './organization';
import { itaReportSchema } from './ita-report';
import { newsSchema, newsSchemaWith } from './news';
import { contentPageSchema } from './pages';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /**
   * Whose files: "content" is the organization's content folder (content/, or PRONGSAI_CONTENT);
   * "program" is the program's own data (the NACC's frameworks, nacc/), checked with it but never edited
   * by staff; "guide" is the staff guide shipped with the program (docs/guide/).
   */
  root: 'content' | 'program' | 'guide';
  /** The collection's folder inside its root ("" for the root itself). */
  folder: string;
  /** The glob of its files inside the folder ("*" stays inside one folder). */
  pattern: string;
  /** The schema of each file. */
  schema: S;
  /**
   * How an entry's id comes from its path: "name" is the file name without its extension
   * ("2566"); "folder/name" keeps the folder too ("2568/2024-10": procurement months by fiscal year).
   */
  key: 'name' | 'folder/name';
  /**
   * The schema Astro uses when it differs from the checker's: a collection with images gets Astro's
   * `image()` (the image pipeline); the checker reads the same field as a path (`schema`).
   */
  withImages?: (image: () => z.ZodType) => z.ZodType;
}

/** Data files: YAML or JSON. */
export const DATA = '{yaml,yml,json}';
/** Prose: Markdown, or MDX when it uses components (src/components/mdx/). */
const PROSE = '{md,mdx}';

const spec = <S extends z.ZodType>(c: CollectionSpec<S>): CollectionSpec<S> => c;

export const COLLECTIONS = {
  organization: spec({
    root: 'content',
    folder: '',
    pattern: `organization.${DATA}`,
    schema: organizationSchema,
    key: 'name',
  }),
  itaFrameworks: spec({
    root: 'program',
    folder: 'ita/frameworks',
    pattern: `*.${DATA}`,
    schema: itaFrameworkSchema,
    key: 'name',
  }),
  itaAssessments: spec({
    root: 'content',
    folder: 'ita/assessments',
    pattern: `*.${DATA}`,
    schema: itaAssessmentSchema,
    key: 'name',
  }),
  measuresPlans: spec({
    root: 'content',
    folder: 'measures',
    pattern: `*.${DATA}`,
    schema: measuresPlanSchema,
    key: 'name',
  }),
  // OIT disclosure: the checklist of each ITA year (the program's), and what is published to satisfy it.
  oitFrameworks: spec({
    root: 'program',
    folder: 'oit/frameworks',
    pattern: `*.${DATA}`,
    schema: oitFrameworkSchema,
    key: 'name',
  }),
  disclosures: spec({
    root: 'content',
    folder: 'disclosures',
    pattern: `*.${DATA}`,
    schema: disclosureSchema,
    key: 'name',
  }),
  documents: spec({ root: 'content', folder: 'documents', pattern: `*.${DATA}`, schema: documentSchema, key: 'name' }),
  procurement: spec({
    root: 'content',
    folder: 'procurement',
    pattern: `*/*.${DATA}`,
    schema: procurementMonthSchema,
    key: 'folder/name',
  }),
  // Prose staff write in Markdown/MDX, with a frontmatter checked like any data file.
  news: spec({
    root: 'content',
    folder: 'news',
    pattern: `*/*.${PROSE}`,
    schema: newsSchema,
    key: 'folder/name',
    withImages: (image) => newsSchemaWith(image()),
  }),
  pages: spec({ root: 'content', folder: 'pages', pattern: `*.${PROSE}`, schema: contentPageSchema, key: 'name' }),
  itaReports: spec({
    root: 'content',
    folder: 'ita/reports',
    pattern: `*.${PROSE}`,
    schema: itaReportSchema,
    key: 'name',
  }),
  // The staff guide ships with the program (docs/guide/), whatever the organization's content.
  guide: spec({ root: 'guide', folder: '', pattern: '*.md', schema: guidePageSchema, key: 'name' }),
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The collections of one root, in the table's order, with their names. */
const collectionsOf = (root: CollectionSpec['root']) =>
  (Object.keys(COLLECTIONS) as CollectionName[])
    .filter((name) => COLLECTIONS[name].root === root)
    .map((name) => ({ name, ...(COLLECTIONS[name] as CollectionSpec) }));

/** The collections of the organization's content folder, in the table's order, with their names. */
export const CONTENT_COLLECTIONS = collectionsOf('content');

/** The collections of the program's data (nacc/): the NACC's frameworks. */
export const PROGRAM_COLLECTIONS = collectionsOf('program');

/** The collections `npm run check` reads: the organization's and the program's. */
export const CHECKED_COLLECTIONS = [...CONTENT_COLLECTIONS, ...PROGRAM_COLLECTIONS];

/** A glob of this table ("*", "{a,b}") as a regular expression over a whole path. */
function globRegex(glob: string): RegExp {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\{([^}]*)\}/g, (_, list: string) => `(?:${list.split(',').join('|')})`);
  return new RegExp(`^${source}$`);
}

/** The path of a file inside its collection's folder, or undefined when the file is not one of it. */
export function pathInCollection(c: CollectionSpec, path: string): string | undefined {
  const prefix = c.folder ? `${c.folder}/` : '';
  if (!path.startsWith(prefix)) return undefined;
  const inner = path.slice(prefix.length);
  return globRegex(c.pattern).test(inner) ? inner : undefined;
}

/** An entry's id from its path inside the collection's folder ("2568/2024-10.yaml" → "2568/2024-10"). */
export function entryId(c: Pick<CollectionSpec, 'key'>, pathInFolder: string): string {
  const segments = pathInFolder.replace(/\.[^./]+$/, '').split('/');
  return segments.slice(c.key === 'folder/name' ? -2 : -1).join('/');
}
