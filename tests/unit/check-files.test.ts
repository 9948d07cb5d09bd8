// The checker's handling of the files themselves: files no collection reads (a wrong extension, a stray
// file), files the reader refused, links under public/, and the one organization file.
import { describe, expect, it } from 'vitest';
import { readExample } from '../helpers/example';
import { checkContent } from '../../src/lib/content-check/check';

const source = () => readExample();
/** The example content with files added (text) or removed (undefined). */
const run = (over: object, files: Record<string, string | undefined> = {}) => {
  const base = source();
  const all: Record<string, string> = { ...base.files };
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) delete all[path];
    else all[path] = text;
  }
  return checkContent({ ...base, ...over, files: all });
};
const WHOLE = '(ทั้งไฟล์ / whole file)';
const FOLDERS =
  './organization.yaml, ita/assessments/*.yaml, measures/*.yaml, disclosures/*.yaml, documents/*.yaml, procurement/*/*.yaml';

describe('a file no collection reads', () => {
  it('is named with the name it should have when only its extension is wrong (case, or .txt added)', () => {
    const r = run(
      {},
      {
        'disclosures/new.YAML': 'x: 1\n',
        'disclosures/new2.yml.txt': 'x: 1\n',
        'disclosures/new3.yaml.txt.txt': 'x: 1\n',
      },
    );
    expect(r.problems).toEqual([
      {
        file: 'examples/khok-ko/content/disclosures/new.YAML',
        field: WHOLE,
        code: 'file.extension',
        params: { name: 'new.yaml' },
        found: 'new.YAML',
      },
      {
        file: 'examples/khok-ko/content/disclosures/new2.yml.txt',
        field: WHOLE,
        code: 'file.extension',
        params: { name: 'new2.yml' },
        found: 'new2.yml.txt',
      },
      {
        file: 'examples/khok-ko/content/disclosures/new3.yaml.txt.txt',
        field: WHOLE,
        code: 'file.extension',
        params: { name: 'new3.yaml' },
        found: 'new3.yaml.txt.txt',
      },
    ]);
    // Neither is counted as a file read.
    expect(r.files).toBe(run({}).files);
  });

  it('is named with the folders data files go in otherwise', () => {
    expect(run({}, { 'notes.txt': 'x', 'disclosures/other.txt': 'x', 'stray/a.yaml.txt': 'x' }).problems).toEqual([
      {
        file: 'examples/khok-ko/content/disclosures/other.txt',
        field: WHOLE,
        code: 'file.not-read',
        params: { folders: FOLDERS },
      },
      { file: 'examples/khok-ko/content/notes.txt', field: WHOLE, code: 'file.not-read', params: { folders: FOLDERS } },
      {
        file: 'examples/khok-ko/content/stray/a.yaml.txt',
        field: WHOLE,
        code: 'file.not-read',
        params: { folders: FOLDERS },
      },
    ]);
  });
});

describe('a file the reader refused', () => {
  it('is a link, a binary file, or text in another encoding, named first', () => {
    const refused = {
      'a.yaml': { kind: 'symlink' },
      'b.yaml': { kind: 'encoding', encoding: 'binary' },
      'c.yaml': { kind: 'encoding', encoding: 'UTF-16LE' },
    };
    expect(run({ refused, publicSymlinks: ['/documents/x.pdf'] }).problems).toEqual([
      { file: 'examples/khok-ko/content/a.yaml', field: WHOLE, code: 'file.symlink', params: {} },
      { file: 'examples/khok-ko/content/b.yaml', field: WHOLE, code: 'file.binary', params: {} },
      {
        file: 'examples/khok-ko/content/c.yaml',
        field: WHOLE,
        code: 'file.encoding',
        params: { encoding: 'UTF-16LE' },
        found: 'UTF-16LE',
      },
      { file: 'examples/khok-ko/public/documents/x.pdf', field: WHOLE, code: 'public.symlink', params: {} },
    ]);
  });

  it('names a link under public/ in the public folder staff named', () => {
    expect(run({ publicSymlinks: ['/documents/x.pdf'], publicRoot: 'www' }).problems).toEqual([
      { file: 'www/documents/x.pdf', field: WHOLE, code: 'public.symlink', params: {} },
    ]);
  });
});

describe('the organization file', () => {
  it('is required', () => {
    expect(run({}, { 'organization.yaml': undefined }).problems).toEqual([
      {
        file: 'examples/khok-ko/content/organization.yaml',
        field: WHOLE,
        code: 'organization.count',
        params: {},
        found: 'ไม่มี / none',
      },
    ]);
  });

  it('is one: a second one, even invalid, is named with the first', () => {
    const r = run({}, { 'organization.json': '{}' });
    expect(r.problems.at(-1)).toEqual({
      file: 'examples/khok-ko/content/organization.yaml',
      field: WHOLE,
      code: 'organization.count',
      params: {},
      found: 'organization.json, organization.yaml',
    });
    expect(r.files).toBe(run({}).files + 1);
  });
});

describe('what the checker is given', () => {
  it('an empty content folder, with nothing else known, misses only its organization file', () => {
    expect(checkContent({ root: 'content', files: {} }).problems).toEqual([
      { file: 'content/organization.yaml', field: WHOLE, code: 'organization.count', params: {}, found: 'ไม่มี / none' },
    ]);
  });

  it('an empty data file is refused as a whole, and not cross-checked', () => {
    expect(run({}, { 'ita/assessments/2566.yaml': '' }).problems.map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      `examples/khok-ko/content/ita/assessments/2566.yaml ${WHOLE} zod.type`,
    ]);
  });

  it('components are read in MDX only: in a Markdown page a tag is text', () => {
    const page = `${source().files['pages/executives-message.mdx'] ?? ''}\n<Chart year={2567} />\n`;
    expect(run({}, { 'pages/about.md': page }).problems).toEqual([]);
    expect(run({}, { 'pages/about.mdx': page }).problems.map((p) => `${p.file} ${p.code}`)).toEqual([
      'examples/khok-ko/content/pages/about.mdx prose.unknown-component',
    ]);
  });

  it('with no measures plan at all, a <Measures> of an assessed year is named', () => {
    expect(run({}, { 'measures/2567.yaml': undefined }).problems.map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      'examples/khok-ko/content/news/2568/ita-2566-result.mdx บรรทัด 20 / line 20 prose.no-measures',
      // The disclosure's link to the plan's page now leads nowhere.
      'examples/khok-ko/content/disclosures/integrity-measures-implementation-2567.yaml links.0.url link.page-missing',
    ]);
  });

  it('an assessment file named for no year still counts its year for the plans (its name is named)', () => {
    const base = source();
    const files = {
      'ita/assessments/result.yaml': base.files['ita/assessments/2566.yaml'],
      'ita/assessments/2566.yaml': undefined,
    };
    expect(run({}, files).problems.map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      'examples/khok-ko/content/ita/assessments/result.yaml year assessment.file-name',
    ]);
  });

  it('without the first bytes of the public files or the public folder’s name, documents are still checked', () => {
    const { publicHeads: _heads, publicRoot: _root, ...rest } = source();
    const doc = 'documents/procurement-plan-2568.yaml';
    const files = { ...rest.files, [doc]: (rest.files[doc] ?? '').replace('-2568.pdf', '-2569.pdf') };
    expect(checkContent({ ...rest, files }).problems.map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      'examples/khok-ko/content/documents/procurement-plan-2568.yaml file document.file-missing',
      `public/documents/procurement-plan-2568.pdf ${WHOLE} document.unused`,
    ]);
    expect(checkContent({ ...rest, publicSymlinks: ['/documents/x.pdf'] }).problems).toEqual([
      { file: 'public/documents/x.pdf', field: WHOLE, code: 'public.symlink', params: {} },
    ]);
  });
});
