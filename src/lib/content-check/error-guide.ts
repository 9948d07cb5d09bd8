/** The staff guide's page of error messages, produced from the error catalogue by the real checker. */
import type { ContentSource } from './check';
import { IMPORT_SCENARIOS, importScenarioMessage, SCENARIOS, scenarioFile, scenarioMessages } from './error-catalogue';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** A case of the bad-input corpus (tests/fixtures/bad-inputs/): what went wrong and what the checker prints. */
export interface CorpusCase {
  name: string;
  title: string;
  lines: readonly string[];
}

/** A title as text inside raw HTML (the headings): a title about <script> shows the tag, never is one. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderErrorGuide(
  source: ContentSource,
  seedReport: string,
  corpus: readonly CorpusCase[] = [],
): string {
  const out: string[] = [
    '---',
    'title: ข้อความแจ้งข้อผิดพลาดและวิธีแก้',
    'description: ความหมายของข้อความที่ npm run check, npm run build และ npm run import แจ้ง และวิธีแก้ไขแต่ละกรณี',
    'order: 2',
    '---',
    '',
    '<!-- สร้างด้วย npm run guide:errors จาก src/lib/content-check/error-catalogue.ts: อย่าแก้ไฟล์นี้ด้วยมือ / generated, do not edit -->',
    '',
    'เมื่อข้อมูลผิด `npm run check` และ `npm run build` จะแจ้งทุกปัญหาที่พบ บรรทัดละหนึ่งปัญหา ในรูปแบบ',
    '',
    '```text',
    'ไฟล์ › ช่องข้อมูล: สิ่งที่ต้องเป็น (ภาษาไทย) / expected … (English) (พบ / found: ค่าที่พบ)',
    '```',
    '',
    '- **ไฟล์** คือไฟล์ที่ต้องแก้ เช่น `content/ita/assessments/2566.yaml`',
    '- **ช่องข้อมูล** คือตำแหน่งในไฟล์ เช่น `scores.3.score` หมายถึงช่อง `score` ของรายการที่ 4 ใต้ `scores` (ระบบนับรายการแรกเป็น 0)',
    '- **ค่าที่พบ** คือสิ่งที่พิมพ์ไว้ในไฟล์ตอนนี้',
    '',
    'เมื่อมีปัญหา เว็บไซต์จะไม่ถูกสร้าง และเว็บไซต์เดิมใน `dist/` จะไม่ถูกเปลี่ยน จึงไม่มีข้อมูลผิดหลุดไปถึงประชาชน',
    'ตัวอย่างทุกข้อด้านล่างเป็นข้อความจริงที่ระบบแจ้ง เมื่อแก้ไฟล์ตัวอย่างของโปรแกรมให้ผิดแบบนั้น',
    '',
    '## สรุปปัญหาที่พบบ่อย',
    '',
    '| ปัญหา | วิธีแก้ |',
    '|---|---|',
    ...SCENARIOS.map((s) => `| [${cell(s.title)}](#${s.id}) | ${cell(s.fix)} |`),
    ...IMPORT_SCENARIOS.map((s) => `| [${cell(s.title)}](#${s.id}) (npm run import) | ${cell(s.fix)} |`),
    '',
    '## ข้อความจาก npm run check และ npm run build',
  ];
  for (const s of SCENARIOS) {
    const messages = scenarioMessages(s, source);
    if (!messages) continue;
    out.push(
      '',
      `<h3 id="${s.id}">${html(s.title)}</h3>`,
      '',
      `แก้ไฟล์ \`${scenarioFile(s)}\` ให้ผิดแบบนี้ ระบบจะแจ้งว่า`,
      '',
      '```text',
      ...messages,
      '```',
      '',
      `**วิธีแก้:** ${s.fix}`,
    );
  }
  out.push(
    '',
    '## ข้อความจาก npm run import',
    '',
    'เมื่ออ่านรายงานได้ไม่ครบ การนำเข้าจะหยุด ไม่เขียนไฟล์ใดเลย และยกบรรทัดของรายงานที่มีปัญหามาให้ดู',
  );
  for (const s of IMPORT_SCENARIOS) {
    out.push(
      '',
      `<h3 id="${s.id}">${html(s.title)}</h3>`,
      '',
      '```text',
      importScenarioMessage(s, seedReport),
      '```',
      '',
      `**วิธีแก้:** ${s.fix}`,
    );
  }
  if (corpus.length) {
    out.push(
      '',
      '## ข้อมูลผิดทุกแบบที่ทดสอบแล้ว',
      '',
      `ระบบทดสอบข้อมูลผิด ${corpus.length} แบบ (ทั้งที่เจ้าหน้าที่พิมพ์พลาดและที่ผู้ไม่หวังดีตั้งใจใส่) ทุกแบบถูกปฏิเสธพร้อมข้อความด้านล่าง`,
      'และเว็บไซต์เดิมใน `dist/` ไม่ถูกเปลี่ยน',
    );
    for (const c of corpus) {
      out.push('', `<h3 id="bad-${c.name}">${html(c.title)}</h3>`, '', '```text', ...c.lines, '```');
    }
  }
  return `${out.join('\n')}\n`;
}
