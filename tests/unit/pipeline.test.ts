// One content pipeline: one table of collections for the site and the checker, one catalogue of
// messages, and the rules run once, by the checker, before any page (domain code never imports it).
import { readdirSync, readFileSync } from 'node:fs';
import { readExample } from '../helpers/example';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, CONTENT_COLLECTIONS, entryId, pathInCollection } from '../../src/schemas/collections';
import { collectionOfPath } from '../../src/lib/content-check/check';
import { fixedCodeOf, messageText, MESSAGES, type CodedMessage } from '../../src/lib/content-check/messages';

const read = (file: string) => readFileSync(file, 'utf8');
/** A source file without its comments. */
const code = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the table of collections', () => {
  const paths = Object.keys(readExample().files);

  it('gives every file of the example content exactly one collection', () => {
    const owners = paths.map((p) => [
      p,
      CONTENT_COLLECTIONS.filter((c) => pathInCollection(c, p) !== undefined).length,
    ]);
    expect(owners.filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('has files of every content collection in the example content', () => {
    const used = new Set(paths.map((p) => collectionOfPath(p)?.name));
    expect(CONTENT_COLLECTIONS.map((c) => c.name).filter((name) => !used.has(name))).toEqual([]);
  });

  it('names entries by file name, procurement months by fiscal year and month', () => {
    expect(entryId(COLLECTIONS.itaAssessments, '2566.yaml')).toBe('2566');
    expect(entryId(COLLECTIONS.procurement, '2568/2024-10.yaml')).toBe('2568/2024-10');
    expect(pathInCollection(COLLECTIONS.procurement, 'procurement/2024-10.yaml')).toBeUndefined();
    expect(pathInCollection(COLLECTIONS.organization, 'organization.yml')).toBe('organization.yml');
    expect(pathInCollection(COLLECTIONS.documents, 'documents/plan.txt')).toBeUndefined();
  });

  it('describes every field in Thai for the editor (the JSON Schemas Astro writes under .astro/collections/)', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
      if (typeof node !== 'object' || node === null) return;
      const { properties, ...rest } = node as { properties?: Record<string, { description?: string }> };
      for (const [key, field] of Object.entries(properties ?? {})) {
        if (!/[\u0E00-\u0E7F]/.test(field.description ?? '')) undescribed.push(`${path}.${key}`);
        walk(field, `${path}.${key}`);
      }
      Object.values(rest).forEach((n) => walk(n, path));
    };
    for (const [name, c] of Object.entries(COLLECTIONS)) {
      walk(z.toJSONSchema(c.schema, { io: 'input', unrepresentable: 'any' }), name);
    }
    expect(undescribed).toEqual([]);
  });

  it('feeds both src/content.config.ts and the checker: neither names a folder of its own', () => {
    const config = code('src/content.config.ts');
    const checker = code('src/lib/content-check/check.ts');
    expect(config).toMatch(/Object\.entries\(COLLECTIONS\)/);
    expect(checker).toMatch(/CONTENT_COLLECTIONS/);
    for (const c of Object.values(COLLECTIONS).filter((c) => c.folder)) {
      expect(config).not.toContain(c.folder);
      expect(checker).not.toContain(`${c.folder}/`);
    }
  });
});

describe('the catalogue of messages', () => {
  // Any parameter a message reads, as a placeholder.
  const anyParams = new Proxy({}, { get: (_, key) => `<${String(key)}>` });
  const texts = (Object.keys(MESSAGES) as CodedMessage['code'][]).map((code) => ({
    code,
    ...messageText({ code, params: anyParams } as CodedMessage),
  }));

  it('gives every code a Thai and an English text', () => {
    for (const { code, th, en } of texts) {
      expect(th, code).not.toBe('');
      expect(en, code).not.toBe('');
    }
  });

  it('keeps " / " out of both halves, so the printed "Thai / English" reads one way', () => {
    expect(texts.filter(({ th, en }) => th.includes(' / ') || en.includes(' / ')).map((t) => t.code)).toEqual([]);
  });

  it('writes the Thai half in Thai', () => {
    const thai = /[\u0E00-\u0E7F]/;
    const untranslated = texts.filter(({ code, th }) => !thai.test(th) && code !== 'zod.other');
    expect(untranslated.map((t) => t.code)).toEqual([]);
  });

  it('identifies each fixed message by its text', () => {
    for (const code of Object.keys(MESSAGES) as CodedMessage['code'][]) {
      if ('fixed' in MESSAGES[code]) {
        const { th, en } = messageText({ code, params: {} } as CodedMessage);
        expect(fixedCodeOf(`${th} / ${en}`)).toBe(code);
      }
    }
  });
});

describe('the rules run once, before any page', () => {
  it('domain modules and the route data never import the checker', () => {
    const domain = [
      ...['ita', 'oit', 'open-data', 'search', 'site', 'thai'].map((d) => `src/lib/${d}`),
      'src/data',
    ].flatMap((d) => tsFiles(d));
    expect(domain.filter((f) => /from '[^']*content-check/.test(read(f)))).toEqual([]);
  });

  it('astro build runs the checker (the integration), and scripts/build.mjs does not run it again', () => {
    // The Markdown/MDX guard (scripts/lib/prose-guard.ts) first, then the check, before mdx() compiles anything.
    expect(read('astro.config.mjs')).toMatch(/integrations: \[\s*proseGuard\(\),\s*contentCheck\(\),\s*mdx\(\)/);
    expect(read('scripts/build.mjs')).not.toMatch(/check\.ts/);
  });

  it('nothing in src imports zod but through astro/zod', () => {
    const files = tsFiles('src');
    expect(files.filter((f) => /from 'zod'/.test(read(f)))).toEqual([]);
  });
});
