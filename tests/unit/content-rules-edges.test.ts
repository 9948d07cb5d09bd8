// The cross-file rules at their edges: what staff are told when two files disagree, exactly (file, field,
// code, the value found). Each case computes inside its `it`, so each rule is tied to the tests that reach it.
import { describe, expect, it } from 'vitest';
import {
  assessmentProblems,
  documentFileProblems,
  duplicateIdProblems,
  frameworkFileProblems,
  futureDateProblems,
  oitEvidenceProblems,
  planIndicatorProblems,
} from '../../src/lib/content-check/rules';
import { NOTHING_FOUND, WHOLE_FILE } from '../../src/lib/content-check/messages';
import type { ItaAssessment, ItaFramework } from '../../src/schemas/ita';
import type { MeasuresPlan } from '../../src/schemas/measures';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../../src/schemas/oit';

const framework = (year: number) =>
  ({
    year,
    indicators: [
      { number: 1, slug: 'duty', name: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duty' },
      { number: 2, slug: 'budget', name: 'การใช้งบประมาณ', nameEn: 'Use of budget' },
    ],
  }) as unknown as ItaFramework;
const oitFramework = {
  items: [
    { slug: 'structure', alsoCovers: [] },
    { slug: 'plan', alsoCovers: ['plan-report'] },
  ],
} as unknown as OitFramework;
const month = (m: string, fiscalYear: number) => ({ month: m, fiscalYear }) as unknown as ProcurementMonth;
const procurement = (id: string, m: string, fiscalYear: number) => ({
  id,
  file: `examples/khok-ko/content/procurement/${id}.yaml`,
  data: month(m, fiscalYear),
});
const evidence = (procurementEntries: ReturnType<typeof procurement>[]) =>
  oitEvidenceProblems({ disclosures: [], documents: [], procurement: procurementEntries }, [oitFramework]);

describe('scores against their framework', () => {
  it('names the framework year and every known indicator when a score names an unknown one', () => {
    const scores = [
      { indicator: 1, score: 90 },
      { indicator: 2, score: 80 },
      { indicator: 9, score: 70 },
    ];
    const a = { year: 2566, scores } as unknown as ItaAssessment;
    expect(assessmentProblems(framework(2566), a, 'a.yaml')).toEqual([
      {
        file: 'a.yaml',
        field: 'scores.2.indicator',
        code: 'assessment.unknown-indicator',
        params: { year: 2566, known: '1, 2' },
        found: '9',
      },
    ]);
  });

  it('names the missing indicator by number, Thai and English name', () => {
    const a = { year: 2566, scores: [{ indicator: 2, score: 80 }] } as unknown as ItaAssessment;
    expect(assessmentProblems(framework(2566), a, 'a.yaml')).toEqual([
      {
        file: 'a.yaml',
        field: 'scores',
        code: 'assessment.missing-score',
        params: { number: 1, name: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duty' },
        found: NOTHING_FOUND,
      },
    ]);
  });
});

describe('plan indicators', () => {
  it('lists the known indicators as "number slug" when one is unknown', () => {
    const plan = { topics: [{ indicators: ['nope'] }] } as unknown as MeasuresPlan;
    expect(planIndicatorProblems(plan, framework(2566), 'm.yaml')).toEqual([
      {
        file: 'm.yaml',
        field: 'topics.0.indicators.0',
        code: 'plan.unknown-indicator',
        params: { year: 2566, known: '1 duty, 2 budget' },
        found: '"nope"',
      },
    ]);
  });

  it('counts a number and its slug as one indicator, but allows it again in another topic', () => {
    const plan = { topics: [{ indicators: [1, 'duty'] }, { indicators: ['duty', 2] }] } as unknown as MeasuresPlan;
    expect(planIndicatorProblems(plan, framework(2566), 'm.yaml')).toEqual([
      {
        file: 'm.yaml',
        field: 'topics.0.indicators.1',
        code: 'plan.duplicate-indicator',
        params: { number: 1 },
        found: '"duty"',
      },
    ]);
  });

  it('reports an unknown indicator without also calling it a duplicate', () => {
    const plan = { topics: [{ indicators: [7, 7] }] } as unknown as MeasuresPlan;
    expect(planIndicatorProblems(plan, framework(2566), 'm.yaml').map((p) => p.code)).toEqual([
      'plan.unknown-indicator',
      'plan.unknown-indicator',
    ]);
  });
});

describe('framework files named after their year', () => {
  it('reports a file copied to 2568.yaml with year 2566 left inside, and passes one named right', () => {
    const entries = [
      { id: '2566', file: 'nacc/oit/frameworks/2566.yaml', data: { year: 2566 } },
      { id: '2568', file: 'nacc/oit/frameworks/2568.yaml', data: { year: 2566 } },
    ];
    expect(frameworkFileProblems(entries)).toEqual([
      {
        file: 'nacc/oit/frameworks/2568.yaml',
        field: 'year',
        code: 'oit.framework-file-name',
        params: { year: 2566 },
        found: '2566',
      },
    ]);
  });
});

describe('OIT items named by disclosures and documents', () => {
  it('accepts an item another item also covers, and checks documents as well as disclosures', () => {
    const doc = (items: string[]) => ({ items }) as unknown as OitDocument;
    const problems = oitEvidenceProblems(
      {
        disclosures: [{ id: 'd', file: 'd.yaml', data: { items: ['plan-report'] } as unknown as Disclosure }],
        documents: [{ id: 'p', file: 'p.yaml', data: doc(['plan', 'plans']) }],
        procurement: [],
      },
      [oitFramework],
    );
    expect(problems).toEqual([
      { file: 'p.yaml', field: 'items.1', code: 'oit.unknown-item', params: {}, found: '"plans"' },
    ]);
  });
});

describe('monthly procurement files', () => {
  it('accepts September in the fiscal year it ends and October in the one it starts', () => {
    expect(
      evidence([procurement('2567/2024-09', '2024-09', 2567), procurement('2568/2024-10', '2024-10', 2568)]),
    ).toEqual([]);
  });

  it('reports a September filed under the next fiscal year with the year it belongs to, not its folder', () => {
    expect(evidence([procurement('2568/2024-09', '2024-09', 2568)])).toEqual([
      {
        file: 'examples/khok-ko/content/procurement/2568/2024-09.yaml',
        field: 'fiscalYear',
        code: 'procurement.fiscal-year',
        params: { month: '2024-09', fiscalYear: 2567 },
        found: '2568',
      },
    ]);
  });

  it('reports an October whose fiscal year is right but whose folder is another year', () => {
    expect(evidence([procurement('2567/2024-10', '2024-10', 2568)])).toEqual([
      {
        file: 'examples/khok-ko/content/procurement/2567/2024-10.yaml',
        field: 'fiscalYear',
        code: 'procurement.folder',
        params: { folder: '2567', fiscalYear: 2568 },
        found: '2568',
      },
    ]);
  });

  it('names the first file of a month in every later file of the same month', () => {
    const problems = evidence([
      procurement('2568/2024-11', '2024-11', 2568),
      { ...procurement('2568/2024-11', '2024-11', 2568), file: 'second.yaml' },
      { ...procurement('2568/2024-11', '2024-11', 2568), file: 'third.yaml' },
    ]);
    expect(problems).toEqual(
      ['second.yaml', 'third.yaml'].map((file) => ({
        file,
        field: 'month',
        code: 'procurement.duplicate-month',
        params: { month: '2024-11', first: 'examples/khok-ko/content/procurement/2568/2024-11.yaml' },
        found: '"2024-11"',
      })),
    );
  });

  it('takes the file name after the last slash, and the folder before the first', () => {
    expect(evidence([procurement('2568/x/2024-12', '2024-12', 2568)])).toEqual([]);
    expect(evidence([procurement('2568/2024-12/x', '2024-12', 2568)]).map((p) => p.code)).toEqual([
      'procurement.file-name',
    ]);
  });
});

describe('document files under public/', () => {
  const doc = (file: string) => ({
    id: file,
    file: `examples/khok-ko/content/documents/${file}.yaml`,
    data: { file } as OitDocument,
  });
  const heads: Record<string, string> = {
    '/a.pdf': '%PDF-1.7',
    '/b.PDF': '<html>',
    '/c.pdf': '',
    '/d.docx': 'PK',
    '/e.pdf.txt': 'hello',
    '/f.pdf': ' %PDF-1.4',
  };

  it('reports a missing file, an empty one and a file whose bytes are not its type, whatever the case of its name', () => {
    const files = ['/a.pdf', '/b.PDF', '/c.pdf', '/d.docx', '/e.pdf.txt', '/f.pdf', '/gone.pdf'];
    const problems = documentFileProblems(
      files.map(doc),
      (p) => p in heads,
      (p) => heads[p],
    );
    const at = (file: string) => ({
      file: `examples/khok-ko/content/documents/${file}.yaml`,
      field: 'file',
      found: JSON.stringify(file),
    });
    expect(problems).toEqual([
      { ...at('/b.PDF'), code: 'document.not-pdf', params: { kind: 'html' } },
      { ...at('/c.pdf'), code: 'document.empty', params: {} },
      { ...at('/d.docx'), code: 'document.wrong-type', params: { type: 'Word .docx', kind: 'text' } },
      { ...at('/f.pdf'), code: 'document.not-pdf', params: { kind: 'text' } },
      { ...at('/gone.pdf'), code: 'document.file-missing', params: { file: '/gone.pdf' } },
    ]);
  });

  it('checks only that the file exists when its first bytes cannot be read', () => {
    expect(documentFileProblems([doc('/c.pdf')], () => true)).toEqual([]);
    expect(
      documentFileProblems(
        [doc('/c.pdf')],
        () => true,
        () => undefined,
      ),
    ).toEqual([]);
  });
});

describe('two files at one address', () => {
  it('names the first file in every later file with the same id', () => {
    const entries = [
      { id: 'plan', file: 'plan.yaml' },
      { id: 'other', file: 'other.yaml' },
      { id: 'plan', file: 'plan.yml' },
      { id: 'plan', file: 'plan.json' },
    ];
    expect(duplicateIdProblems(entries)).toEqual(
      ['plan.yml', 'plan.json'].map((file) => ({
        file,
        field: WHOLE_FILE,
        code: 'entry.duplicate-id',
        params: { id: 'plan', first: 'plan.yaml' },
        found: '"plan"',
      })),
    );
  });
});

describe('publication dates in the future', () => {
  it('allows up to a full day ahead of the check, and reports a later date in Buddhist-Era ISO form', () => {
    const now = new Date('2043-09-30T00:00:00Z');
    const dayAhead = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    const entries = [
      { id: 'a', file: 'a.yaml', data: { date: now } },
      { id: 'b', file: 'b.yaml', data: { date: dayAhead } },
      { id: 'c', file: 'c.yaml', data: { date: new Date(dayAhead.getTime() + 1) } },
      { id: 'd', file: 'd.yaml', data: {} },
      { id: 'e', file: 'e.yaml', data: { date: new Date('2043-10-01T00:00:00Z') } },
    ];
    expect(futureDateProblems(entries, now)).toEqual([
      { file: 'c.yaml', field: 'date', code: 'date.future', params: {}, found: '2586-10-01' },
    ]);
  });

  it('reports nothing when the check has no moment to compare with', () => {
    const far = [{ id: 'a', file: 'a.yaml', data: { date: new Date('2999-01-01T00:00:00Z') } }];
    expect(futureDateProblems(far, undefined)).toEqual([]);
    expect(futureDateProblems(far, new Date('2026-01-01T00:00:00Z'))).toHaveLength(1);
  });
});
