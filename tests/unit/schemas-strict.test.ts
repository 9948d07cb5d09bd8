// Strict everywhere: every object of every collection's schema refuses a field it does not know, so a typo
// (`exmaple: true`, `mournning`, `license`) is an error naming the field instead of a value silently dropped.
// The walk goes through every kind of zod schema; a kind it does not know fails the test, so a new
// wrapper cannot hide a loose object from it.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../src/schemas/collections';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Kinds with nothing inside them to walk. */
const LEAVES = new Set([
  'string',
  'number',
  'boolean',
  'bigint',
  'date',
  'enum',
  'literal',
  'null',
  'undefined',
  'void',
  'never',
  'nan',
  'symbol',
  'transform',
  'custom',
  'template_literal',
  'file',
]);
/** Kinds that accept any value: an object under them could hold any field. */
const ANYTHING = new Set(['unknown', 'any']);
/** Kinds around one inner schema. */
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'promise',
  'success',
]);

interface Walk {
  /** Every object found, by its path ("organization › display"), and whether it is strict. */
  objects: { path: string; strict: boolean }[];
  /** Paths where any value is accepted. */
  anything: string[];
}

/** Walks a schema and every schema inside it: objects, lists, unions, wrappers, pipes, records, tuples… */
function walk(schema: z.ZodType, path: string, out: Walk = { objects: [], anything: [] }, seen = new Set()): Walk {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const d = def(schema);
  const inner = (s: z.ZodType | null | undefined, at = path) => {
    if (s) walk(s, at, out, seen);
  };
  if (d.type === 'object') {
    out.objects.push({ path, strict: d.catchall !== undefined && def(d.catchall).type === 'never' });
    for (const [key, s] of Object.entries(d.shape ?? {})) inner(s, `${path}.${key}`);
  } else if (d.type === 'array' || d.type === 'set') inner(d.element ?? d.valueType, `${path}[]`);
  else if (d.type === 'union') (d.options ?? []).forEach((o, i) => inner(o, `${path}|${i}`));
  else if (WRAPPERS.has(d.type)) inner(d.innerType);
  else if (d.type === 'pipe') {
    inner(d.in);
    inner(d.out);
  } else if (d.type === 'record' || d.type === 'map') {
    inner(d.keyType, `${path}{key}`);
    inner(d.valueType, `${path}{}`);
  } else if (d.type === 'tuple') {
    (d.items ?? []).forEach((s, i) => inner(s, `${path}[${i}]`));
    inner(d.rest, `${path}[…]`);
  } else if (d.type === 'intersection') {
    inner(d.left);
    inner(d.right);
  } else if (d.type === 'lazy' && d.getter) inner(d.getter());
  else if (ANYTHING.has(d.type)) out.anything.push(path);
  else if (!LEAVES.has(d.type)) throw new Error(`${path}: a zod schema of kind "${d.type}" the walk does not know`);
  return out;
}

/** Each collection's schemas: the checker's, and Astro's when it differs (with images; a stand-in image()). */
const schemas = (Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][]).flatMap(([name, c]) => [
  { name, schema: c.schema },
  ...(c.withImages ? [{ name: `${name} (Astro)`, schema: c.withImages(() => z.string()) }] : []),
]);

describe('every schema of every collection is strict', () => {
  it.each(schemas.map((s) => [s.name, s.schema] as const))(
    '%s: every object refuses unknown fields and nothing accepts any value',
    (name, schema) => {
      const found = walk(schema, name);
      expect(found.objects.length).toBeGreaterThan(0);
      expect(found.objects.filter((o) => !o.strict).map((o) => o.path)).toEqual([]);
      expect(found.anything).toEqual([]);
    },
  );

  it('walks the objects the typos of issue 22 went into', () => {
    const paths = schemas.flatMap((s) => walk(s.schema, s.name).objects.map((o) => o.path));
    expect(paths.length).toBeGreaterThan(40);
    expect(paths).toEqual(
      expect.arrayContaining([
        'organization',
        'organization.openData',
        'organization.display',
        'organization.address',
        'organization.logo',
        'itaFrameworks',
        'itaAssessments',
        'measuresPlans.topics[].units',
        'measuresPlans.topics[].measures[].progress[].evidence',
        'measuresPlans.topics[].timeframe|1',
        'news',
        'news.cover',
        'news.attachments[]',
        'news (Astro).cover',
        'pages',
        'pages.navigation',
        'procurement.rows[].contract',
        'oitFrameworks',
        'itaReports',
        'guide',
      ]),
    );
  });

  it('finds a loose object anywhere: in lists, unions, wrappers, pipes, records, tuples and intersections', () => {
    const loose = () => z.object({ a: z.string() });
    const hidden = z.strictObject({
      list: z.array(loose()),
      union: z.union([z.string(), z.looseObject({ b: z.number() })]),
      wrapped: loose().optional().default({ a: '' }),
      piped: loose()
        .transform((v) => v.a)
        .pipe(z.string()),
      record: z.record(z.string(), loose()),
      tuple: z.tuple([z.string()], loose()),
      both: z.intersection(z.strictObject({ c: z.boolean() }), loose()),
      lazy: z.lazy(() => loose()),
      anything: z.unknown(),
    });
    const found = walk(hidden, 'x');
    expect(found.objects.filter((o) => !o.strict).map((o) => o.path)).toEqual([
      'x.list[]',
      'x.union|1',
      'x.wrapped',
      'x.piped',
      'x.record{}',
      'x.tuple[…]',
      'x.both',
      'x.lazy',
    ]);
    expect(found.anything).toEqual(['x.anything']);
    // A kind the walk does not know fails rather than hides what is inside it.
    expect(() => walk(z.strictObject({ f: z.function() }), 'y')).toThrow(/kind "function"/);
  });
});
