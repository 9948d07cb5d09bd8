// News, pages and ITA reports in Markdown/MDX: the checker reads their frontmatter and every component
// they use, at the line staff wrote it; the news list, feed, JSON-LD and OIT evidence read the same entries.
import { readFileSync } from 'node:fs';
import { readExample } from '../helpers/example';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check';
import { formatProblem } from '../../src/lib/content-check/messages';
import { parseProseFile } from '../../src/lib/content-check/prose';
import { componentProblems, RESERVED_PAGE_SLUGS } from '../../src/lib/content-check/prose-rules';
import { PROSE_COMPONENTS } from '../../src/lib/prose/components';
import { newestFirst, newsFiscalYears, newsOfType, paginate } from '../../src/lib/prose/news-list';
import { NEWS_TYPES } from '../../src/lib/prose/news-types';
import { collectEvidence } from '../../src/lib/oit/evidence';
import { frameworkCoverage } from '../../src/lib/oit/coverage';
import { oitFrameworkSchema } from '../../src/schemas/oit';
import { parse } from 'yaml';
import { proseNewsEntries, rssFeed } from '../../src/lib/open-data/feed';
import { newsArticleJsonLd } from '../../src/lib/open-data/json-ld';
import { calendarDate } from '../../src/lib/thai/fiscal-year';

const source = readExample();
/** The problems of the example content with some files replaced or added. */
const check = (files: Record<string, string>) =>
  checkContent({ ...source, files: { ...source.files, ...files } }).problems.map(formatProblem);
const ROAD = 'news/2568/road-repair.mdx';
const road = source.files[ROAD]!;

describe('the example prose', () => {
  it('is read by the checker: four news items, one page, the 2566 report', () => {
    const r = checkContent(source);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.entries.news.map((e) => e.id).sort()).toEqual([
      '2567/no-gift-pledge',
      '2568/clean-canal-day',
      '2568/ita-2566-result',
      '2568/road-repair',
    ]);
    expect(r.entries.pages.map((e) => e.id)).toEqual(['executives-message']);
    expect(r.entries.itaReports.map((e) => e.id)).toEqual(['2566']);
  });

  it('marks every news item and the page as examples, and the report (the seed) as real', () => {
    const r = checkContent(source);
    const example = (name: 'news' | 'pages' | 'itaReports') =>
      r.entries[name].map((e) => (e.data as { example: boolean }).example);
    expect(example('news')).toEqual([true, true, true, true]);
    expect(example('pages')).toEqual([true]);
    expect(example('itaReports')).toEqual([false]);
  });
});

describe('reading an MDX file', () => {
  it('finds each component with its line and its literal props', () => {
    const text =
      '---\ntitle: x\n---\n\nคะแนน <Score year={2566} indicator="budget-use" /> คะแนน\n\n<Note tone="warning">\nระวัง\n</Note>\n';
    expect(parseProseFile('f.mdx', text, mdxToMdast).uses).toEqual([
      { name: 'Score', line: 5, props: { year: 2566, indicator: 'budget-use' } },
      { name: 'Note', line: 7, props: { tone: 'warning' } },
    ]);
  });

  it('names the line of a YAML mistake in the frontmatter as a line of the file', () => {
    const problems = parseProseFile('f.mdx', '---\ntitle: x\ndate: [1\n---\ntext\n', mdxToMdast).problems.map(
      formatProblem,
    );
    expect(problems[0]).toMatch(/^f\.mdx › บรรทัด 3 \/ line 3: เขียน YAML ผิดรูปแบบ/);
  });

  it('names the line of an MDX mistake (a tag never closed)', () => {
    const problems = parseProseFile('f.mdx', '---\ntitle: x\n---\n\nข้อความ <Note>ไม่ปิด\n', mdxToMdast).problems;
    expect(problems.map(formatProblem)).toEqual([
      'f.mdx › บรรทัด 5 / line 5: เขียน MDX ไม่ถูกต้อง: แท็กเปิดและแท็กปิดไม่ตรงกัน เช่น <Note> ต้องปิดด้วย </Note> หรือเขียน <Score … /> ให้ปิดในตัว (Expected a closing tag for `<Note>` (5:9) before the end of `paragraph`) / invalid MDX: Expected a closing tag for `<Note>` (5:9) before the end of `paragraph`',
    ]);
  });

  it('refuses a file without a frontmatter', () => {
    expect(parseProseFile('f.md', '# title\n', undefined).problems.map(formatProblem)).toEqual([
      'f.md › (ทั้งไฟล์ / whole file): ไฟล์ต้องขึ้นต้นด้วยส่วนหัวระหว่างบรรทัด --- สองบรรทัด (title, date, …) / expected a frontmatter between two --- lines at the top of the file',
    ]);
  });
});

describe('component props against the data, at the line written', () => {
  it('a year without an assessment', () => {
    expect(
      check({ [ROAD]: road.replace('<Score year={2566} indicator="budget-use" />', '<Score year={2567} />') }),
    ).toEqual([
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 21 / line 21: <Score>: ไม่มีผลการประเมิน ITA ปี 2567 (content/ita/assessments/) ปีที่มีคือ 2566 / <Score>: no ITA assessment for 2567; expected one of 2566 (พบ / found: 2567)',
    ]);
  });

  it('an unknown indicator slug', () => {
    expect(check({ [ROAD]: road.replace('indicator="budget-use"', 'indicator="budget-usage"') })[0]).toBe(
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 21 / line 21: <Score>: ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี 2566 ที่มีคือ duty-performance, budget-use, use-of-authority, use-of-public-assets, corruption-problem-solving, service-quality, communication-efficiency, work-improvement, information-disclosure, corruption-prevention / <Score>: no such indicator in the 2566 framework; expected one of duty-performance, budget-use, use-of-authority, use-of-public-assets, corruption-problem-solving, service-quality, communication-efficiency, work-improvement, information-disclosure, corruption-prevention (พบ / found: "budget-usage")',
    );
  });

  it('a year written as text, a missing prop, an unknown prop, an unknown component, an unknown OIT item', () => {
    const text = `${road}\n<Score year="2566" />\n\n<ScoreTable />\n\n<Note tone="danger" colour="red">x</Note>\n\n<Chart year={2566} />\n\n<OitDocuments item="newz" />\n`;
    expect(check({ [ROAD]: text })).toEqual([
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 32 / line 32: year ของ <Score> ต้องเป็นปี พ.ศ. เป็นตัวเลข เช่น year={2566} / expected year of <Score> to be ปี พ.ศ. เป็นตัวเลข เช่น year={2566} (พบ / found: "2566")',
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 34 / line 34: <ScoreTable> ต้องระบุ year / <ScoreTable> needs the prop year',
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 36 / line 36: <Note> ไม่มีค่า colour ที่ใช้ได้คือ tone, title / <Note> has no prop colour; expected tone, title',
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 36 / line 36: tone ของ <Note> ต้องเป็นnote หรือ warning / expected tone of <Note> to be note หรือ warning (พบ / found: "danger")',
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 38 / line 38: ไม่มีคอมโพเนนต์ <Chart> ที่ใช้ได้คือ Score, ScoreTable, IndicatorChart, Measures, OitDocuments, Note, Figure / unknown component <Chart>; expected one of Score, ScoreTable, IndicatorChart, Measures, OitDocuments, Note, Figure',
      'examples/khok-ko/content/news/2568/road-repair.mdx › บรรทัด 40 / line 40: <OitDocuments>: ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (nacc/oit/frameworks/) / <OitDocuments>: expected the slug of an OIT item of a framework (พบ / found: "newz")',
    ]);
  });

  it('measures of a year no plan responds to', () => {
    const facts = {
      indicators: new Map([[2566, ['budget-use']]]),
      items: new Set<string>(),
      measuredYears: new Set<number>(),
    };
    const uses = [{ name: 'Measures', line: 3, props: { year: 2566, indicator: 'budget-use' } }];
    expect(componentProblems('f.mdx', uses, facts).map(formatProblem)).toEqual([
      'f.mdx › บรรทัด 3 / line 3: ไม่มีแผนมาตรการที่มาจากผลการประเมิน ITA ปี 2566 (content/measures/) / <Measures>: no measures plan for the 2566 assessment (พบ / found: 2566)',
    ]);
  });

  it('the checker and the site know the same components and props', () => {
    const prose = readFileSync('src/components/mdx/Prose.astro', 'utf8');
    const names = /const components = \{ ([^}]*) \};/.exec(prose)?.[1]?.split(', ');
    expect(names).toEqual(Object.keys(PROSE_COMPONENTS));
    for (const [name, props] of Object.entries(PROSE_COMPONENTS)) {
      const component = readFileSync(`src/components/mdx/${name}.astro`, 'utf8');
      const declared = /interface Props \{([\s\S]*?)\n\}/.exec(component)?.[1] ?? '';
      expect(
        [...declared.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]),
        name,
      ).toEqual(Object.keys(props));
    }
  });
});

describe('where prose files live', () => {
  it('a news item in the folder of another fiscal year', () => {
    expect(check({ 'news/2567/clean-canal-day.mdx': source.files['news/2568/clean-canal-day.mdx']! })).toEqual([
      'examples/khok-ko/content/news/2567/clean-canal-day.mdx › date: วันที่อยู่ในปีงบประมาณ 2568 แต่ไฟล์อยู่ในโฟลเดอร์ 2567: ย้ายไฟล์ไปโฟลเดอร์ news/2568/ หรือแก้วันที่ / the date is in fiscal year 2568; expected the file in news/2568/, not 2567 (พบ / found: 2567)',
    ]);
  });

  it('a cover image that is not beside the file, and an OIT item that does not exist', () => {
    const text = road.replace('src: ./road-repair.jpg', 'src: ./road.jpg').replace('  - news\n', '  - newz\n');
    expect(check({ [ROAD]: text })).toEqual([
      'examples/khok-ko/content/news/2568/road-repair.mdx › items.0: ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (nacc/oit/frameworks/): ตรวจสอบการสะกด slug ของรายการ / expected the slug of an OIT item of a framework (nacc/oit/frameworks/) (พบ / found: "newz")',
      'examples/khok-ko/content/news/2568/road-repair.mdx › cover.src: ไม่พบไฟล์ภาพ ./road.jpg: วางไฟล์ภาพไว้ในโฟลเดอร์เดียวกับไฟล์ข่าว หรือแก้ชื่อให้ตรงกัน / expected an image at ./road.jpg, found none (พบ / found: "./road.jpg")',
    ]);
  });

  it('a news type that is not ข่าว, ประกาศ or กิจกรรม', () => {
    expect(check({ [ROAD]: road.replace('type: ข่าว', 'type: news') })).toEqual([
      'examples/khok-ko/content/news/2568/road-repair.mdx › type: ประเภทต้องเป็น ข่าว, ประกาศ หรือ กิจกรรม / expected type ข่าว, ประกาศ or กิจกรรม (พบ / found: "news")',
    ]);
  });

  it.each(['ita', 'oit', 'data', 'news', 'search', 'guide', 'procurement', 'measures', 'documents', 'admin'])(
    'a page named %s, a section of the site',
    (slug) => {
      expect(RESERVED_PAGE_SLUGS).toContain(slug);
      expect(check({ [`pages/${slug}.mdx`]: source.files['pages/executives-message.mdx']! })).toEqual([
        `examples/khok-ko/content/pages/${slug}.mdx › (ชื่อไฟล์ / file name): ชื่อไฟล์ "${slug}" ซ้ำกับส่วนของเว็บไซต์ /${slug}/: ตั้งชื่อไฟล์ใหม่ เช่น about-${slug} / expected a page name that is not a section of the site; /${slug}/ is taken (พบ / found: ${slug})`,
      ]);
    },
  );

  it('a report of a year that was not assessed', () => {
    expect(check({ 'ita/reports/2567.mdx': '---\ntitle: รายงาน\nsource: ที่มา\n---\n\nข้อความ\n' })).toEqual([
      'examples/khok-ko/content/ita/reports/2567.mdx › (ชื่อไฟล์ / file name): ไม่มีผลการประเมิน ITA ปี 2567 (content/ita/assessments/2567.yaml) สำหรับรายงานนี้ / expected an ITA assessment for 2567 (content/ita/assessments/2567.yaml) (พบ / found: 2567)',
    ]);
  });
});

describe('the news list, feed, JSON-LD and evidence', () => {
  const item = (id: string, day: number, type: '\u0E02\u0E48\u0E32\u0E27' | 'ประกาศ' | 'กิจกรรม' = 'ข่าว') => ({
    id,
    data: {
      title: `ข่าว ${id}`,
      date: calendarDate(2025, 1, day),
      type,
      summary: 'สรุป',
      items: ['news'],
      example: false,
    },
  });

  it('lists newest first in pages of ten, with the fiscal years and types that have news', () => {
    const list = newestFirst(Array.from({ length: 23 }, (_, i) => item(`2568/n${i + 1}`, i + 1)));
    const pages = paginate(list);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(pages[0]![0]!.id).toBe('2568/n23');
    expect(pages[2]![2]!.id).toBe('2568/n1');
    expect(paginate([])).toEqual([[]]);
    const mixed = [
      item('2567/a', 1),
      { ...item('2568/b', 1), data: { ...item('2568/b', 1).data, date: calendarDate(2024, 10, 1) } },
    ];
    expect(newsFiscalYears(mixed)).toEqual([2568]);
    expect(
      newsFiscalYears([
        ...mixed,
        { ...item('2567/c', 1), data: { ...item('2567/c', 1).data, date: calendarDate(2024, 9, 30) } },
      ]),
    ).toEqual([2568, 2567]);
    expect(newsOfType([item('a', 1), item('b', 2, 'ประกาศ')], NEWS_TYPES[1]).map((e) => e.id)).toEqual(['b']);
  });

  it('puts news items in the RSS feed with their type, examples marked', () => {
    const xml = rssFeed({
      title: 'ข่าว',
      description: 'ข่าว',
      siteUrl: 'https://example.go.th/',
      feedUrl: 'https://example.go.th/news/rss.xml',
      entries: proseNewsEntries(
        [{ ...item('2568/road', 14), data: { ...item('2568/road', 14).data, example: true } }],
        (id) => `https://example.go.th/news/${id}/`,
      ),
    });
    expect(xml).toContain(
      '<item><title>ข่าว 2568/road (ข้อมูลตัวอย่าง)</title><link>https://example.go.th/news/2568/road/</link><guid isPermaLink="true">https://example.go.th/news/2568/road/</guid><pubDate>Tue, 14 Jan 2025 00:00:00 GMT</pubDate><category>ข่าว</category><description>สรุป</description></item>',
    );
  });

  it('describes a news item as a NewsArticle', () => {
    expect(
      newsArticleJsonLd({
        headline: 'ซ่อมถนน',
        url: 'https://example.go.th/news/2568/road/',
        date: calendarDate(2025, 2, 14),
        description: 'สรุป',
        imageUrl: 'https://example.go.th/_astro/road.jpg',
        publisher: { name: 'อบต.โคกก่อ', url: 'https://example.go.th/' },
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'ซ่อมถนน',
      url: 'https://example.go.th/news/2568/road/',
      mainEntityOfPage: 'https://example.go.th/news/2568/road/',
      datePublished: '2025-02-14',
      description: 'สรุป',
      inLanguage: 'th',
      image: ['https://example.go.th/_astro/road.jpg'],
      publisher: { '@type': 'GovernmentOrganization', name: 'อบต.โคกก่อ', url: 'https://example.go.th/' },
    });
  });

  it('counts a news item as evidence of the OIT items it names, linked to its page', () => {
    const evidence = collectEvidence({
      disclosures: [],
      documents: [],
      procurement: [],
      news: [
        { ...item('2568/road-repair', 14), file: 'examples/khok-ko/content/news/2568/road-repair.mdx' },
        { ...item('2568/x', 2), file: 'x', data: { ...item('2568/x', 2).data, items: [] } },
      ],
    });
    expect(evidence).toEqual([
      {
        kind: 'news',
        file: 'examples/khok-ko/content/news/2568/road-repair.mdx',
        title: 'ข่าว 2568/road-repair',
        items: ['news'],
        date: calendarDate(2025, 1, 14),
        fiscalYear: 2568,
        example: false,
        links: [{ label: 'ข่าว 2568/road-repair', path: '/news/2568/road-repair/' }],
      },
    ]);
  });

  it('a real news item dated in the fiscal year makes the ITA 2568 item ข่าวประชาสัมพันธ์ (O4) complete; an example does not', () => {
    const framework = oitFrameworkSchema.parse(parse(readFileSync('nacc/oit/frameworks/2568.yaml', 'utf8')));
    const status = (example: boolean) => {
      const news = [
        { ...item('2568/road-repair', 14), file: 'f', data: { ...item('2568/road-repair', 14).data, example } },
      ];
      const evidence = collectEvidence({ disclosures: [], documents: [], procurement: [], news });
      const c = frameworkCoverage(framework, evidence, calendarDate(2025, 3, 1)).items.find(
        (i) => i.item.slug === 'news',
      )!;
      return [c.item.code, c.status, c.exampleOnly];
    };
    expect(status(false)).toEqual(['O4', 'ok', false]);
    expect(status(true)).toEqual(['O4', 'missing', true]);
  });
});
