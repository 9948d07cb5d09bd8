// The program's data (the NACC's frameworks, nacc/) read with the organization's content in one check:
// each file named by its home, a framework in content/ refused, a stray file of nacc/ named there.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check';
import { formatProblem } from '../../src/lib/content-check/messages';
import { ownsPublic } from '../../scripts/lib/content-files';
import { EXAMPLE, programText, readExample, withProgramFile } from '../helpers/example';

const example = readExample();
const WHOLE = '(ทั้งไฟล์ / whole file)';
const codes = (source = example) => checkContent(source).problems.map((p) => `${p.file} ${p.field} ${p.code}`);

describe('the program data checked with the content', () => {
  it('are read from nacc/ and pass with the example', () => {
    expect(Object.keys(example.program?.files ?? {}).sort()).toEqual([
      'ita/frameworks/2564.yaml',
      'ita/frameworks/2565.yaml',
      'ita/frameworks/2566.yaml',
      'ita/frameworks/2567.yaml',
      'ita/frameworks/2568.yaml',
      'ita/frameworks/2569.yaml',
      'oit/frameworks/2566.yaml',
      'oit/frameworks/2567.yaml',
      'oit/frameworks/2568.yaml',
      'oit/frameworks/2569.yaml',
    ]);
    const r = checkContent(example);
    expect(r.problems).toEqual([]);
    expect(r.entries.itaFrameworks.map((e) => e.file)).toContain('nacc/ita/frameworks/2566.yaml');
    expect(r.entries.oitFrameworks.map((e) => e.file)).toContain('nacc/oit/frameworks/2569.yaml');
    expect(r.entries.itaAssessments.map((e) => e.file)).toEqual([`${EXAMPLE.content}/ita/assessments/2566.yaml`]);
  });

  it('a framework with a problem is named under nacc/', () => {
    const broken = programText(example, 'ita/frameworks/2566.yaml').replace('passMark: 85', 'passMark: 8.5');
    expect(codes(withProgramFile(example, 'ita/frameworks/2566.yaml', broken))).toEqual([
      'nacc/ita/frameworks/2566.yaml passMark framework.pass-mark',
    ]);
  });

  it('a file of nacc/ no program collection reads is named there, with the folders of content', () => {
    const r = checkContent(withProgramFile(example, 'ita/notes.txt', 'x'));
    expect(r.problems.map((p) => `${p.file} ${p.code}`)).toEqual(['nacc/ita/notes.txt file.not-read']);
  });

  it('a framework in the content folder is refused: frameworks come with the program', () => {
    const copy = programText(example, 'oit/frameworks/2569.yaml');
    const files = { ...example.files, 'oit/frameworks/2569.yaml': copy };
    expect(checkContent({ ...example, files }).problems.map(formatProblem)).toEqual([
      `${EXAMPLE.content}/oit/frameworks/2569.yaml › ${WHOLE}: กรอบการประเมินของ ป.ป.ช. มากับโปรแกรม (nacc/) ไม่อยู่ใน content/: ลบไฟล์นี้ กรอบของปีใหม่มากับโปรแกรมรุ่นใหม่ (README: การรับรุ่นใหม่) / the NACC's frameworks come with the program (nacc/), not content/: remove this file; a new year comes with a program update`,
    ]);
  });

  it('a framework twice in nacc/ (.yaml and .yml) is one slug twice', () => {
    const twice = withProgramFile(example, 'ita/frameworks/2566.yml', programText(example, 'ita/frameworks/2566.yaml'));
    expect(codes(twice)).toEqual([`nacc/ita/frameworks/2566.yml ${WHOLE} entry.duplicate-id`]);
  });

  it('without the program data, every year the content names is unknown', () => {
    const { program: _program, ...alone } = example;
    expect(codes({ ...alone, program: { root: 'nacc', files: {} } })).toContain(
      `${EXAMPLE.content}/ita/assessments/2566.yaml year assessment.no-framework`,
    );
  });
});

describe('which public folder a content folder owns', () => {
  it("an organization's pair, the example's pair, or a test's two folders", () => {
    expect(ownsPublic('content', 'public')).toBe(true);
    expect(ownsPublic('./content/', './public')).toBe(true);
    expect(ownsPublic(EXAMPLE.content, EXAMPLE.public)).toBe(true);
    expect(ownsPublic('/tmp/x/content', '/tmp/x/public')).toBe(true);
    expect(ownsPublic('/tmp/x/content', '/tmp/x/no-public')).toBe(true);
  });

  it('not a fixture content with the example files, nor the organization with the example files', () => {
    expect(ownsPublic('tests/fixtures/two-years/content', EXAMPLE.public)).toBe(false);
    expect(ownsPublic('content', EXAMPLE.public)).toBe(false);
    expect(ownsPublic(EXAMPLE.content, 'public')).toBe(false);
  });
});
