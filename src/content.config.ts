import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { SchemaContext } from 'astro:content';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, DATA, entryId, pathInCollection, type CollectionSpec } from './schemas/collections';
import { contentDir, programDir } from './data/content-dir';
import { readYaml } from './lib/content-check/yaml';
import { formatProblem } from './lib/content-check/messages';
import { readContentDir, readProgramDir } from '../scripts/lib/content-files';

/**
 * Content lives outside src/ so staff see only what they edit (content/, or the example's before
 * adoption); the program's frameworks in nacc/; tests point PRONGSAI_CONTENT and PRONGSAI_NACC at fixtures.
 */
const ROOTS: Record<CollectionSpec['root'], string> = {
  content: contentDir(),
  program: programDir(),
  guide: './docs/guide',
};

/** Data files (YAML, JSON): read by the program's one YAML reader, as `npm run check` reads them. */
const DATA_PATTERN = /\.(?:ya?ml|json)$/;

/**
 * A loader over a data collection's files that parses them with the checker's YAML reader
 * (src/lib/content-check/yaml.ts), so the build never reads a file differently from the check that
 * ran just before it. Entries are named as the checker names them.
 */
function yamlLoader(c: CollectionSpec): Loader {
  const root = ROOTS[c.root];
  const load: Loader['load'] = async (context) => {
    const { store, watcher } = context;
    const source = c.root === 'program' ? readProgramDir(root) : readContentDir(root);
    store.clear();
    for (const [path, text] of Object.entries(source.files).sort(([a], [b]) => a.localeCompare(b))) {
      const inner = pathInCollection(c, path);
      if (inner === undefined) continue;
      const file = `${root.replace(/\/+$/, '')}/${path}`;
      // Astro wants the path relative to the project (content may live elsewhere: PRONGSAI_CONTENT).
      const filePath = relative(fileURLToPath(context.config.root), resolve(file));
      const read = readYaml(file, text);
      // The content check ran before any loader (scripts/lib/content-check-integration.ts): this is a safety net.
      if (read.problems.length) throw new Error(read.problems.map(formatProblem).join('\n'));
      const id = entryId(c, inner);
      const data = await context.parseData({ id, data: read.data as Record<string, unknown>, filePath });
      store.set({ id, data, digest: context.generateDigest(text), filePath });
    }
    watcher?.add(resolve(root));
  };
  return {
    name: 'prongsai-yaml',
    load: async (context) => {
      await load(context);
      const base = resolve(root);
      context.watcher?.on('all', (_event, changed) => {
        if (resolve(changed).startsWith(base) && DATA_PATTERN.test(changed)) void load(context);
      });
    },
  };
}

/** A collection of the table: data files through the YAML reader, Markdown through Astro's glob loader. */
function collection<C extends CollectionSpec>(c: C) {
  const base = c.folder ? `${ROOTS[c.root]}/${c.folder}` : ROOTS[c.root];
  const loader = c.pattern.endsWith(DATA)
    ? yamlLoader(c)
    : glob({ pattern: c.pattern, base, generateId: ({ entry }) => entryId(c, entry) });
  // Collections with images get Astro's image() (resized for phones by the image pipeline).
  const schema = c.withImages ? ({ image }: SchemaContext) => c.withImages!(image) : c.schema;
  return defineCollection({ loader, schema: schema as C['schema'] });
}

type Collections = { [K in keyof typeof COLLECTIONS]: ReturnType<typeof collection<(typeof COLLECTIONS)[K]>> };

/** Every collection of the table (src/schemas/collections.ts), under its name. */
export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, c]) => [name, collection(c)]),
) as Collections;
