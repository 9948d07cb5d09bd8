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

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /**
   * Whose files: "content" is the organization's content folder (content/, or PRONGSAI_CONTENT),
   * which `npm run check` checks; "guide" is the staff guide shipped with the program (docs/guide/).
   */
  root: 'content' | 'guide';
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
}

/** Data files: YAML or JSON. */
export const DATA = '{yaml,yml,json}';

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
    root: 'content',
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
  // OIT disclosure: the checklist of each ITA year, and what is published to satisfy it.
  oitFrameworks: spec({
    root: 'content',
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
  // The staff guide ships with the program (docs/guide/), whatever the organization's content.
  guide: spec({ root: 'guide', folder: '', pattern: '*.md', schema: guidePageSchema, key: 'name' }),
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The collections of the organization's content folder, in the table's order, with their names. */
export const CONTENT_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[])
  .filter((name) => COLLECTIONS[name].root === 'content')
  .map((name) => ({ name, ...(COLLECTIONS[name] as CollectionSpec) }));

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
