/**
 * The narrative of an ITA analysis report (the text around its tables) as the year's report page,
 * content/ita/reports/<year>.mdx: the report's own sentences and headings kept as written, and every
 * score it quotes replaced by a <Score> component, so the page reads its figures from the results and
 * the prose and the figures can never disagree. The measures table itself is not copied: the page
 * links to the measures plan the importer writes.
 */
import type { ParsedReport } from './report';
import { assessmentSource, type ContentFile, type FrameworkIndicator } from './report-content';
import { cleanText, splitLines } from './report-text';
import { joinScoresOnNextLine } from './report-layouts';

/**
 * Text copied from a report, safe inside MDX: it can never become code or markup, whatever it says.
 * Anywhere in the text, every character MDX or Markdown reads as code, markup or a reference is
 * backslash-escaped (`{` starts an expression, `<` an element, `&` a character reference…); at the
 * start of a line, what would start a block (a list, a quote, a heading underline) is escaped too, and
 * a line starting with import or export (ESM in MDX) starts with a character reference instead of its
 * first letter, which reads as the same letter.
 */
export const mdxText = (text: string): string =>
  text
    .replace(/[<>{}\\*_`[\]#|&~]/g, (c) => `\\${c}`)
    .replace(/^([ \t]*)([-+=]|\d+(?=[.)]))/gm, (_, space: string, start: string) =>
      /\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`,
    )
    .replace(
      /^([ \t]*)(i)(?=mport)|^([ \t]*)(e)(?=xport)/gim,
      (_, s1?: string, i?: string, s2?: string, e?: string) => {
        const letter = i ?? e ?? '';
        return `${s1 ?? s2 ?? ''}&#${letter.charCodeAt(0)};`;
      },
    );

/** A tool heading of part 1 ("แบบวัด… (IIT)"): a line naming a tool in brackets, with no score. */
const TOOL_HEADING = /\((?:IIT|EIT|OIT)\)\s*$/;

/** The number of the stated total in its sentence, in Thai or Arabic digits. */
const STATED_TOTAL = /((?:คะแนนรวม|คะแนนเฉลี่ยรวม|ผลคะแนนรวม)\D{0,40}?)[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,2}/;

/** The line the measures table starts on: its header row just before the first topic (or the first topic). */
function tableStart(report: ParsedReport, lines: readonly { number: number; text: string }[]): number {
  const first = Math.min(...report.topics.map((t) => t.line));
  const header = lines
    .slice(0, first - 1)
    .reverse()
    .find((l) => l.text.includes('\t') && cleanText(l.text).startsWith('หัวข้อ'));
  return header?.number ?? first;
}

/** The report's narrative as MDX lines: headings, paragraphs, and one list item per score. */
function narrativeLines(text: string, report: ParsedReport, slugs: ReadonlyMap<number, string>): string[] {
  // As the parser read them: a score on the line below its indicator joined to it.
  const lines = joinScoresOnNextLine(splitLines(text));
  const end = tableStart(report, lines);
  const scores = new Map(report.scores.map((s) => [s.line, s]));
  const headingLine = report.heading?.line;
  const out: string[] = [];
  const block = (...b: string[]) => {
    if (out.length) out.push('');
    out.push(...b);
  };
  for (const line of lines.slice(0, end - 1)) {
    const score = scores.get(line.number);
    if (score) {
      const note = score.note ? ` (${mdxText(score.note)})` : '';
      const item = `${score.indicator}. ${mdxText(score.name)} <Score year={${report.assessmentYear}} indicator="${slugs.get(score.indicator) ?? ''}" /> คะแนน${note}`;
      // Scores follow each other as one list.
      if (/^\d+\. /.test(String(out.at(-1)))) out.push(item);
      else block(item);
      continue;
    }
    const plain = cleanText(line.text);
    if (!plain) continue;
    if (line.number === report.statedTotal?.line.number) {
      // The stated total (checked against the scores on import) is the year's live total too.
      block(mdxText(plain).replace(STATED_TOTAL, `$1<Score year={${report.assessmentYear}} />`));
      continue;
    }
    if (line.number === headingLine || TOOL_HEADING.test(plain)) block(`## ${mdxText(plain)}`);
    // The score table's own header row ("ตัวชี้วัดของการประเมิน ITA <tab> ประเด็นที่ต้องแก้ไข…") is structure, not prose.
    else if (!line.text.includes('\t')) block(mdxText(plain));
  }
  return out;
}

/** content/ita/reports/<year>.mdx from the report's text and what was read from it. */
export function narrativeFile(
  text: string,
  report: ParsedReport,
  organizationName: string,
  indicators: readonly FrameworkIndicator[],
): ContentFile {
  const year = report.assessmentYear;
  const slugs = new Map(indicators.map((i) => [i.number, i.slug]));
  const frontmatter = [
    '---',
    `# ข้อความของรายงานนี้มาจากรายงานการวิเคราะห์ผลการประเมิน ITA ปี ${year} ของ${organizationName} (นำเข้าด้วย npm run import)`,
    `# คะแนนทุกตัวเป็นคอมโพเนนต์ <Score> ที่อ่านจาก content/ita/assessments/${year}.yaml จึงตรงกับผลการประเมินเสมอ`,
    `title: ${JSON.stringify(`รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ปี ${year}`)}`,
    `source: ${JSON.stringify(assessmentSource(report, organizationName))}`,
    'example: false',
    '---',
  ];
  return {
    path: `ita/reports/${year}.mdx`,
    text: [...frontmatter, '', ...narrativeLines(text, report, slugs), ''].join('\n'),
  };
}
