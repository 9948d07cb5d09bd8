// The prose rules one by one, at their edges: each prop kind against the data, a news file's folder and
// cover image, a page's name, a report's year; each problem in full (code, parameters, value found).
import { describe, expect, it } from 'vitest';
import type { ComponentUse } from '../../src/lib/content-check/prose';
import {
  componentProblems,
  newsFolderProblems,
  newsImageProblems,
  pageSlugProblems,
  proseNameProblems,
  reportYearProblems,
  type ProseFacts,
} from '../../src/lib/content-check/prose-rules';
import { formatProblem } from '../../src/lib/content-check/messages';

const facts = (over: Partial<ProseFacts> = {}): ProseFacts => ({
  indicators: new Map([
    [2565, ['budget-use']],
    [2566, ['budget-use', 'service-quality']],
  ]),
  items: new Set(['news', 'structure']),
  measuredYears: new Set([2566]),
  ...over,
});
const use = (name: string, props: ComponentUse['props'], line = 7): ComponentUse => ({ name, line, props });
const check = (u: ComponentUse, f = facts()) => componentProblems('f.mdx', [u], f);
const at = (code: string, params: Record<string, unknown>, found?: string) => ({
  file: 'f.mdx',
  field: 'บรรทัด 7 / line 7',
  code,
  params,
  ...(found === undefined ? {} : { found }),
});
const YEAR = 'ปี พ.ศ. เป็นตัวเลข เช่น year={2566}';

describe('a year prop', () => {
  it('is a whole number: text, a fraction or an expression is refused with the form expected', () => {
    expect(check(use('ScoreTable', { year: '2566' }))).toEqual([
      at('prose.prop-value', { name: 'ScoreTable', prop: 'year', expected: YEAR }, '"2566"'),
    ]);
    expect(check(use('ScoreTable', { year: 2566.5 }))).toEqual([
      at('prose.prop-value', { name: 'ScoreTable', prop: 'year', expected: YEAR }, '2566.5'),
    ]);
    expect(check(use('ScoreTable', { year: { expression: 'y' } }))).toEqual([
      at('prose.prop-value', { name: 'ScoreTable', prop: 'year', expected: YEAR }, '{"expression":"y"}'),
    ]);
  });

  it('is a year with an assessment, naming the years there are in order', () => {
    expect(check(use('ScoreTable', { year: 2566 }))).toEqual([]);
    expect(check(use('ScoreTable', { year: 2567 }))).toEqual([
      at('prose.no-assessment', { name: 'ScoreTable', year: 2567, known: '2565, 2566' }, '2567'),
    ]);
  });

  it('is not reported again when its assessment file failed its own checks', () => {
    expect(check(use('ScoreTable', { year: 2567 }), facts({ unreadable: new Set([2567]) }))).toEqual([]);
  });

  it('of <Measures> needs a plan for that year, unless a plan could not be read', () => {
    expect(check(use('Measures', { year: 2565, indicator: 'budget-use' }))).toEqual([
      at('prose.no-measures', { name: 'Measures', year: 2565 }, '2565'),
    ]);
    expect(check(use('Measures', { year: 2566, indicator: 'budget-use' }))).toEqual([]);
    expect(check(use('Measures', { year: 2565, indicator: 'budget-use' }), facts({ plansUnreadable: true }))).toEqual(
      [],
    );
    // Only <Measures> shows measures: another component of a year without a plan is fine.
    expect(check(use('IndicatorChart', { year: 2565, indicator: 'budget-use' }))).toEqual([]);
  });
});

describe('an indicator prop', () => {
  it("is a slug of its year's framework, naming that year's slugs", () => {
    expect(check(use('Score', { year: 2566, indicator: 'service-quality' }))).toEqual([]);
    expect(check(use('Score', { year: 2565, indicator: 'service-quality' }))).toEqual([
      at('prose.unknown-indicator', { name: 'Score', year: 2565, known: 'budget-use' }, '"service-quality"'),
    ]);
  });

  it('is text', () => {
    expect(check(use('Score', { year: 2566, indicator: 5 }))).toEqual([
      at(
        'prose.prop-value',
        { name: 'Score', prop: 'indicator', expected: 'slug ของตัวชี้วัด เช่น indicator="budget-use"' },
        '5',
      ),
    ]);
  });

  it('is not checked when the year is missing, written as text, or has no assessment (reported once, there)', () => {
    expect(check(use('IndicatorChart', { indicator: 'nothing' }))).toEqual([
      at('prose.prop-missing', { name: 'IndicatorChart', prop: 'year' }),
    ]);
    expect(check(use('Score', { year: '2566', indicator: 'nothing' })).map((p) => p.code)).toEqual([
      'prose.prop-value',
    ]);
    expect(check(use('Score', { year: 2567, indicator: 'nothing' })).map((p) => p.code)).toEqual([
      'prose.no-assessment',
    ]);
    expect(check(use('Score', { year: 2567, indicator: 5 })).map((p) => p.code)).toEqual(['prose.no-assessment']);
  });

  it('is refused when not text, even without a year', () => {
    expect(check(use('IndicatorChart', { indicator: 5 })).map((p) => p.code)).toEqual([
      'prose.prop-missing',
      'prose.prop-value',
    ]);
  });
});

describe('an item prop, a tone and a text', () => {
  it('an item is the slug of an OIT item, written as text', () => {
    expect(check(use('OitDocuments', { item: 'news' }))).toEqual([]);
    expect(check(use('OitDocuments', { item: 'newz' }))).toEqual([
      at('prose.unknown-item', { name: 'OitDocuments' }, '"newz"'),
    ]);
    expect(check(use('OitDocuments', { item: true }))).toEqual([
      at(
        'prose.prop-value',
        { name: 'OitDocuments', prop: 'item', expected: 'slug ของรายการ OIT เช่น item="news"' },
        'true',
      ),
    ]);
  });

  it('a tone is note or warning; a tone written without a value is refused', () => {
    expect(check(use('Note', { tone: 'note' }))).toEqual([]);
    expect(check(use('Note', { tone: 'warning' }))).toEqual([]);
    expect(check(use('Note', { tone: true }))).toEqual([
      at('prose.prop-value', { name: 'Note', prop: 'tone', expected: 'note หรือ warning' }, 'true'),
    ]);
  });

  it('a text is not blank and not a number', () => {
    const expected = { name: 'Figure', prop: 'caption', expected: 'ข้อความในเครื่องหมายคำพูด' };
    expect(check(use('Figure', { caption: 'ภาพถนน' }))).toEqual([]);
    expect(check(use('Figure', { caption: '  ' }))).toEqual([at('prose.prop-value', expected, '"  "')]);
    expect(check(use('Figure', { caption: 5 }))).toEqual([at('prose.prop-value', expected, '5')]);
  });
});

describe('the props of a component', () => {
  it('an optional prop may be left out; a required one is named', () => {
    expect(check(use('Note', {}))).toEqual([]);
    // Nothing was found: the problem has no "found" at all.
    expect(check(use('Figure', {}))).toStrictEqual([at('prose.prop-missing', { name: 'Figure', prop: 'caption' })]);
  });

  it('a prop the component does not take is named with those it takes, before the others', () => {
    expect(check(use('Note', { colour: 'red', tone: 'danger' })).map(formatProblem)).toEqual([
      'f.mdx › บรรทัด 7 / line 7: <Note> ไม่มีค่า colour ที่ใช้ได้คือ tone, title / <Note> has no prop colour; expected tone, title',
      'f.mdx › บรรทัด 7 / line 7: tone ของ <Note> ต้องเป็นnote หรือ warning / expected tone of <Note> to be note หรือ warning (พบ / found: "danger")',
    ]);
  });

  it('of an unknown component are not checked; every use of the file is', () => {
    const uses = [use('Chart', { year: 'x' }, 3), use('ScoreTable', {}, 9)];
    expect(componentProblems('f.mdx', uses, facts())).toEqual([
      {
        file: 'f.mdx',
        field: 'บรรทัด 3 / line 3',
        code: 'prose.unknown-component',
        params: { name: 'Chart', known: 'Score, ScoreTable, IndicatorChart, Measures, OitDocuments, Note, Figure' },
      },
      {
        file: 'f.mdx',
        field: 'บรรทัด 9 / line 9',
        code: 'prose.prop-missing',
        params: { name: 'ScoreTable', prop: 'year' },
      },
    ]);
  });
});

describe('a news file', () => {
  it('sits in the folder of its fiscal year: 30 September in the year ending, 1 October in the next', () => {
    expect(newsFolderProblems('2568/a', 'n.mdx', new Date('2025-09-30T00:00:00Z'))).toEqual([]);
    expect(newsFolderProblems('2568/a', 'n.mdx', new Date('2025-10-01T00:00:00Z'))).toEqual([
      {
        file: 'n.mdx',
        field: 'date',
        code: 'news.folder-year',
        params: { folder: '2568', fiscalYear: 2569 },
        found: '2568',
      },
    ]);
  });

  it('has its cover image where its path leads from the file, through . and ..', () => {
    const files = new Set(['news/2568/road.jpg', 'news/images/logo.png']);
    const image = (src: string | undefined) =>
      newsImageProblems('news/2568/a.mdx', 'examples/khok-ko/content/news/2568/a.mdx', src, (p) => files.has(p));
    expect([image(undefined), image('./road.jpg'), image('road.jpg'), image('../images/logo.png')]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(image('./images/logo.png')).toEqual([
      {
        file: 'examples/khok-ko/content/news/2568/a.mdx',
        field: 'cover.src',
        code: 'news.image-missing',
        params: { file: './images/logo.png' },
        found: '"./images/logo.png"',
      },
    ]);
  });
});

describe('a page and a report', () => {
  it('a page may not take the name of a section of the site, the 404 page or the build folders', () => {
    for (const slug of ['404', '_astro', 'pagefind']) {
      expect(pageSlugProblems(slug, `examples/khok-ko/content/pages/${slug}.mdx`)).toEqual([
        {
          file: `examples/khok-ko/content/pages/${slug}.mdx`,
          field: '(ชื่อไฟล์ / file name)',
          code: 'page.route-taken',
          params: { slug },
          found: slug,
        },
      ]);
    }
    expect(pageSlugProblems('about', 'examples/khok-ko/content/pages/about.mdx')).toEqual([]);
  });

  it('a news item and a page are named by an ASCII slug, whatever their extension', () => {
    for (const name of ['road-repair', 'ita-2566', '2568']) {
      expect(proseNameProblems('news', `news/2568/${name}.mdx`, 'f')).toEqual([]);
      expect(proseNameProblems('page', `${name}.md`, 'f')).toEqual([]);
    }
    for (const name of [
      'ซ่อมถนน',
      'Road-Repair',
      'road repair',
      'road_repair',
      'road--repair',
      '-road',
      'road-',
      'rоad',
    ]) {
      expect(proseNameProblems('news', `news/2568/${name}.mdx`, 'f'), name).toEqual([
        {
          file: 'f',
          field: '(ชื่อไฟล์ / file name)',
          code: 'prose.file-name',
          params: { kind: 'news', folder: '2568' },
          found: JSON.stringify(name),
        },
      ]);
    }
    expect(proseNameProblems('page', 'About Us.md', 'f').map((p) => p.params)).toEqual([{ kind: 'page', folder: '' }]);
  });

  it('a report is of a year assessed, or of one whose assessment failed its own checks', () => {
    expect(reportYearProblems('2566', 'r.mdx', facts())).toEqual([]);
    expect(reportYearProblems('2567', 'r.mdx', facts({ unreadable: new Set([2567]) }))).toEqual([]);
    expect(reportYearProblems('2567', 'r.mdx', facts())).toEqual([
      {
        file: 'r.mdx',
        field: '(ชื่อไฟล์ / file name)',
        code: 'report.no-assessment',
        params: { year: 2567 },
        found: '2567',
      },
    ]);
  });
});
