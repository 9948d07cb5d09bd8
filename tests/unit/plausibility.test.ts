// Plausibility (src/lib/content-check/plausibility.ts): values a schema accepts that cannot be true.
import { describe, expect, it } from 'vitest';
import { readExample } from '../helpers/example';
import { checkContent, type ContentSource } from '../../src/lib/content-check/check';
import {
  contractAfterReportProblems,
  moneyLimitProblems,
  planDateProblems,
  tableTotalProblems,
} from '../../src/lib/content-check/plausibility';
import { DEFAULT_MAX_BAHT } from '../../src/schemas/organization';
import type { MeasuresPlan } from '../../src/schemas/measures';
import type { Disclosure, ProcurementMonth } from '../../src/schemas/oit';

const example = readExample();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = d('2026-12-07');

/** The example with one file's text edited. */
function edited(file: string, from: string, to: string): ContentSource {
  const text = example.files[file];
  if (!text?.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  return { ...example, files: { ...example.files, [file]: text.replace(from, to) } };
}
const codes = (source: ContentSource) => checkContent(source).problems.map((p) => `${p.field} ${p.code}`);

const plan = (over: Partial<MeasuresPlan> = {}): MeasuresPlan =>
  ({
    fiscalYear: 2567,
    assessmentYear: 2566,
    meeting: { date: d('2023-12-30'), body: '', text: '' },
    topics: [
      {
        timeframe: { start: d('2023-10-01'), end: d('2024-09-30') },
        measures: [{ progress: [{ date: d('2024-01-15') }] }],
      },
    ],
    ...over,
  }) as unknown as MeasuresPlan;

describe('planDateProblems', () => {
  it('accepts a plan whose dates lie in its fiscal year', () => {
    expect(planDateProblems([{ file: 'p', data: plan() }], NOW)).toEqual([]);
  });

  it('refuses progress before the plan begins, a meeting earlier than the year opening it', () => {
    const early = plan({ meeting: { date: d('2023-08-01'), body: '', text: '' } });
    const topic = early.topics[0]!;
    topic.measures[0]!.progress = [
      { date: d('2023-08-02') },
      { date: d('2023-07-31') },
    ] as MeasuresPlan['topics'][0]['measures'][0]['progress'];
    const problems = planDateProblems([{ file: 'p', data: early }], NOW);
    expect(problems.map((p) => [p.field, p.code, p.found])).toEqual([
      ['topics.0.measures.0.progress.1.date', 'plan.progress-before-plan', '2566-07-31'],
    ]);
  });

  it('accepts a timeframe overlapping the year by at most a year (the timeline clips it)', () => {
    for (const [start, end] of [
      ['2023-07-01', '2023-12-31'],
      ['2024-06-01', '2024-12-31'],
      ['2023-10-01', '2024-09-30'],
    ] as const) {
      const p = plan();
      p.topics[0]!.timeframe = { start: d(start), end: d(end) };
      expect(planDateProblems([{ file: 'p', data: p }], NOW)).toEqual([]);
    }
  });

  it('refuses a timeframe longer than a year, or wholly outside the fiscal year', () => {
    for (const [start, end] of [
      ['2023-09-30', '2024-09-30'],
      ['2023-10-01', '2033-09-30'],
      ['2033-10-01', '2034-09-30'],
      ['2022-10-01', '2023-09-30'],
    ] as const) {
      const p = plan();
      p.topics[0]!.timeframe = { start: d(start), end: d(end) };
      expect(planDateProblems([{ file: 'p', data: p }], NOW).map((x) => x.code)).toEqual(['plan.timeframe-year']);
    }
  });

  it('refuses a meeting more than a day after now, and skips the rule without a clock', () => {
    const p = plan({ meeting: { date: d('2026-12-09'), body: '', text: '' } });
    expect(planDateProblems([{ file: 'p', data: p }], NOW).map((x) => x.code)).toEqual(['plan.meeting-future']);
    const tomorrow = plan({ meeting: { date: d('2026-12-08'), body: '', text: '' } });
    expect(planDateProblems([{ file: 'p', data: tomorrow }], NOW)).toEqual([]);
    expect(planDateProblems([{ file: 'p', data: p }], undefined)).toEqual([]);
  });
});

const month = (contract: string, budget = 5000): ProcurementMonth =>
  ({
    fiscalYear: 2568,
    month: '2024-10',
    date: d('2024-11-05'),
    rows: [
      {
        budget,
        bids: [{ name: 'ก', price: 4850 }],
        winner: { name: 'ก', price: 4850 },
        contract: { number: '1', date: d(contract) },
      },
    ],
  }) as unknown as ProcurementMonth;

describe('contractAfterReportProblems', () => {
  it('accepts a contract signed on or before the summary, refuses one after it', () => {
    expect(contractAfterReportProblems([{ file: 'm', data: month('2024-11-05') }])).toEqual([]);
    expect(
      contractAfterReportProblems([{ file: 'm', data: month('2024-11-06') }]).map((p) => [p.field, p.found]),
    ).toEqual([['rows.0.contract.date', '2567-11-06']]);
  });
});

const table = (rows: (string | number)[][], headers = ['รายการ', 'งบประมาณ (บาท)']): Disclosure =>
  ({ table: { headers, rows } }) as unknown as Disclosure;

describe('moneyLimitProblems', () => {
  it('refuses an amount over the ceiling, naming where to raise it', () => {
    const [p, ...rest] = moneyLimitProblems(
      { procurement: [{ file: 'm', data: month('2024-10-10', 5e12) }], disclosures: [] },
      DEFAULT_MAX_BAHT,
      'organization.yaml',
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: 'rows.0.budget', code: 'money.over-limit', found: '5,000,000,000,000' });
    expect(p?.params).toEqual({ limit: '1,000,000,000', organization: 'organization.yaml' });
  });

  it('accepts the amount once the ceiling is raised, and reads only baht columns of tables', () => {
    const procurement = [{ file: 'm', data: month('2024-10-10', 5e12) }];
    expect(moneyLimitProblems({ procurement, disclosures: [] }, 6e12)).toEqual([]);
    const disclosures = [
      { file: 'a', data: table([['ก', 2e9]]) },
      { file: 'b', data: table([['ก', 2e9]], ['รายการ', 'จำนวนคน']) },
    ];
    expect(moneyLimitProblems({ procurement: [], disclosures }).map((p) => [p.file, p.field])).toEqual([
      ['a', 'table.rows.0.1'],
    ]);
  });
});

describe('tableTotalProblems', () => {
  it('compares each total row with the rows above it, since the previous total', () => {
    const rows = [
      ['ก', 1.1],
      ['ข', 2.2],
      ['รวม', 3.3],
      ['ค', 5],
      [' รวมทั้งสิ้น ', 6],
    ];
    const problems = tableTotalProblems([{ file: 't', data: table(rows) }]);
    expect(problems.map((p) => [p.field, p.found, p.params])).toEqual([
      ['table.rows.4.1', '6', { label: 'รวมทั้งสิ้น', computed: '5', column: 'งบประมาณ (บาท)' }],
    ]);
  });

  it('ignores a row merely starting with the word (a project named รวมใจ) and text cells', () => {
    const rows = [
      ['ก', 1],
      ['รวมใจพัฒนา', 9],
      ['รวม', 10],
      ['รวม', 'ไม่มี'],
    ];
    expect(tableTotalProblems([{ file: 't', data: table(rows) }])).toEqual([]);
  });
});

describe('the check with the example content', () => {
  it('accepts the example as it is', () => {
    expect(codes(example)).toEqual([]);
  });

  it('refuses a five-trillion budget, then accepts it with limits.maxBaht raised in organization.yaml', () => {
    const big = edited('procurement/2568/2024-10.yaml', '    budget: 5000\n', '    budget: 5000000000000\n');
    expect(codes(big)).toEqual(['rows.0.budget money.over-limit']);
    const raised = {
      ...big,
      files: {
        ...big.files,
        'organization.yaml': `${big.files['organization.yaml']}limits:\n  maxBaht: 6000000000000\n`,
      },
    };
    expect(codes(raised)).toEqual([]);
  });

  it('refuses a news item dated in the future', () => {
    const news = 'news/2568/clean-canal-day.mdx';
    const future = { ...example, now: d('2025-01-01') };
    expect(
      checkContent(future)
        .problems.filter((p) => p.file.endsWith(news))
        .map((p) => p.code),
    ).toEqual(['date.future']);
  });
});
