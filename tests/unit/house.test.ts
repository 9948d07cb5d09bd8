// The house rules of issue 10, kept by reading the source: pages and components only render,
// src/data is the only reader of the content, the base path and the clock, src/lib stays pure.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasOwnOrganization } from '../../src/data/content-dir';

const files = (pattern: string): string[] => globSync(pattern).sort();
const read = (file: string): string => readFileSync(file, 'utf8');
/** Files among `pattern` whose text matches `rule`, except those listed in `allowed`. */
const offenders = (pattern: string, rule: RegExp, allowed: string[] = []): string[] =>
  files(pattern).filter((f) => !allowed.includes(f) && rule.test(read(f)));

/** The most code lines a frontmatter may hold: imports, comments and blank lines not counted. */
const FRONTMATTER_LIMIT = 12;

/** Lines of code in an .astro file's frontmatter, not counting imports, comments and blank lines. */
function frontmatterCodeLines(source: string): number {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const code = frontmatter
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^\s*import\s[\s\S]*?;\s*$/gm, '');
  return code.split('\n').filter((line) => line.trim() !== '').length;
}

describe('pages and components only render', () => {
  it('no .astro file sorts, filters, finds, reduces or does arithmetic with Math', () => {
    expect(offenders('src/**/*.astro', /\.(sort|filter|find|reduce)\(|\bMath\./)).toEqual([]);
  });

  it(`every .astro frontmatter holds at most ${FRONTMATTER_LIMIT} lines of code`, () => {
    const long = files('src/**/*.astro')
      .map((f) => `${f}: ${frontmatterCodeLines(read(f))}`)
      .filter((line) => Number(line.split(': ')[1]) > FRONTMATTER_LIMIT);
    expect(long).toEqual([]);
  });

  it('counts frontmatter code without imports, comments and blank lines', () => {
    const source = [
      '---',
      "import A from './A.astro';",
      'import {',
      '  b,',
      "} from './b';",
      '/** A comment. */',
      '// Another.',
      '',
      'const a = 1;',
      'const b = 2;',
      '---',
      '<p>{a}</p>',
    ].join('\n');
    expect(frontmatterCodeLines(source)).toBe(2);
  });
});

describe('src/data is the only reader of the content, the base path and the clock', () => {
  it('getCollection is called only under src/data/', () => {
    expect(offenders('src/**/*.{ts,mjs,astro}', /\bgetCollection\b/).filter((f) => !f.startsWith('src/data/'))).toEqual(
      [],
    );
  });

  it('astro:content is imported only under src/data/ (and by content.config.ts, which defines the collections)', () => {
    const importers = offenders('src/**/*.{ts,mjs,astro}', /from\s+['"]astro:content['"]/, ['src/content.config.ts']);
    expect(importers.filter((f) => !f.startsWith('src/data/'))).toEqual([]);
  });

  it('import.meta.env.BASE_URL is read only by src/data/href.ts', () => {
    expect(offenders('src/**/*.{ts,mjs,astro}', /import\.meta\.env\.BASE_URL/, ['src/data/href.ts'])).toEqual([]);
  });

  it('PRONGSAI_TODAY and SOURCE_DATE_EPOCH are read only by src/data/clock.ts', () => {
    const rule =
      /process\.env(\.|\[\s*['"`])(PRONGSAI_TODAY|SOURCE_DATE_EPOCH)\b|['"`](PRONGSAI_TODAY|SOURCE_DATE_EPOCH)['"`]/;
    expect(offenders('src/**/*.{ts,mjs,astro}', rule, ['src/data/clock.ts'])).toEqual([]);
  });

  it('process.env is read in src/ only by the clock and the content folder setting', () => {
    const allowed = ['src/data/clock.ts', 'src/data/content-dir.ts'];
    expect(offenders('src/**/*.{ts,mjs,astro}', /\bprocess\.env\b/, allowed)).toEqual([]);
  });
});

describe('src/lib is pure TypeScript', () => {
  it('imports nothing from astro:* or node:*', () => {
    expect(offenders('src/lib/**/*.{ts,mjs}', /(from\s+|import\s*\(\s*)['"](astro|node):/)).toEqual([]);
  });

  it('reads no process.env', () => {
    expect(offenders('src/lib/**/*.{ts,mjs}', /\bprocess\.env\b/)).toEqual([]);
  });
});

describe('three homes for three kinds of data (issue 21)', () => {
  it("no test reads content/ or public/, the organization's own: the example comes through tests/helpers/example.ts", () => {
    const reads =
      /\b(readFileSync|loadYaml|cpSync|readContentDir|readdirSync|existsSync|globSync|statSync|listPublic)\(\s*['"`](\.\/)?(content|public)\b/;
    expect(offenders('{tests,bench}/**/*.{ts,mjs}', reads)).toEqual([]);
  });

  it('the example has one home: only the content folder setting names its folder in the code', () => {
    const named = offenders('{src,scripts}/**/*.{ts,mjs,astro}', /examples\/khok-ko/, [
      'src/data/content-dir.ts',
      // npm test builds the example apart from the organization's own site (no TypeScript there).
      'scripts/test.mjs',
    ]);
    expect(named).toEqual([]);
  });

  it("the NACC's frameworks live in nacc/ only, never in the organization's or the example's content", () => {
    expect(files('{content,examples/*/content}/{ita,oit}/frameworks/*')).toEqual([]);
    expect(files('nacc/ita/frameworks/*.yaml').length).toBeGreaterThanOrEqual(6);
    expect(files('nacc/oit/frameworks/*.yaml').length).toBeGreaterThanOrEqual(4);
  });

  it('content/ and public/ of the template hold only their notes for people', () => {
    const own = files('{content,public}/**/*').filter((f) => !f.endsWith('/README.md'));
    // An adopted project has its own data here; the template ships none.
    if (!hasOwnOrganization()) expect(own).toEqual([]);
  });
});
