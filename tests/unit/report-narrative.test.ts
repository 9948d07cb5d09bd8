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
