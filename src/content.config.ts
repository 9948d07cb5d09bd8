import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { SchemaContext } from 'astro:content';
import { COLLECTIONS, entryId, type CollectionSpec } from './schemas/collections';
import { contentDir } from './data/content-dir';

/** Content lives outside src/ so staff see only what they edit; tests point PRONGSAI_CONTENT at fixtures. */
const ROOTS: Record<CollectionSpec['root'], string> = { content: contentDir(), guide: './docs/guide' };

/** A collection of the table: a glob loader over its folder, naming entries as the checker does. */
function collection<C extends CollectionSpec>(c: C) {
  const base = c.folder ? `${ROOTS[c.root]}/${c.folder}` : ROOTS[c.root];
  return defineCollection({
    loader: glob({ pattern: c.pattern, base, generateId: ({ entry }) => entryId(c, entry) }),
    // Collections with images get Astro's image() (resized for phones by the image pipeline).
    schema: (c.withImages ? ({ image }: SchemaContext) => c.withImages!(image) : c.schema) as C['schema'],
  });
}

type Collections = { [K in keyof typeof COLLECTIONS]: ReturnType<typeof collection<(typeof COLLECTIONS)[K]>> };

/** Every collection of the table (src/schemas/collections.ts), under its name. */
export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, c]) => [name, collection(c)]),
) as Collections;
