// What the prose rules know of the data (proseFacts), and which entries proseProblems checks, from the
// checker's entries and the paths of the content folder.
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections';
import type { Entries, Entry } from '../../src/lib/content-check/check';
import { proseFacts, proseProblems } from '../../src/lib/content-check/prose-check';

const entry = (id: string, data: unknown, extra: Partial<Entry<unknown>> = {}): Entry<unknown> => ({
  id,
  file: `examples/khok-ko/content/${id}`,
  data,
  ...extra,
});
const entries = (over: Partial<Entries>): Entries =>
  ({ ...Object.fromEntries(Object.keys(COLLECTIONS).map((n) => [n, []])), ...over }) as Entries;
const framework = (year: number, ...slugs: string[]) =>
  entry(String(year), { year, indicators: slugs.map((slug) => ({ slug })) });
const assessment = (year: number) => entry(String(year), { year });

describe('the facts the prose rules read', () => {
  it('has the indicators of each assessed year with a framework, in year order whatever the file order', () => {
    const facts = proseFacts(
      entries({
        itaFrameworks: [framework(2567, 'c'), framework(2565, 'a'), framework(2566, 'b')],
        itaAssessments: [assessment(2566), assessment(2565), assessment(2568)],
      }),
      ['ita/assessments/2566.yaml', 'ita/assessments/2565.yaml', 'ita/assessments/2568.yaml'],
    );
    expect([...facts.indicators]).toEqual([
      [2565, ['a']],
      [2566, ['b']],
    ]);
    // 2568 is assessed but its framework is missing; 2567 has a framework but no assessment.
    expect([...(facts.unreadable ?? [])]).toEqual([2568]);
  });

  it('counts an assessment file that failed its checks as unreadable, not as missing', () => {
    const facts = proseFacts(entries({ itaFrameworks: [framework(2566, 'b')] }), ['ita/assessments/2566.yaml']);
    expect([[...facts.indicators], [...(facts.unreadable ?? [])]]).toEqual([[], [2566]]);
  });

  it('knows whether every measures plan was read, and the years they respond to', () => {
    const plan = (id: string, assessmentYear: number) => entry(id, { assessmentYear });
    const read = proseFacts(entries({ measuresPlans: [plan('2567', 2566)] }), ['measures/2567.yaml']);
    expect([read.plansUnreadable, [...read.measuredYears]]).toEqual([false, [2566]]);
    const failed = proseFacts(entries({ measuresPlans: [plan('2567', 2566)] }), [
      'measures/2567.yaml',
      'measures/2568.yaml',
    ]);
    expect(failed.plansUnreadable).toBe(true);
  });

  it("knows every OIT item's page slugs, those it also covers included, of every framework", () => {
    const oit = (year: number, items: { slug: string; alsoCovers: string[] }[]) => entry(String(year), { year, items });
    const facts = proseFacts(
      entries({
        oitFrameworks: [
          oit(2567, [{ slug: 'news', alsoCovers: ['press'] }]),
          oit(2568, [{ slug: 'plan', alsoCovers: [] }]),
        ],
      }),
      [],
    );
    expect([...facts.items]).toEqual(['news', 'press', 'plan']);
  });
});

describe('the prose entries checked', () => {
  const oitFrameworks = [entry('2568', { year: 2568, items: [{ slug: 'news', alsoCovers: [] }] })];
  const news = (extra: Partial<Entry<unknown>> = {}) =>
    entry(
      '2568/a',
      { date: new Date('2025-01-01T00:00:00Z'), items: ['news', 'newz'], cover: { src: './a.jpg' } },
      extra,
    );

  it("names a news item's unknown OIT item at its place in the list", () => {
    // The content folder's other files are not known here: the cover image is not checked.
    const withPath = news({ path: 'news/2568/a.mdx' });
    expect(proseProblems({ root: 'content', files: {} }, entries({ oitFrameworks, news: [withPath] }), [])).toEqual([
      {
        file: 'examples/khok-ko/content/2568/a',
        field: 'items.1',
        code: 'oit.unknown-item',
        params: {},
        found: '"newz"',
      },
    ]);
  });

  it("checks a news item's cover image only when the content folder's other files are known", () => {
    const source = { root: 'content', files: {}, assetFiles: new Set<string>() };
    const problems = proseProblems(source, entries({ oitFrameworks, news: [news({ path: 'news/2568/a.mdx' })] }), []);
    expect(problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'items.1 oit.unknown-item',
      'cover.src news.image-missing',
    ]);
    const found = { ...source, assetFiles: new Set(['news/2568/a.jpg']) };
    expect(proseProblems(found, entries({ oitFrameworks, news: [news({ path: 'news/2568/a.mdx' })] }), []).length).toBe(
      1,
    );
  });

  it('checks the components of news, pages and reports, and the names of pages and reports', () => {
    const uses = [{ name: 'Chart', line: 5, props: {} }];
    const problems = proseProblems(
      { root: 'content', files: {} },
      entries({
        oitFrameworks,
        news: [entry('2568/b', { date: new Date('2025-01-01T00:00:00Z'), items: [] }, { uses })],
        pages: [entry('news', {}, { uses })],
        itaReports: [entry('2567', {}, { uses })],
      }),
      [],
    );
    expect(problems.map((p) => `${p.file} ${p.code}`)).toEqual([
      'examples/khok-ko/content/2568/b prose.unknown-component',
      'examples/khok-ko/content/news page.route-taken',
      'examples/khok-ko/content/news prose.unknown-component',
      'examples/khok-ko/content/2567 report.no-assessment',
      'examples/khok-ko/content/2567 prose.unknown-component',
    ]);
  });
});
