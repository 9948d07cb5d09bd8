// A file that fails its schema is still cross-checked on the fields that can be read (one run reports
// both kinds of problem), and not on fields that are themselves malformed; the rules on dates and on
// the documents' files under public/ run on the entries the checker hands them.
import { describe, expect, it } from 'vitest';
import { readExample } from '../helpers/example';
import { checkContent, type ContentSource } from '../../src/lib/content-check/check';

const A = 'ita/assessments/2566.yaml';
const P = 'measures/2567.yaml';
const D = 'disclosures/contact.yaml';
const O = 'documents/procurement-plan-2568.yaml';
const PDF = '/documents/procurement-plan-2568.pdf';

/** "file field code" of each problem, with one file of the example content replaced. */
const check = (path: string, edit: (text: string) => string, over: Partial<ContentSource> = {}) => {
  const source = readExample();
  const files = { ...source.files, [path]: edit(source.files[path] ?? '') };
  return checkContent({ ...source, ...over, files }).problems.map(
    (p) => `${p.file.replace('examples/khok-ko/content/', '')} ${p.field} ${p.code}`,
  );
};

describe('an assessment that fails its schema', () => {
  // A score over 100 (its own problem) and an indicator the framework does not have (a cross-file one).
  const broken = (t: string) => t.replace('score: 78.31', 'score: 178.31').replace('indicator: 10,', 'indicator: 99,');

  it('is still checked against its framework', () => {
    expect(check(A, broken)).toEqual([
      `${A} scores.0.score score.range`,
      `${A} scores.9.indicator assessment.unknown-indicator`,
      `${A} scores assessment.missing-score`,
    ]);
  });

  it('is not checked against its framework when its year, its scores or an indicator cannot be read', () => {
    expect(check(A, (t) => broken(t).replace('year: 2566', 'year: "2566"'))).toEqual([
      `${A} year year.type`,
      `${A} scores.0.score score.range`,
    ]);
    expect(check(A, (t) => broken(t).replace(/scores:[\s\S]*$/, 'scores: 5\n'))).toEqual([`${A} scores zod.type`]);
    expect(check(A, (t) => broken(t).replace('  - { indicator: 2, score: 67.28, note: "" }', '  - 5'))).toEqual([
      `${A} scores.0.score score.range`,
      `${A} scores.1 zod.type`,
    ]);
    expect(check(A, (t) => broken(t).replace('indicator: 2,', 'indicator: "2",'))).toEqual([
      `${A} scores.0.score score.range`,
      `${A} scores.1.indicator zod.type`,
    ]);
    expect(check(A, () => '- 1\n')).toEqual([`${A} (ทั้งไฟล์ / whole file) zod.type`]);
  });
});

describe('a measures plan that fails its schema', () => {
  const broken = (t: string) =>
    t
      .replace('status: planned', 'status: someday')
      .replace('[service-quality, work-improvement]', '[service-quality, no-such-indicator]');
  const STATUS = `${P} topics.0.measures.0.status measure.status`;

  it('is still checked against the framework, its indicators written as slugs or numbers', () => {
    expect(check(P, broken)).toEqual([STATUS, `${P} topics.1.indicators.1 plan.unknown-indicator`]);
    const numbers = (t: string) =>
      broken(t).replace('[duty-performance, service-quality, work-improvement]', '[1, 6, 8]');
    expect(check(P, numbers)).toEqual([STATUS, `${P} topics.1.indicators.1 plan.unknown-indicator`]);
  });

  it('is not checked when its years, its topics or a topic’s indicators cannot be read', () => {
    expect(check(P, (t) => broken(t).replace('fiscalYear: 2567', 'fiscalYear: x'))).toEqual([
      `${P} fiscalYear year.type`,
      STATUS,
    ]);
    expect(check(P, (t) => broken(t).replace('assessmentYear: 2566', 'assessmentYear: x'))).toEqual([
      `${P} assessmentYear year.type`,
      STATUS,
    ]);
    expect(check(P, (t) => broken(t).replace(/topics:[\s\S]*$/, 'topics: 5\n'))).toEqual([`${P} topics zod.type`]);
    expect(check(P, (t) => broken(t).replace(/topics:\n/, 'topics:\n  - 5\n'))).toEqual([
      `${P} topics.0 zod.type`,
      `${P} topics.1.measures.0.status measure.status`,
    ]);
    const first = '[duty-performance, service-quality, work-improvement]';
    expect(check(P, (t) => broken(t).replace(first, 'x'))).toEqual([STATUS, `${P} topics.0.indicators zod.type`]);
    expect(check(P, (t) => broken(t).replace(first, '[{ a: 1 }]'))).toEqual([
      STATUS,
      `${P} topics.0.indicators.0 measure.indicator-ref`,
    ]);
    expect(check(P, (t) => broken(t).replace(first, '[duty-performance, { a: 1 }]'))).toEqual([
      STATUS,
      `${P} topics.0.indicators.1 measure.indicator-ref`,
    ]);
  });
});

describe('a disclosure or a document that fails its schema', () => {
  const extra = (t: string) => t.replace('title:', 'extra: 1\ntitle:');

  it('a disclosure is still checked for its OIT items, unless one is not text', () => {
    const unknown = (t: string) => extra(t).replace('  - contact\n', '  - no-such-item\n');
    expect(check(D, unknown)).toEqual([`${D} extra zod.unknown-key`, `${D} items.0 oit.unknown-item`]);
    expect(check(D, (t) => unknown(t).replace('  - no-such-item\n', '  - no-such-item\n  - 5\n'))).toEqual([
      `${D} items.1 zod.type`,
      `${D} extra zod.unknown-key`,
    ]);
  });

  it('a document is still checked for its file under public/, unless its file or items are not text', () => {
    const missing = (t: string) => extra(t).replace(`file: ${PDF}`, 'file: /documents/none.pdf');
    const unused = `examples/khok-ko/public${PDF} (ทั้งไฟล์ / whole file) document.unused`;
    expect(check(O, missing)).toEqual([`${O} extra zod.unknown-key`, `${O} file document.file-missing`, unused]);
    expect(check(O, (t) => missing(t).replace('file: /documents/none.pdf', 'file: 5'))).toEqual([
      `${O} file zod.type`,
      `${O} extra zod.unknown-key`,
      unused,
    ]);
    expect(check(O, (t) => missing(t).replace('  - procurement-plan\n', '  - 5\n'))).toEqual([
      `${O} items.0 zod.type`,
      `${O} extra zod.unknown-key`,
      unused,
    ]);
  });
});

describe('dates and files of the OIT entries', () => {
  it('a document dated outside its fiscal year is named', () => {
    expect(check(O, (t) => t.replace('fiscalYear: 2568', 'fiscalYear: 2560'))).toEqual([`${O} date date.fiscal-year`]);
  });

  it('disclosures, documents, monthly summaries and news dated after the check are named', () => {
    const problems = check(O, (t) => t, { now: new Date('2000-01-01T00:00:00Z') });
    const future = problems.filter((p) => p.endsWith(' date date.future')).map((p) => p.split('/')[0]);
    expect([...new Set(future)]).toEqual(['disclosures', 'documents', 'procurement', 'news']);
  });

  it("a document's file is checked against the first bytes read from it: a PDF, a Word file", () => {
    const source = readExample();
    const heads = new Map([...(source.publicHeads ?? []), [PDF, 'GIF89a'], ['/documents/plan.docx', '%PDF-1.7']]);
    expect(check(O, (t) => t, { publicHeads: heads })).toEqual([`${O} file document.not-pdf`]);
    const publicFiles = new Set([...(source.publicFiles ?? []), '/documents/plan.docx']);
    const docx = (t: string) => t.replace(`file: ${PDF}`, 'file: /documents/plan.docx');
    expect(check(O, docx, { publicHeads: heads, publicFiles })).toEqual([
      `${O} file document.wrong-type`,
      // The file no content names is judged by its bytes where it is.
      `examples/khok-ko/public${PDF} (ทั้งไฟล์ / whole file) document.not-pdf`,
      `examples/khok-ko/public${PDF} (ทั้งไฟล์ / whole file) document.unused`,
    ]);
  });
});
