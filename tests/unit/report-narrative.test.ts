// The importer's narrative: the report's text around its tables as content/ita/reports/<year>.mdx,
// each quoted score a <Score> component the checker validates.
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseReport } from '../../src/lib/import/report';
import { mdxText, narrativeFile } from '../../src/lib/import/report-narrative';
import { parseProseFile } from '../../src/lib/content-check/prose';
import type { FrameworkIndicator } from '../../src/lib/import/report-content';

/** The seed report, as kept in the repository. */
const seedText = readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8');
const indicators = (
  parse(readFileSync('nacc/ita/frameworks/2566.yaml', 'utf8')) as { indicators: FrameworkIndicator[] }
).indicators;
const ORG = 'องค์การบริหารส่วนตำบลโคกก่อ';

describe('the narrative of the seed report', () => {
  // Made in each test, not once here: Stryker only sees what a test itself runs.
  const seedFile = () => narrativeFile(seedText, parseReport(seedText), ORG, indicators);

  it('is the example report page, word for word', () => {
    const file = seedFile();
    expect(file.path).toBe('ita/reports/2566.mdx');
    expect(file.text).toBe(readFileSync('examples/khok-ko/content/ita/reports/2566.mdx', 'utf8'));
  });

  it('quotes every score as a Score component of its indicator, at its place in the text', () => {
    const file = seedFile();
    const uses = parseProseFile('f.mdx', file.text, mdxToMdast).uses;
    expect(uses.map((u) => [u.name, u.props.year, u.props.indicator])).toEqual(
      indicators.map((i) => ['Score', 2566, i.slug]),
    );
    expect(file.text).not.toMatch(/\d\d\.\d\d/);
    expect(file.text).toContain('\n2. การใช้งบประมาณ <Score year={2566} indicator="budget-use" /> คะแนน\n');
  });

  it('keeps the headings and sentences, not the measures table', () => {
    const file = seedFile();
    const body = file.text.split('---\n')[2] ?? '';
    expect(body.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      '## แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
      '## แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)',
      '## ๒) การกำหนดแนวทางในการพัฒนาการประเมินคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. ๒๕๖๖',
    ]);
    expect(body).toContain('จากการประชุมองค์การปกครองส่วนท้องถิ่น เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖');
    expect(body).not.toContain('สำนักปลัด');
    expect(body).not.toContain('ตัวชี้วัดของการประเมิน ITA');
  });
});

describe('text that MDX would read as markup', () => {
  it('is escaped, so a report line with < or { stays text', () => {
    expect(mdxText('คะแนน <80 {ดี} *หมายเหตุ*')).toBe('คะแนน \\<80 \\{ดี\\} \\*หมายเหตุ\\*');
    const text = `---\ntitle: x\n---\n\n${mdxText('ต่ำกว่า <85 คะแนน {ปรับปรุง}')}\n`;
    const parsed = parseProseFile('f.mdx', text, mdxToMdast);
    expect(parsed.problems).toEqual([]);
    expect(parsed.uses).toEqual([]);
  });
});

describe('a report line that would be code or markup in MDX', () => {
  interface Node {
    type: string;
    value?: string;
    children?: Node[];
  }
  /** The node types under the frontmatter, and the text they show. */
  const shown = (text: string) => {
    const body = (mdxToMdast(text) as Node).children?.filter((n) => n.type !== 'yaml') ?? [];
    const types = new Set<string>();
    const walk = (n: Node): string => {
      types.add(n.type);
      return n.value ?? (n.children ?? []).map(walk).join('');
    };
    return { text: body.map(walk).join('\n'), types: [...types].sort() };
  };
  const lines = [
    "import fs from 'node:fs'",
    'export const x = process.env.PATH',
    'Import fs from "node:fs"',
    '   export default 1',
    '{process.env.PATH}',
    'ราคา {ประมาณ} 500 บาท',
    '<script>alert(1)</script>',
    '<meta http-equiv="refresh" content="0;url=/elsewhere/">',
    '[ดู](javascript:alert(1))',
    '![ภาพ](data:image/png;base64,AAAA)',
    '&#123;process.env.PATH&#125; &amp; &lt;b&gt;',
    '- รายการ',
    '+ รายการ',
    '1. ข้อแรก',
    '2) ข้อสอง',
    '> อ้างอิง',
    '# หัวข้อ',
    '=====',
    '~~ขีดฆ่า~~ *เอียง* __หนา__',
    '`โค้ด` | ตาราง |',
  ];

  it.each(lines)('%s stays text: passes the check and shows as written', (line) => {
    const text = `---\ntitle: x\n---\n\n${mdxText(line)}\n`;
    expect(parseProseFile('f.mdx', text, mdxToMdast).problems).toEqual([]);
    expect(shown(text)).toEqual({ text: line.trim(), types: ['paragraph', 'text'] });
  });

  it('copied from a report into its page, an import line is text there', () => {
    const heading = seedText.split('\n').find((l) => l.includes('(IIT)'));
    if (!heading) throw new Error('no IIT heading in the seed report');
    const text = seedText.replace(heading, `${heading}\nimport fs from 'node:fs'\n{fs.readFileSync('/etc/passwd')}`);
    const file = narrativeFile(text, parseReport(text), ORG, indicators);
    expect(file.text).toContain("\n&#105;mport fs from 'node:fs'\n\n\\{fs.readFileSync('/etc/passwd')\\}\n");
    const parsed = parseProseFile('f.mdx', file.text, mdxToMdast);
    expect(parsed.problems).toEqual([]);
    expect(shown(file.text).text).toContain("import fs from 'node:fs'\n{fs.readFileSync('/etc/passwd')}");
    expect(shown(file.text).types).not.toContain('mdxjsEsm');
  });
});
