/**
 * Every message staff read about their content, by code, with the Thai and the English text apart:
 * the schemas (src/schemas/), the date reader (src/lib/thai/date.ts), the cross-file rules (rules.ts)
 * and the zod issues without a message of their own (error-map.ts) all name a code here, and one
 * format prints them for `npm run check`, the build and the staff guide:
 *
 *   file › field: Thai / English (พบ / found: value)
 *
 * Neither half of a message contains " / ", so a reader always sees where the English starts
 * (tests/unit/pipeline.test.ts keeps it so).
 */
import { DOCUMENT_EXTENSIONS, KINDS } from './file-types';
import { showInvisible } from './text-hygiene';

/** A message: its Thai and its English text, each from the same parameters. */
export interface Message<P> {
  readonly th: (params: P) => string;
  readonly en: (params: P) => string;
}

/** The parameters of a message that has none. */
export type NoParams = Record<string, never>;

/**
 * A message with no parameters that a schema gives one of its built-in checks (`.min(…, { error })`).
 * Zod keeps only the text of such a message, so the text identifies the code again (`fixedCodeOf`).
 */
export interface FixedMessage extends Message<NoParams> {
  readonly fixed: true;
}

const say = <P extends object>(th: (params: P) => string, en: (params: P) => string): Message<P> => ({ th, en });
const fixed = (th: string, en: string): FixedMessage => ({ th: () => th, en: () => en, fixed: true });

/** Type names in messages about zod's invalid_type issues: [Thai, English]. */
const TYPE_NAMES: Record<string, readonly [string, string]> = {
  string: ['ข้อความ', 'text'],
  number: ['ตัวเลข', 'a number'],
  int: ['จำนวนเต็ม', 'a whole number'],
  boolean: ['true หรือ false', 'true or false'],
  date: ['วันที่', 'a date'],
  array: ['รายการ (ขึ้นต้นแต่ละบรรทัดด้วย "- ")', 'a list'],
  object: ['กลุ่มข้อมูล (ชื่อช่อง: ค่า)', 'a group of fields'],
  null: ['ค่าว่าง', 'null'],
  undefined: ['ไม่มีค่า', 'nothing'],
};
/** A file's kind by its bytes (file-types.ts), as messages name it. */
const kindTh = (id: string) => Object.values(KINDS).find((k) => k.id === id)?.th ?? id;
const kindEn = (id: string) => Object.values(KINDS).find((k) => k.id === id)?.en ?? id;
const typeTh = (t: string) => TYPE_NAMES[t]?.[0] ?? t;
const typeEn = (t: string) => TYPE_NAMES[t]?.[1] ?? t;

/** String formats in messages about zod's invalid_format issues: [Thai, English]. */
const FORMAT_NAMES: Record<string, readonly [string, string]> = {
  url: ['ลิงก์เต็ม เช่น https://…', 'a full URL such as https://…'],
  email: ['อีเมล เช่น saraban@example.go.th', 'an e-mail address'],
  date: ['วันที่แบบ 2023-10-01', 'a date such as 2023-10-01'],
  regex: ['รูปแบบที่กำหนด', 'the required pattern'],
};
const formatTh = (f: string) => FORMAT_NAMES[f]?.[0] ?? f;
const formatEn = (f: string) => FORMAT_NAMES[f]?.[1] ?? f;

/** What YAML makes of a number not written in decimal (yaml.ts nonDecimalForm): "0x4E" → "78". */
function numberRead(value: string): string {
  const n = Number(value.replace(/^\+/, ''));
  return Number.isFinite(n) ? String(n) : '';
}
/** The forms of yaml.decimal, in Thai and English, with what YAML reads. */
const NUMBER_FORMS: Record<string, readonly [(read: string) => string, (read: string) => string]> = {
  hex: [(r) => `เลขฐานสิบหก (YAML อ่านเป็น ${r})`, (r) => `hexadecimal (YAML reads ${r})`],
  octal: [(r) => `เลขฐานแปด (YAML อ่านเป็น ${r})`, (r) => `octal (YAML reads ${r})`],
  'leading-zero': [
    (r) => `ตัวเลขที่ขึ้นต้นด้วย 0 (YAML อ่านเป็น ${r} โดยตัด 0 ข้างหน้าทิ้ง และ YAML 1.1 อ่านเป็นเลขฐานแปด)`,
    (r) => `a number with a leading zero (YAML reads ${r}, dropping the zero; YAML 1.1 reads octal)`,
  ],
  binary: [(r) => `เลขฐานสอง (YAML 1.1 อ่านเป็น ${r})`, (r) => `binary (YAML 1.1 reads ${r})`],
  infinity: [() => 'ค่าอนันต์ ไม่ใช่จำนวน', () => 'infinity, not an amount'],
  nan: [() => 'ค่า "ไม่ใช่ตัวเลข" (NaN)', () => 'not-a-number (NaN)'],
  exponent: [(r) => `เลขยกกำลังสิบ (YAML อ่านเป็น ${r})`, (r) => `in exponent form (YAML reads ${r})`],
};
const numberFormTh = (value: string, form: string) => NUMBER_FORMS[form]?.[0](numberRead(value)) ?? form;
const numberFormEn = (value: string, form: string) => NUMBER_FORMS[form]?.[1](numberRead(value)) ?? form;

const THAI_DATE_EXAMPLES = 'วันที่แบบไทย เช่น "1 ต.ค. 2566", "๑ ต.ค.๒๕๖๖", "30 กันยายน 2567" หรือ "2023-10-01"';
const THAI_DATE_EXAMPLES_EN = 'a Thai date such as "1 ต.ค. 2566" or an ISO date';

interface Bound {
  bound: string;
}
interface Year {
  year: number;
}
interface FileYear {
  year: number | string;
}

/** A Thai hint for an MDX parser's message (English, from satteri): what staff most likely wrote. */
function mdxHintTh(detail: string): string {
  if (/comment in MDX/.test(detail)) return 'MDX ไม่รับหมายเหตุแบบ <!-- --> ให้ลบออก';
  if (/Could not parse expression|Unexpected (?:end of file in expression|closing brace)/.test(detail))
    return 'ข้อความในวงเล็บปีกกา { } อ่านไม่ได้: ถ้าต้องการแสดงวงเล็บปีกกา ให้เขียน \\{ แทน {';
  if (/closing tag|end of file|Unexpected closing/.test(detail))
    return 'แท็กเปิดและแท็กปิดไม่ตรงกัน เช่น <Note> ต้องปิดด้วย </Note> หรือเขียน <Score … /> ให้ปิดในตัว';
  if (/after `<`|before name|JSX tag/.test(detail)) return 'เครื่องหมาย < ที่ไม่ได้เริ่มแท็ก ให้เขียน \\< แทน <';
  return 'ตรวจวงเล็บ < > และ { } ของคอมโพเนนต์ หรือเขียน \\< แทน < และ \\{ แทน {';
}

export const MESSAGES = {
  // Values of one field (src/schemas/common.ts, ita.ts, measures.ts, oit.ts, organization.ts).
  'year.type': fixed('ต้องเป็นปี พ.ศ. เป็นตัวเลข', 'expected a Buddhist-Era year as a number'),
  'year.min': fixed('ปี พ.ศ. ต้องไม่น้อยกว่า 2500', 'expected a Buddhist-Era year (>= 2500)'),
  'year.two-digit': say<{ year: number }>(
    (p) => `ปี พ.ศ. ต้องเขียนเต็มสี่หลัก เช่น 25${String(p.year).padStart(2, '0')}`,
    (p) => `write the Buddhist-Era year in full, such as 25${String(p.year).padStart(2, '0')}`,
  ),
  'year.christian-era': say<{ year: number }>(
    (p) => `${p.year} เป็นปี ค.ศ.: ใช้ปี พ.ศ. (บวก 543) คือ ${p.year + 543}`,
    (p) => `${p.year} is a Christian-Era year: write the Buddhist-Era year ${p.year + 543}`,
  ),
  'year.max': fixed('ปี พ.ศ. ต้องไม่เกิน 2700', 'expected a Buddhist-Era year (<= 2700)'),
  'slug.format': fixed('ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีดกลาง', 'expected an ASCII slug such as "budget-use"'),
  'text.required': fixed('ต้องไม่เว้นว่าง', 'expected non-empty text'),
  // Characters that make a name, a title, a slug or an address read as something else (text-hygiene.ts).
  'text.bidi': say<{ char: string; name: string; position: number }>(
    (p) =>
      `มีอักขระควบคุมทิศทางข้อความที่มองไม่เห็น ${p.char} (${p.name}) ที่ตัวอักษรที่ ${p.position}: ลบอักขระนี้ออก (ใช้ทำให้ข้อความแสดงต่างจากที่เป็นจริง มักติดมากับการคัดลอก)`,
    (p) => `invisible text-direction control ${p.char} ${p.name} at character ${p.position}: remove it`,
  ),
  'text.invisible': say<{ char: string; name: string; position: number }>(
    (p) =>
      `มีอักขระที่มองไม่เห็น ${p.char} (${p.name}) ที่ตัวอักษรที่ ${p.position}: ลบอักขระนี้ออก (มักติดมากับการคัดลอกจาก Word, PDF หรือเว็บไซต์)`,
    (p) => `invisible character ${p.char} ${p.name} at character ${p.position}: remove it`,
  ),
  'text.mixed-script': say<{ char: string; name: string; position: number; word: string }>(
    (p) =>
      `คำ "${p.word}" มีตัวอักษรที่หน้าตาเหมือนอักษรอังกฤษแต่เป็นอักษรอื่น ${p.char} (${p.name}) ที่ตัวอักษรที่ ${p.position}: พิมพ์คำนี้ใหม่ด้วยแป้นพิมพ์ภาษาอังกฤษ`,
    (p) =>
      `the word "${p.word}" mixes Latin letters with the look-alike ${p.char} ${p.name} at character ${p.position}: retype it on an English keyboard`,
  ),
  'tool.code': fixed('รหัสเครื่องมือ เช่น IIT, EIT, OIT', 'expected a tool code such as IIT'),
  'score.type': fixed('คะแนนต้องเป็นตัวเลข', 'expected a number'),
  'score.range': fixed('คะแนนต้องอยู่ระหว่าง 0 ถึง 100', 'expected a score from 0 to 100'),
  'score.decimals': fixed(
    'คะแนนมีทศนิยมได้ไม่เกินสองตำแหน่งตามที่ ป.ป.ช. ประกาศ เช่น 78.31',
    'expected at most two decimals, as the NACC publishes scores (78.31)',
  ),
  'framework.pass-mark': fixed(
    'เกณฑ์ผ่านต้องอยู่ระหว่าง 50 ถึง 100 (ป.ป.ช. ใช้ 85 ทุกปี) ตรวจจุดทศนิยม',
    'expected a pass mark from 50 to 100 (the NACC uses 85)',
  ),
  'procurement.winner-not-bid': fixed(
    'ผู้ได้รับการคัดเลือกต้องเป็นผู้เสนอราคารายหนึ่งใน bids ด้วยชื่อและราคาเดียวกัน',
    'expected the winner to be one of the bids, with the same name and price',
  ),
  'procurement.winner-over-budget': fixed(
    'ราคาที่ตกลงสูงกว่าวงเงินงบประมาณ (budget): ตรวจตัวเลข',
    'the winning price is above the budget',
  ),
  'procurement.empty-month': fixed(
    'เดือนที่ไม่มีรายการ (rows: []) ต้องมี note ที่บอกว่า ไม่มีการจัดซื้อจัดจ้างในเดือนนี้',
    'a month with no rows needs a note saying nothing was procured (ไม่มีการจัดซื้อจัดจ้าง)',
  ),
  'procurement.contract-date': fixed(
    'วันที่ของสัญญาอยู่นอกปีงบประมาณของเดือนนี้ (ตรวจปี พ.ศ.)',
    'the contract date is outside the fiscal year of the month',
  ),
  'measure.status': fixed(
    'สถานะต้องเป็น planned, in-progress, done หรือ dropped',
    'expected one of planned, in-progress, done, dropped',
  ),
  'measure.evidence-url': fixed(
    'ลิงก์หลักฐานต้องขึ้นต้นด้วย "/" (หน้าในเว็บไซต์นี้) หรือ https://',
    'expected a site path starting with "/" or an http(s) URL',
  ),
  'measure.steps': fixed('ต้องมีขั้นตอนอย่างน้อย 1 ขั้นตอน', 'expected at least one step'),
  'measure.indicator-ref': fixed(
    'ต้องเป็นเลขตัวชี้วัด (เช่น 5) หรือ slug ของตัวชี้วัด (เช่น corruption-prevention)',
    'expected an indicator number or slug',
  ),
  'topic.measures': fixed('หัวข้อต้องมีมาตรการ/กิจกรรมอย่างน้อย 1 รายการ', 'expected at least one measure'),
  'topic.responsible': fixed('ต้องมีผู้รับผิดชอบอย่างน้อย 1 หน่วยงาน', 'expected at least one responsible unit'),
  'topic.indicators': fixed('ต้องระบุตัวชี้วัด ITA ที่หัวข้อนี้แก้ไขอย่างน้อย 1 ตัว', 'expected at least one ITA indicator'),
  'oit.item-code': fixed('รหัสรายการต้องเป็น O ตามด้วยตัวเลข เช่น O20', 'expected an item code such as O20'),
  'oit.sub-indicator-code': fixed('ตัวชี้วัดย่อยต้องเป็นเลข เช่น "9.1"', 'expected a sub-indicator such as "9.1"'),
  'oit.time-rule': fixed(
    'ต้องเป็น fiscal-year, six-month, monthly, updated-in-year หรือ none',
    'expected fiscal-year, six-month, monthly, updated-in-year or none',
  ),
  'oit.confidence': fixed(
    'ต้องเป็น high, medium-high, medium, medium-low หรือ low',
    'expected high, medium-high, medium, medium-low or low',
  ),
  'link.url': fixed(
    'ลิงก์ต้องขึ้นต้นด้วย https:// http:// mailto: หรือ tel: หรือเป็นที่อยู่ในเว็บไซต์นี้ที่ขึ้นต้นด้วย "/" (ไม่รับ javascript: data: หรือ //)',
    'expected an https:, http:, mailto: or tel: link, or a site path starting with a single /',
  ),
  'oit.link-url': fixed(
    'ต้องเป็นลิงก์เต็ม (https://…) หรือที่อยู่ในเว็บไซต์นี้ที่ขึ้นต้นด้วย "/"',
    'expected a full URL or a site path starting with /',
  ),
  'oit.items': fixed('ต้องระบุรายการ OIT อย่างน้อยหนึ่งรายการ', 'expected at least one OIT item slug'),
  'document.file': fixed(
    'ไฟล์ต้องอยู่ในโฟลเดอร์ public/documents/ เช่น /documents/plan-2568.pdf',
    'expected a path such as /documents/plan-2568.pdf',
  ),
  'document.summary': fixed('ต้องมีสรุปเนื้อหาอย่างน้อยหนึ่งย่อหน้า', 'expected at least one paragraph of summary'),
  'procurement.money': fixed('จำนวนเงินต้องเป็นตัวเลข (บาท)', 'expected an amount in baht'),
  'procurement.money-decimals': fixed(
    'จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์) เช่น 4850.50',
    'expected an amount with at most two decimals (satang)',
  ),
  'procurement.month': fixed('เดือนต้องเขียนเป็น ค.ศ.-เดือน เช่น 2024-10', 'expected a month such as 2024-10'),
  'procurement.month-buddhist': fixed(
    'ปีของเดือนเป็น พ.ศ. แต่ช่องนี้ใช้ ค.ศ.: ลบ 543 จากปี พ.ศ. เช่น พฤศจิกายน 2569 เขียน 2026-11',
    'the year is in the Buddhist Era: write the Common Era year (subtract 543), e.g. 2026-11 for November 2569',
  ),
  'organization.url': fixed('ต้องเป็นลิงก์เต็ม เช่น https://…', 'expected a full URL'),
  'organization.logo': fixed('ต้องขึ้นต้นด้วย "/" (ไฟล์ในโฟลเดอร์ public)', 'expected a path under public/, starting with /'),
  'organization.site-url': fixed(
    'ต้องเป็นที่อยู่เต็มของเว็บไซต์นี้ ขึ้นต้นด้วย https:// ตามด้วยชื่อโดเมนเท่านั้น ไม่มีโฟลเดอร์ย่อย เช่น https://www.banmai.go.th',
    "expected the site's public origin, such as https://www.banmai.go.th (no path)",
  ),
  'organization.site-url-local': fixed(
    'ต้องเป็นที่อยู่สาธารณะที่ประชาชนเปิดได้ ไม่ใช่ที่อยู่ในเครื่องนี้ (localhost หรือ 127.0.0.1)',
    'expected a public address, not this computer (localhost)',
  ),

  // Rules across the fields of one file (the schemas' refinements).
  'framework.weights': say<{ total: number }>(
    (p) => `น้ำหนักของเครื่องมือรวมกันต้องได้ 100 แต่ได้ ${p.total}`,
    (p) => `expected tool weights to add up to 100, got ${p.total}`,
  ),
  'framework.unknown-tool': say<{ tool: string; tools: string }>(
    (p) => `ไม่มีเครื่องมือ "${p.tool}" ใน tools (มี ${p.tools})`,
    (p) => `unknown tool "${p.tool}"`,
  ),
  'framework.duplicate-number': say<{ number: number }>(
    (p) => `ตัวชี้วัดที่ ${p.number} ซ้ำ`,
    (p) => `duplicate indicator number ${p.number}`,
  ),
  'framework.duplicate-slug': say<{ slug: string }>(
    (p) => `slug "${p.slug}" ซ้ำ`,
    (p) => `duplicate indicator slug "${p.slug}"`,
  ),
  'framework.tool-unused': say<{ tool: string }>(
    (p) => `เครื่องมือ ${p.tool} ไม่มีตัวชี้วัด`,
    (p) => `tool ${p.tool} has no indicator`,
  ),
  'framework.levels-zero': fixed(
    'ระดับผลการประเมินต้องครอบคลุมคะแนน 0 ถึง 100: ระดับต่ำสุดต้องมี minTotal: 0 และไม่มี minEachTool (เช่น { name: ต้องปรับปรุงโดยด่วน, minTotal: 0, passes: false })',
    'expected a level with minTotal: 0 and no minEachTool, so that every total has a level',
  ),
  'framework.level-duplicate-name': say<{ name: string }>(
    (p) => `ระดับ "${p.name}" ซ้ำ`,
    (p) => `duplicate level name "${p.name}"`,
  ),
  'framework.level-duplicate-rule': say<{ name: string }>(
    (p) => `ระดับ "${p.name}" ใช้ minTotal และ minEachTool เดียวกับระดับก่อนหน้า จึงไม่รู้ว่าคะแนนนั้นได้ระดับใด`,
    (p) => `level "${p.name}" has the same minTotal and minEachTool as another level`,
  ),
  'assessment.duplicate-score': say<{ indicator: number }>(
    (p) => `ตัวชี้วัดที่ ${p.indicator} มีคะแนนซ้ำ`,
    (p) => `duplicate score for indicator ${p.indicator}`,
  ),
  'plan.duplicate-topic-number': say<{ number: number }>(
    (p) => `หัวข้อที่ ${p.number} ซ้ำ`,
    (p) => `duplicate topic number ${p.number}`,
  ),
  'plan.topic-order': fixed('หัวข้อต้องเรียงตามลำดับเลข', 'expected topics in ascending order of number'),
  'plan.duplicate-topic-slug': say<{ slug: string }>(
    (p) => `slug "${p.slug}" ซ้ำ`,
    (p) => `duplicate topic slug "${p.slug}"`,
  ),
  'plan.duplicate-measure-id': say<{ id: string }>(
    (p) => `id "${p.id}" ซ้ำกับ id ของมาตรการอื่นหรือ slug ของหัวข้อ`,
    (p) => `duplicate measure id "${p.id}" (ids and topic slugs must all differ)`,
  ),
  'plan.steps': fixed(
    'ต้องมีขั้นตอนของหัวข้อ (topics[].steps) หรือของมาตรการนี้ (steps)',
    'expected steps on the topic or on this measure',
  ),
  'oit.unknown-sub-indicator': say<{ subIndicator: string; known: string }>(
    (p) => `ไม่มีตัวชี้วัดย่อย ${p.subIndicator} ใน subIndicators`,
    (p) => `expected one of ${p.known}`,
  ),
  'oit.sub-indicator-outside': say<{ subIndicator: string; known: string }>(
    (p) => `ไม่มีตัวชี้วัดย่อย ${p.subIndicator} ใน OIT ของ ป.ป.ช. ตัวชี้วัดย่อยมีเพียง ${p.known}`,
    (p) => `sub-indicator ${p.subIndicator} is not an NACC OIT sub-indicator; expected one of ${p.known}`,
  ),
  'oit.duplicate': say<{ key: string; value: string }>(
    (p) => `${p.key} ซ้ำ: ${p.value}`,
    (p) => `expected each ${p.key} once`,
  ),

  // Dates as staff write them (src/lib/thai/date.ts, src/schemas/common.ts).
  'date.invalid': fixed('วันที่ไม่ถูกต้อง', 'invalid date'),
  'date.empty': fixed(`ต้องระบุวันที่ เป็น${THAI_DATE_EXAMPLES}`, `expected ${THAI_DATE_EXAMPLES_EN}`),
  'date.not-real': say<{ input: string }>(
    (p) => `วันที่ "${p.input}" ไม่มีอยู่จริงในปฏิทิน`,
    (p) => `"${p.input}" is not a real calendar date`,
  ),
  'date.year': say<{ input: string }>(
    (p) => `ปีใน "${p.input}" ต้องเป็นปี พ.ศ. เช่น 2566 หรือ 66`,
    (p) => `expected a Buddhist-Era year in "${p.input}", such as 2566`,
  ),
  'date.month': say<{ month: string; input: string }>(
    (p) => `ไม่รู้จักเดือน "${p.month}" ใน "${p.input}" (ใช้ชื่อเดือนเต็มหรือตัวย่อ เช่น ต.ค.)`,
    (p) => `unknown Thai month "${p.month}"`,
  ),
  'date.unreadable': say<{ input: string }>(
    (p) => `อ่านวันที่ "${p.input}" ไม่ได้ ต้องเป็น${THAI_DATE_EXAMPLES}`,
    () => THAI_DATE_EXAMPLES_EN,
  ),
  'date.range-parts': say<{ input: string }>(
    (p) => `ช่วงเวลา "${p.input}" ต้องมีวันเริ่มและวันสิ้นสุด เช่น "1 ต.ค. 2566 - 30 ก.ย. 2567"`,
    () => 'expected a range "start - end"',
  ),
  'date.range-order': say<{ input: string }>(
    (p) => `วันสิ้นสุดอยู่ก่อนวันเริ่มใน "${p.input}"`,
    (p) => `the end of "${p.input}" is before its start`,
  ),
  'date.end-before-start': fixed('วันสิ้นสุดอยู่ก่อนวันเริ่ม', 'the end is before the start'),

  // A file that cannot be read.
  'file.yaml': say<{ detail: string }>(
    () => 'เขียน YAML ผิดรูปแบบ (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด)',
    (p) => `invalid YAML: ${p.detail}`,
  ),

  // Values the one YAML reader (yaml.ts) refuses because another reader would read them differently.
  'yaml.directive': fixed(
    'ลบบรรทัด %YAML ที่ต้นไฟล์ (เว็บไซต์อ่าน YAML แบบเดียวเสมอ)',
    'remove the %YAML line at the top of the file (the site reads one YAML version)',
  ),
  'yaml.flow-comma': say<{ number: string }>(
    (p) =>
      `ตัวเลข ${p.number} มีจุลภาค ใน { … } จุลภาคคั่นช่องข้อมูล จึงอ่านได้ผิด: ใช้จุดทศนิยม (เช่น 78.31) ไม่ใส่จุลภาคคั่นหลักพัน หรือเขียนเป็นข้อความในเครื่องหมายคำพูด`,
    (p) => `the comma in ${p.number} splits the field inside { … }: write a decimal point and no thousands comma`,
  ),
  'yaml.number-comma': say<{ value: string }>(
    (p) => `ตัวเลข ${p.value} มีจุลภาค: เขียนตัวเลขโดยไม่มีจุลภาค (เช่น 5300) หรือเขียนเป็นข้อความในเครื่องหมายคำพูด`,
    (p) => `write ${p.value} without commas (5300), or quote it as text`,
  ),
  'yaml.timestamp': say<{ value: string }>(
    (p) => `วันที่ ${p.value} ต้องอยู่ในเครื่องหมายคำพูด เช่น '${p.value}' (โปรแกรม YAML บางตัวอ่านเป็นวันที่ ค.ศ.)`,
    (p) => `write the date ${p.value} as text in quotes: '${p.value}'`,
  ),
  'yaml.tag': say<{ tag: string }>(
    (p) => `ไม่รับแท็ก ${p.tag}: ลบ ${p.tag} ออก แล้วเขียนค่าเป็นข้อความในเครื่องหมายคำพูด หรือเป็นตัวเลข`,
    (p) => `remove the tag ${p.tag}; write the value as quoted text or a number`,
  ),
  'yaml.sexagesimal': say<{ value: string }>(
    (p) => `ค่า ${p.value} ต้องอยู่ในเครื่องหมายคำพูด เช่น '${p.value}' (YAML 1.1 อ่านเป็นเลขฐานหกสิบ)`,
    (p) => `write ${p.value} as text in quotes: '${p.value}'`,
  ),
  'yaml.decimal': say<{ value: string; form: string }>(
    (p) =>
      `ตัวเลข ${p.value} เขียนเป็น${numberFormTh(p.value, p.form)}: เขียนเป็นเลขฐานสิบธรรมดา เช่น 78 หรือ 78.31 (ถ้าเป็นข้อความ เช่น รหัสหรือหมายเลขโทรศัพท์ ให้ใส่เครื่องหมายคำพูด)`,
    (p) =>
      `${p.value} is ${numberFormEn(p.value, p.form)}: write a decimal number such as 78 or 78.31 (quote it if it is text, such as a code or a phone number)`,
  ),

  // Files the site would not read as staff meant (check.ts, scripts/lib/content-files.ts).
  'file.not-read': say<{ folders: string }>(
    (p) => `เว็บไซต์ไม่อ่านไฟล์นี้: ไฟล์ข้อมูลต้องลงท้ายด้วย .yaml และอยู่ในโฟลเดอร์ที่กำหนด (${p.folders}) ย้ายไฟล์ หรือลบออก`,
    (p) => `the site does not read this file: data files end in .yaml and live in ${p.folders}`,
  ),
  'file.program-data': say<{ program: string }>(
    (p) =>
      `กรอบการประเมินของ ป.ป.ช. มากับโปรแกรม (${p.program}/) ไม่อยู่ใน content/: ลบไฟล์นี้ กรอบของปีใหม่มากับโปรแกรมรุ่นใหม่ (README: การรับรุ่นใหม่)`,
    (p) =>
      `the NACC's frameworks come with the program (${p.program}/), not content/: remove this file; a new year comes with a program update`,
  ),
  'file.extension': say<{ name: string }>(
    (p) => `ชื่อไฟล์ต้องลงท้ายด้วย .yaml ตัวเล็ก เปลี่ยนชื่อเป็น ${p.name} (Windows อาจซ่อนนามสกุล .txt ไว้)`,
    (p) => `rename the file to ${p.name} (lower-case .yaml; Windows may hide a .txt extension)`,
  ),
  'file.symlink': fixed(
    'ไฟล์นี้เป็นลิงก์ (symlink) ไปยังไฟล์อื่น: คัดลอกไฟล์จริงมาไว้แทน',
    'symbolic links are refused: copy the real file here instead',
  ),
  'file.encoding': say<{ encoding: string }>(
    (p) =>
      `ไฟล์ไม่ได้บันทึกเป็น UTF-8 (พบ ${p.encoding}): เปิดด้วย Notepad แล้วเลือก บันทึกเป็น › การเข้ารหัส UTF-8 (หรือใน VS Code: Save with Encoding › UTF-8)`,
    (p) => `the file is ${p.encoding}, not UTF-8: save it again as UTF-8`,
  ),
  'file.binary': fixed(
    'ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (อาจเป็นรูปภาพหรือไฟล์ Word ที่ตั้งชื่อเป็น .yaml): เอกสารให้วางใน public/documents/',
    'this is not a text file (a picture or a Word file named .yaml?); documents go in public/documents/',
  ),
  'public.symlink': fixed(
    'ไฟล์ใน public/ เป็นลิงก์ (symlink) ไปยังไฟล์อื่น จะไม่ถูกเผยแพร่: คัดลอกไฟล์จริงมาไว้แทน',
    'symbolic links under public/ are refused: copy the real file instead',
  ),
  'date.future': fixed(
    'วันที่เผยแพร่อยู่ในอนาคต: ตรวจปี พ.ศ. (เช่น 2586 แทน 2568)',
    'the publication date is in the future: check the Buddhist-Era year',
  ),
  'measure.progress-future': fixed(
    'วันที่ของความคืบหน้าอยู่ในอนาคต: รายงานเฉพาะสิ่งที่ทำแล้ว และตรวจปี พ.ศ. (เช่น 2586 แทน 2568)',
    'the progress date is in the future: report only what was done, and check the Buddhist-Era year',
  ),
  // Plausibility (plausibility.ts): values a schema accepts that cannot be true.
  'plan.progress-before-plan': say<{ fiscalYear: number; start: string }>(
    (p) =>
      `วันที่ของความคืบหน้าอยู่ก่อนแผนปี ${p.fiscalYear} เริ่ม (${p.start}): ความคืบหน้าของแผนต้องลงวันที่ตั้งแต่วันนั้น ตรวจปี พ.ศ. หรือย้ายไปไว้ในแผนของปีนั้น`,
    (p) =>
      `the progress is dated before the ${p.fiscalYear} plan begins (${p.start}): check the Buddhist-Era year, or move it to the plan of its year`,
  ),
  'plan.timeframe-year': say<{ fiscalYear: number; start: string; end: string }>(
    (p) =>
      `ระยะเวลาดำเนินงานต้องอยู่ในปีงบประมาณ ${p.fiscalYear} ของแผน (${p.start} – ${p.end}) และยาวไม่เกินหนึ่งปี (เริ่มก่อนหรือสิ้นสุดหลังปีได้บ้าง): ตรวจปี พ.ศ. ของวันเริ่มและวันสิ้นสุด`,
    (p) =>
      `the timeframe must fall in the plan's fiscal year ${p.fiscalYear} (${p.start} – ${p.end}) and last at most a year: check the years of its start and end`,
  ),
  'plan.meeting-future': fixed(
    'วันที่ประชุมอยู่ในอนาคต: ใส่วันที่ประชุมพิจารณาแผนที่ผ่านมาแล้ว และตรวจปี พ.ศ. (เช่น 2580 แทน 2567)',
    'the meeting date is in the future: give the day the plan was adopted, and check the Buddhist-Era year',
  ),
  'procurement.contract-after-report': say<{ date: string }>(
    (p) =>
      `วันที่ของสัญญาอยู่หลังวันที่เผยแพร่สรุปผลเดือนนี้ (${p.date}): สรุปผลรายงานได้เฉพาะสัญญาที่ลงนามแล้ว ตรวจวันที่ของสัญญาและ date ของไฟล์`,
    (p) =>
      `the contract is dated after this month's summary was published (${p.date}): a summary lists only signed contracts; check the contract's date and the file's date`,
  ),
  'money.over-limit': say<{ limit: string; organization: string }>(
    (p) =>
      `จำนวนเงินเกินเพดาน ${p.limit} บาท (ตรวจจำนวนศูนย์) ถ้าเป็นจำนวนจริง ให้ตั้งค่า limits › maxBaht ในไฟล์ ${p.organization} ให้สูงกว่าจำนวนนี้ (ดูคู่มือ)`,
    (p) =>
      `the amount is over the ceiling of ${p.limit} baht (check the zeros); if it is real, raise limits.maxBaht in ${p.organization}`,
  ),
  'table.total-mismatch': say<{ label: string; computed: string; column: string }>(
    (p) => `แถว "${p.label}" ของคอลัมน์ "${p.column}" ไม่ตรงกับผลรวมของแถวด้านบน (${p.computed}): แก้ยอดรวมหรือตัวเลขที่พิมพ์ผิด`,
    (p) =>
      `the "${p.label}" row of column "${p.column}" differs from the sum of the rows above (${p.computed}): fix the total or the mistyped figure`,
  ),
  'date.fiscal-year': say<{ fiscalYear: number }>(
    (p) =>
      `วันที่เผยแพร่อยู่นอกปีงบประมาณ ${p.fiscalYear} (1 ต.ค. ${p.fiscalYear - 1} – 30 ก.ย. ${p.fiscalYear}) และปีถัดไปที่ใช้เผยแพร่รายงานผล (ถึง 30 ก.ย. ${p.fiscalYear + 1}): ตรวจปี พ.ศ. ของ date และ fiscalYear`,
    (p) =>
      `the date is outside fiscal year ${p.fiscalYear} (1 Oct ${p.fiscalYear - 1} – 30 Sep ${p.fiscalYear} BE) and the year after it, when its reports are published: check date and fiscalYear`,
  ),
  'procurement.date-before-month': fixed(
    'วันที่เผยแพร่อยู่ก่อนเดือนของข้อมูล: สรุปผลของเดือนหนึ่งเผยแพร่ได้เมื่อเดือนนั้นเริ่มแล้ว ตรวจวันที่และ month',
    'the summary is dated before its month begins',
  ),
  'document.empty': fixed('ไฟล์เอกสารว่างเปล่า (0 ไบต์): คัดลอกไฟล์ใหม่', 'the document file is empty'),
  // Files under public/ by their bytes, names and sizes, and the site paths content names (public-rules.ts).
  'document.not-pdf': say<{ kind: string }>(
    (p) =>
      `ไฟล์นี้ไม่ใช่ PDF แต่เป็น${kindTh(p.kind)} (ไฟล์ PDF ขึ้นต้นด้วย %PDF-): บันทึกเอกสารเป็น PDF ใหม่ (เช่น สั่งพิมพ์ › Microsoft Print to PDF)`,
    (p) => `the file is not a PDF but ${kindEn(p.kind)} (a PDF starts with %PDF-): save the document as a PDF again`,
  ),
  'document.wrong-type': say<{ type: string; kind: string }>(
    (p) => `เนื้อไฟล์ไม่ใช่ ${p.type} ตามนามสกุล แต่เป็น${kindTh(p.kind)}: บันทึกไฟล์ใหม่เป็นชนิดนั้น หรือแก้นามสกุลให้ตรงกับชนิดไฟล์จริง`,
    (p) => `the file is not ${p.type} as its extension says but ${kindEn(p.kind)}`,
  ),
  'document.type-not-allowed': say<{ ext: string; kind: string }>(
    (p) =>
      `ไฟล์${p.ext ? ` .${p.ext}` : 'ที่ไม่มีนามสกุล'} ซึ่งเนื้อไฟล์เป็น${kindTh(p.kind)} เผยแพร่เป็นเอกสารไม่ได้: เอกสารต้องเป็น ${DOCUMENT_EXTENSIONS} เท่านั้น เพราะไฟล์ชนิดอื่น เช่น HTML, SVG หรือ JS ทำงานเป็นโปรแกรมในเบราว์เซอร์ของผู้เข้าชมได้ บันทึกเป็น PDF แล้ววางแทน หรือลบไฟล์ออก`,
    (p) =>
      `${p.ext ? `a .${p.ext} file` : 'a file without an extension'}, whose bytes are ${kindEn(p.kind)}, is not published as a document: documents are ${DOCUMENT_EXTENSIONS} only (HTML, SVG or JS would run in visitors' browsers); save it as a PDF or remove it`,
  ),
  'document.file-name': say<{ name: string }>(
    (p) =>
      `ชื่อไฟล์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และ - เท่านั้น (ไม่มีอักษรไทย ช่องว่าง หรือตัวพิมพ์ใหญ่ เพราะชื่อไฟล์เป็นส่วนหนึ่งของที่อยู่เว็บ): เปลี่ยนชื่อไฟล์ใน public เป็น ${p.name} แล้วเขียนชื่อนั้นที่นี่`,
    (p) =>
      `file names must be lower-case ASCII letters, digits and "-" (they are part of the address): rename the file to ${p.name} and write that name here`,
  ),
  'public.file-name': say<{ name: string }>(
    (p) =>
      `ชื่อไฟล์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และ - เท่านั้น (ไม่มีอักษรไทย ช่องว่าง หรือตัวพิมพ์ใหญ่ เพราะชื่อไฟล์เป็นส่วนหนึ่งของที่อยู่เว็บ): เปลี่ยนชื่อเป็น ${p.name} และแก้ไฟล์ข้อมูลที่อ้างถึงให้ตรงกัน`,
    (p) =>
      `file names must be lower-case ASCII letters, digits and "-" (they are part of the address): rename it to ${p.name} and the content that names it`,
  ),
  'public.too-large': fixed(
    'ไฟล์ใหญ่เกิน 25 MB: ผู้เข้าชมที่ใช้โทรศัพท์ดาวน์โหลดไม่ไหว และ Cloudflare Pages ไม่รับไฟล์เกิน 25 MB บีบอัด PDF (สแกนที่ 150 dpi ขาวดำ) หรือแบ่งเป็นหลายไฟล์',
    'the file is over 25 MB, too large for a phone and refused by Cloudflare Pages: compress it (scan at 150 dpi) or split it',
  ),
  'public.over-git-limit': fixed(
    'ไฟล์ใหญ่เกิน 100 MB: GitHub ไม่รับไฟล์ขนาดนี้ จึงเผยแพร่เว็บไซต์ไม่ได้เลย บีบอัด PDF (สแกนที่ 150 dpi ขาวดำ) หรือแบ่งเป็นหลายไฟล์ ไม่เกิน 25 MB ต่อไฟล์',
    'the file is over 100 MB: GitHub refuses it, so the site could not be published at all; compress or split it (25 MB at most per file)',
  ),
  'public.stray': fixed(
    'เว็บไซต์ไม่เผยแพร่ไฟล์นี้: ใน public/ วางได้เฉพาะเอกสารใน documents/ ภาพใน images/ และภาพที่ไฟล์ข้อมูลระบุ (เช่น ตราสัญลักษณ์ใน organization.yaml) ย้ายเอกสารไปไว้ใน public/documents/ หรือลบไฟล์ออก',
    'public/ holds only documents/, pictures in images/ and the pictures content names (the logo): move a document to public/documents/ or remove the file',
  ),
  'public.svg-code': fixed(
    'ภาพ SVG นี้มีโค้ดที่ทำงานในเบราว์เซอร์ได้ (สคริปต์หรือลิงก์ javascript:): บันทึกภาพเป็น PNG แล้วใช้แทน',
    'this SVG holds code a browser runs (a script or a javascript: link): save the picture as PNG instead',
  ),
  'link.page-missing': fixed(
    'ไม่มีหน้านี้ในเว็บไซต์: ตรวจที่อยู่ (เช่น /measures/2567/ หรือ /oit/items/contact/) หรือใช้ลิงก์เต็ม https://…',
    'no page of this site has this address: check the path, or use a full https:// link',
  ),
  'link.file-missing': say<{ path: string }>(
    (p) => `ไม่พบไฟล์ public${p.path}: คัดลอกไฟล์ไปไว้ที่นั่น หรือแก้ที่อยู่ให้ตรงกับชื่อไฟล์ทุกตัวอักษร`,
    (p) => `expected a file at public${p.path}, found none`,
  ),
  'document.unused': fixed(
    'ไม่มีไฟล์ข้อมูลใดใน content/ อ้างถึงไฟล์นี้ จึงไม่มีหน้าใดลิงก์ไปหา: เพิ่มไฟล์ข้อมูลใน content/documents/ ที่ระบุ file: เป็นไฟล์นี้ หรือลบไฟล์ออก',
    'no content file refers to this file, so no page links to it: describe it in content/documents/ or remove it',
  ),
  // Rules across files (rules.ts).
  'organization.count': fixed('ต้องมีไฟล์ข้อมูลหน่วยงาน organization.yaml หนึ่งไฟล์', 'expected exactly one organization file'),
  'assessment.unknown-indicator': say<{ year: number; known: string }>(
    (p) => `ไม่มีตัวชี้วัดนี้ในกรอบการประเมินปี ${p.year} ต้องเป็นเลขตัวชี้วัด ${p.known}`,
    (p) => `expected an indicator number of the ${p.year} framework (${p.known})`,
  ),
  'assessment.missing-score': say<{ number: number; name: string; nameEn: string }>(
    (p) => `ไม่มีคะแนนของตัวชี้วัดที่ ${p.number} ${p.name}: เพิ่ม { indicator: ${p.number}, score: … }`,
    (p) => `expected a score for indicator ${p.number} (${p.nameEn})`,
  ),
  'assessment.file-name': say<FileYear>(
    (p) => `ชื่อไฟล์ต้องเป็นปี พ.ศ. ของผลการประเมิน (${p.year}.yaml) หรือแก้ year ให้ตรงกับชื่อไฟล์`,
    (p) => `expected the file to be named ${p.year}.yaml, or year to match the file name`,
  ),
  'assessment.no-framework': say<Year>(
    (p) => `ไม่มีกรอบการประเมินของปีนี้ (nacc/ita/frameworks/${p.year}.yaml): ตรวจปีให้ถูกต้อง หรือรับโปรแกรมรุ่นใหม่ที่มีกรอบของปีนี้`,
    (p) => `expected a framework file for ${p.year} (nacc/ita/frameworks/${p.year}.yaml), found none`,
  ),
  'plan.file-name': say<FileYear>(
    (p) => `ชื่อไฟล์ต้องเป็นปีงบประมาณของแผน (${p.year}.yaml) หรือแก้ fiscalYear ให้ตรงกับชื่อไฟล์`,
    (p) => `expected the file to be named ${p.year}.yaml, or fiscalYear to match the file name`,
  ),
  'plan.no-assessment': say<Year>(
    (p) =>
      `ไม่มีผลการประเมิน ITA ปีนี้: ต้องมีไฟล์ nacc/ita/frameworks/${p.year}.yaml และ content/ita/assessments/${p.year}.yaml`,
    (p) => `expected the ITA framework and results of ${p.year}, the year the plan is based on`,
  ),
  'plan.unknown-indicator': say<{ year: number; known: string }>(
    (p) => `ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี ${p.year} ต้องเป็นเลขหรือ slug ของตัวชี้วัด (${p.known})`,
    (p) => `expected an indicator number or slug of the ITA ${p.year} framework`,
  ),
  'plan.duplicate-indicator': say<{ number: number }>(
    (p) => `ตัวชี้วัดที่ ${p.number} ซ้ำในหัวข้อเดียวกัน`,
    (p) => `expected each indicator once per topic; indicator ${p.number} is listed twice`,
  ),
  'oit.framework-file-name': say<FileYear>(
    (p) => `ชื่อไฟล์ต้องเป็นปี พ.ศ. ของกรอบการประเมิน (${p.year}.yaml) หรือแก้ year ให้ตรงกับชื่อไฟล์`,
    (p) => `expected the file to be named ${p.year}.yaml, or year to match the file name`,
  ),
  'oit.unknown-item': fixed(
    'ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (nacc/oit/frameworks/): ตรวจสอบการสะกด slug ของรายการ',
    'expected the slug of an OIT item of a framework (nacc/oit/frameworks/)',
  ),
  'procurement.file-name': say<{ month: string }>(
    (p) => `ชื่อไฟล์ต้องเป็นเดือนของข้อมูล (${p.month}.yaml) หรือแก้ month ให้ตรงกับชื่อไฟล์`,
    (p) => `expected the file to be named ${p.month}.yaml, or month to match the file name`,
  ),
  'procurement.fiscal-year': say<{ month: string; fiscalYear: number }>(
    (p) => `เดือน ${p.month} อยู่ในปีงบประมาณ ${p.fiscalYear} (ปีงบประมาณเริ่ม 1 ตุลาคม)`,
    (p) => `expected fiscalYear ${p.fiscalYear} for month ${p.month}`,
  ),
  'procurement.folder': say<{ folder: string; fiscalYear: number }>(
    (p) =>
      `ไฟล์อยู่ในโฟลเดอร์ ${p.folder}/ แต่ fiscalYear เป็น ${p.fiscalYear}: ย้ายไฟล์ไปไว้ในโฟลเดอร์ procurement/${p.fiscalYear}/ หรือแก้ fiscalYear`,
    (p) =>
      `the file is in folder ${p.folder}/ but fiscalYear is ${p.fiscalYear}: move it to procurement/${p.fiscalYear}/`,
  ),
  'procurement.duplicate-month': say<{ month: string; first: string }>(
    (p) => `เดือน ${p.month} มีอยู่แล้วใน ${p.first} (จะถูกนับซ้ำ): ลบไฟล์ที่ซ้ำ`,
    (p) => `month ${p.month} is also in ${p.first} (it would be counted twice)`,
  ),
  'document.file-missing': say<{ file: string }>(
    (p) => `ไม่พบไฟล์เอกสาร: คัดลอกไฟล์ไปไว้ที่ public${p.file} หรือแก้ชื่อไฟล์ให้ตรงกัน`,
    (p) => `expected a file at public${p.file}, found none`,
  ),
  'entry.duplicate-id': say<{ id: string; first: string }>(
    (p) => `ชื่อไฟล์ (slug) "${p.id}" ซ้ำกับ ${p.first}: ตั้งชื่อไฟล์ใหม่ให้ไม่ซ้ำ หรือลบไฟล์ที่ซ้ำ`,
    (p) => `expected one entry per slug; "${p.id}" is also ${p.first}`,
  ),

  // Prose in Markdown/MDX (news, pages, ITA reports): src/schemas/news.ts, pages.ts, prose-rules.ts.
  'news.type': fixed('ประเภทต้องเป็น ข่าว, ประกาศ หรือ กิจกรรม', 'expected type ข่าว, ประกาศ or กิจกรรม'),
  'news.image-path': fixed(
    'ภาพต้องเป็นไฟล์ข้างไฟล์ข่าว ขึ้นต้นด้วย ./ เช่น ./road-repair.jpg (jpg, png, webp หรือ avif)',
    'expected an image next to the file, such as ./road-repair.jpg',
  ),
  'page.section': fixed('หมวดต้องเป็น about หรือ services', 'expected section about or services'),
  'prose.frontmatter': fixed(
    'ไฟล์ต้องขึ้นต้นด้วยส่วนหัวระหว่างบรรทัด --- สองบรรทัด (title, date, …)',
    'expected a frontmatter between two --- lines at the top of the file',
  ),
  'prose.syntax': say<{ detail: string }>(
    (p) => `เขียน MDX ไม่ถูกต้อง: ${mdxHintTh(p.detail)} (${p.detail})`,
    (p) => `invalid MDX: ${p.detail}`,
  ),
  // MDX and Markdown are data, not programs (prose-safety.ts): the check and the build refuse the same.
  'prose.esm': say<{ keyword: string }>(
    (p) =>
      `บรรทัดที่ขึ้นต้นด้วยคำว่า ${p.keyword} ในไฟล์ MDX เป็นคำสั่งโปรแกรม ซึ่งใช้ในเนื้อหาไม่ได้: ลบบรรทัดนี้ หรือถ้าเป็นข้อความ ให้ขึ้นต้นบรรทัดด้วยคำอื่น`,
    (p) => `expected no ${p.keyword} line: content cannot run code (start a line of text with another word)`,
  ),
  'prose.expression': fixed(
    'วงเล็บปีกกา { } ในไฟล์ MDX เป็นคำสั่งโปรแกรม ซึ่งใช้ในเนื้อหาไม่ได้: ค่าของคอมโพเนนต์เขียนได้เฉพาะตัวเลข เช่น year={2566}, true หรือ false, หรือข้อความในเครื่องหมายคำพูด ถ้าต้องการแสดงวงเล็บปีกกาเป็นข้อความ ให้เขียน \\{ แทน {',
    'expected no {…} expression: content cannot run code (a prop may be a number such as year={2566}, true, false or "text"; write \\{ for a brace as text)',
  ),
  'prose.braces': fixed(
    'วงเล็บปีกกา { } ในข้อความของไฟล์ MDX ถูกอ่านเป็นคำสั่งโปรแกรม: ถ้าต้องการแสดงวงเล็บปีกกา ให้เขียน \\{ แทน { เช่น ราคา \\{ประมาณ} 500 บาท (หรือใช้วงเล็บ ( ) แทน)',
    'a brace in MDX text starts code; write \\{ for a brace as text, such as \\{ประมาณ}',
  ),
  'prose.element': say<{ name: string }>(
    (p) =>
      `ใช้แท็ก <${p.name}> ในเนื้อหาไม่ได้: แท็กนี้รันโปรแกรม พาผู้เข้าชมไปเว็บอื่น ฝังเว็บอื่น หรือเปลี่ยนหน้าตาทั้งเว็บไซต์ได้ ใช้ข้อความ ลิงก์ [ข้อความ](https://…) หรือคอมโพเนนต์ของเว็บไซต์แทน`,
    (p) =>
      `expected no <${p.name}> in content: it can run code, send visitors elsewhere, embed another site or restyle the site`,
  ),
  'prose.event-attribute': say<{ name: string; attribute: string }>(
    (p) => `${p.attribute} ของ <${p.name}> เป็นคำสั่งโปรแกรมที่ทำงานในเบราว์เซอร์ ซึ่งใช้ในเนื้อหาไม่ได้: ลบออก`,
    (p) => `expected no event attribute ${p.attribute} on <${p.name}>: content cannot run code`,
  ),
  'prose.directive': say<{ name: string; attribute: string }>(
    (p) => `${p.attribute} ของ <${p.name}> เป็นคำสั่งของโปรแกรมสร้างเว็บไซต์ ซึ่งใช้ในเนื้อหาไม่ได้: ลบออก`,
    (p) => `expected no ${p.attribute} on <${p.name}>: it is the site program's, not content's`,
  ),
  'prose.unsafe-url': say<{ scheme: string }>(
    (p) =>
      `ลิงก์หรือที่อยู่ที่ขึ้นต้นด้วย ${p.scheme} รันโปรแกรมหรือแสดงเนื้อหาที่ซ่อนไว้ได้ ซึ่งใช้ในเนื้อหาไม่ได้: ใช้ลิงก์ https://… หรือไฟล์ใน /documents/ แทน`,
    (p) => `expected an https:// link or a path of the site, not a ${p.scheme} address`,
  ),
  'prose.unknown-component': say<{ name: string; known: string }>(
    (p) => `ไม่มีคอมโพเนนต์ <${p.name}> ที่ใช้ได้คือ ${p.known}`,
    (p) => `unknown component <${p.name}>; expected one of ${p.known}`,
  ),
  'prose.prop-missing': say<{ name: string; prop: string }>(
    (p) => `<${p.name}> ต้องระบุ ${p.prop}`,
    (p) => `<${p.name}> needs the prop ${p.prop}`,
  ),
  'prose.prop-unknown': say<{ name: string; prop: string; known: string }>(
    (p) => `<${p.name}> ไม่มีค่า ${p.prop} ที่ใช้ได้คือ ${p.known}`,
    (p) => `<${p.name}> has no prop ${p.prop}; expected ${p.known}`,
  ),
  'prose.prop-value': say<{ name: string; prop: string; expected: string }>(
    (p) => `${p.prop} ของ <${p.name}> ต้องเป็น${p.expected}`,
    (p) => `expected ${p.prop} of <${p.name}> to be ${p.expected}`,
  ),
  'prose.no-assessment': say<{ name: string; year: number; known: string }>(
    (p) => `<${p.name}>: ไม่มีผลการประเมิน ITA ปี ${p.year} (content/ita/assessments/) ปีที่มีคือ ${p.known}`,
    (p) => `<${p.name}>: no ITA assessment for ${p.year}; expected one of ${p.known}`,
  ),
  'prose.unknown-indicator': say<{ name: string; year: number; known: string }>(
    (p) => `<${p.name}>: ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี ${p.year} ที่มีคือ ${p.known}`,
    (p) => `<${p.name}>: no such indicator in the ${p.year} framework; expected one of ${p.known}`,
  ),
  'prose.unknown-item': say<{ name: string }>(
    (p) => `<${p.name}>: ไม่มีรายการ OIT นี้ในกรอบการประเมินใด (nacc/oit/frameworks/)`,
    (p) => `<${p.name}>: expected the slug of an OIT item of a framework`,
  ),
  'prose.no-measures': say<{ name: string; year: number }>(
    (p) => `ไม่มีแผนมาตรการที่มาจากผลการประเมิน ITA ปี ${p.year} (content/measures/)`,
    (p) => `<${p.name}>: no measures plan for the ${p.year} assessment`,
  ),
  'news.folder-year': say<{ folder: string; fiscalYear: number }>(
    (p) =>
      `วันที่อยู่ในปีงบประมาณ ${p.fiscalYear} แต่ไฟล์อยู่ในโฟลเดอร์ ${p.folder}: ย้ายไฟล์ไปโฟลเดอร์ news/${p.fiscalYear}/ หรือแก้วันที่`,
    (p) => `the date is in fiscal year ${p.fiscalYear}; expected the file in news/${p.fiscalYear}/, not ${p.folder}`,
  ),
  'news.image-missing': say<{ file: string }>(
    (p) => `ไม่พบไฟล์ภาพ ${p.file}: วางไฟล์ภาพไว้ในโฟลเดอร์เดียวกับไฟล์ข่าว หรือแก้ชื่อให้ตรงกัน`,
    (p) => `expected an image at ${p.file}, found none`,
  ),
  'prose.file-name': say<{ kind: string; folder: string }>(
    (p) =>
      p.kind === 'news'
        ? `ชื่อไฟล์ข่าวต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีดกลาง เช่น road-repair.mdx เพราะเป็นที่อยู่เว็บของข่าว /news/${p.folder}/ชื่อไฟล์/ ซึ่งเปลี่ยนไม่ได้หลังเผยแพร่: เปลี่ยนชื่อไฟล์`
        : `ชื่อไฟล์ของหน้าต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีดกลาง เช่น executives-message.mdx เพราะเป็นที่อยู่เว็บของหน้า /ชื่อไฟล์/ ซึ่งเปลี่ยนไม่ได้หลังเผยแพร่: เปลี่ยนชื่อไฟล์`,
    (p) =>
      p.kind === 'news'
        ? `expected an ASCII file name such as road-repair.mdx: it is the news item's address /news/${p.folder}/<name>/, which never changes once published`
        : `expected an ASCII file name such as executives-message.mdx: it is the page's address /<name>/, which never changes once published`,
  ),
  'page.route-taken': say<{ slug: string }>(
    (p) => `ชื่อไฟล์ "${p.slug}" ซ้ำกับส่วนของเว็บไซต์ /${p.slug}/: ตั้งชื่อไฟล์ใหม่ เช่น about-${p.slug}`,
    (p) => `expected a page name that is not a section of the site; /${p.slug}/ is taken`,
  ),
  'report.no-assessment': say<Year>(
    (p) => `ไม่มีผลการประเมิน ITA ปี ${p.year} (content/ita/assessments/${p.year}.yaml) สำหรับรายงานนี้`,
    (p) => `expected an ITA assessment for ${p.year} (content/ita/assessments/${p.year}.yaml)`,
  ),

  // Zod issues without a message of their own (error-map.ts), by issue code.
  'zod.required': say<{ expected: string }>(
    (p) => `ต้องมีช่องนี้ (${typeTh(p.expected)})`,
    (p) => `required: expected ${typeEn(p.expected)}`,
  ),
  'zod.type': say<{ expected: string; received: string }>(
    (p) => `ต้องเป็น${typeTh(p.expected)} แต่พบ${typeTh(p.received)}`,
    (p) => `expected ${typeEn(p.expected)}, found ${typeEn(p.received)}`,
  ),
  'zod.text-max': say<Bound>(
    (p) => `ข้อความต้องยาวไม่เกิน ${p.bound} ตัวอักษร`,
    (p) => `expected at most ${p.bound} characters`,
  ),
  'zod.text-min': say<Bound>(
    (p) => `ข้อความต้องยาวอย่างน้อย ${p.bound} ตัวอักษร`,
    (p) => `expected at least ${p.bound} characters`,
  ),
  'zod.list-exact': say<Bound>(
    (p) => `ต้องมี ${p.bound} รายการพอดี`,
    (p) => `expected exactly ${p.bound} entries`,
  ),
  'zod.list-max': say<Bound>(
    (p) => `ต้องมีไม่เกิน ${p.bound} รายการ`,
    (p) => `expected at most ${p.bound} entries`,
  ),
  'zod.list-min': say<Bound>(
    (p) => `ต้องมีอย่างน้อย ${p.bound} รายการ`,
    (p) => `expected at least ${p.bound} entries`,
  ),
  'zod.date-max': say<Bound>(
    (p) => `วันที่ต้องไม่เกิน ${p.bound}`,
    (p) => `expected a date no later than ${p.bound}`,
  ),
  'zod.date-min': say<Bound>(
    (p) => `วันที่ต้องไม่ก่อน ${p.bound}`,
    (p) => `expected a date no earlier than ${p.bound}`,
  ),
  'zod.number-below': say<Bound>(
    (p) => `ต้องน้อยกว่า ${p.bound}`,
    (p) => `expected a number less than ${p.bound}`,
  ),
  'zod.number-max': say<Bound>(
    (p) => `ต้องไม่เกิน ${p.bound}`,
    (p) => `expected a number no greater than ${p.bound}`,
  ),
  'zod.number-above': say<Bound>(
    (p) => `ต้องมากกว่า ${p.bound}`,
    (p) => `expected a number greater than ${p.bound}`,
  ),
  'zod.number-min': say<Bound>(
    (p) => `ต้องไม่น้อยกว่า ${p.bound}`,
    (p) => `expected a number no less than ${p.bound}`,
  ),
  'zod.unknown-keys': say<{ keys: string }>(
    (p) => `ไม่รู้จักช่อง ${p.keys} (สะกดผิดหรือไม่?)`,
    (p) => `unknown field ${p.keys} (a typo?)`,
  ),
  'zod.unknown-key': say<{ key: string; suggestion: string; known: string }>(
    (p) =>
      p.suggestion ? `ไม่รู้จักช่อง ${p.key} — หมายถึง ${p.suggestion} ใช่หรือไม่?` : `ไม่รู้จักช่อง ${p.key} (ช่องที่ใช้ได้: ${p.known})`,
    (p) => (p.suggestion ? `unknown field ${p.key}: did you mean ${p.suggestion}?` : `unknown field ${p.key}`),
  ),
  'zod.starts-with': say<{ prefix: string }>(
    (p) => `ต้องขึ้นต้นด้วย "${p.prefix}"`,
    (p) => `expected text starting with "${p.prefix}"`,
  ),
  'zod.format': say<{ format: string }>(
    (p) => `รูปแบบไม่ถูกต้อง ต้องเป็น${formatTh(p.format)}`,
    (p) => `expected ${formatEn(p.format)}`,
  ),
  'zod.value': say<{ values: string }>(
    (p) => `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${p.values}`,
    (p) => `expected one of ${p.values}`,
  ),
  'zod.union': fixed('ค่าไม่ตรงกับรูปแบบที่รับได้ ดูตัวอย่างในคู่มือ', 'expected one of the accepted forms (see the guide)'),
  'zod.multiple-of': say<{ divisor: string }>(
    (p) => `ต้องเป็นผลคูณของ ${p.divisor}`,
    (p) => `expected a multiple of ${p.divisor}`,
  ),
  'zod.custom': fixed('ค่าไม่ถูกต้อง', 'invalid value'),
  /** An issue zod words itself (a code this catalogue does not know): its words, in both halves. */
  'zod.other': say<{ message: string }>(
    (p) => p.message,
    (p) => p.message,
  ),
} satisfies Record<string, Message<never>>;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]['th']>[0];

/** A message as code and parameters: what a rule, a schema or the date reader reports. */
export type CodedMessage = { [C in MessageCode]: { code: C; params: MessageParams<C> } }[MessageCode];

/** The codes of messages without parameters that schemas give their built-in checks. */
export type FixedCode = { [C in MessageCode]: (typeof MESSAGES)[C] extends FixedMessage ? C : never }[MessageCode];

/** The Thai and the English text of a message. */
export function messageText(message: CodedMessage): { th: string; en: string } {
  const entry = MESSAGES[message.code] as Message<typeof message.params>;
  return { th: entry.th(message.params), en: entry.en(message.params) };
}

/** "Thai / English": a message in the one line staff read. */
export function bilingual(message: CodedMessage): string {
  const { th, en } = messageText(message);
  return `${th} / ${en}`;
}

/** A fixed message as code and (no) parameters. */
export function fixedMessage(code: FixedCode): CodedMessage {
  return { code, params: {} } as CodedMessage;
}

/** The text a schema gives a built-in check: the message in one line. */
export function fixedText(code: FixedCode): string {
  return bilingual(fixedMessage(code));
}

const FIXED_CODES = new Map(
  (Object.keys(MESSAGES) as MessageCode[])
    .filter((code): code is FixedCode => 'fixed' in MESSAGES[code])
    .map((code) => [fixedText(code), code] as const),
);

/** The code of a fixed message from its text (zod keeps only the text of a schema's own message). */
export function fixedCodeOf(text: string): FixedCode | undefined {
  return FIXED_CODES.get(text);
}

/** Whether a value (a custom zod issue's params) is a message of this catalogue. */
export function isCodedMessage(value: unknown): value is CodedMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return typeof code === 'string' && code in MESSAGES && typeof params === 'object' && params !== null;
}

/** One problem in one content file: where it is, what was expected, what was found. */
export type Problem = CodedMessage & {
  /** The content file, as staff see it, e.g. "content/ita/assessments/2566.yaml". */
  file: string;
  /** The field inside the file, e.g. "scores.3.score", or WHOLE_FILE. */
  field: string;
  /** The value found, when there is one to show. */
  found?: string;
};

/** The field of a problem about a file as a whole. */
export const WHOLE_FILE = '(ทั้งไฟล์ / whole file)';
/** The found value of a problem about something missing. */
export const NOTHING_FOUND = 'ไม่มี / none';

/** The field of a problem at a line of a file that is not valid YAML. */
export const lineField = (line: number) => `บรรทัด ${line} / line ${line}`;

/** "file › field: Thai / English (พบ / found: value)" — one line per problem. */
export function formatProblem(p: Problem): string {
  const found = p.found === undefined ? '' : ` (พบ / found: ${p.found})`;
  return `${p.file} › ${p.field}: ${bilingual(p)}${found}`;
}

/** A field path as Astro prints it: scores.3.score (the 4th entry under scores, counted from 0). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? WHOLE_FILE : path.map(String).join('.');
}

/** A found value, short and readable: strings quoted, objects as compact JSON, long values cut. */
export function formatValue(value: unknown): string {
  let s: string;
  if (value === undefined) return '(ไม่มี / nothing)';
  if (value instanceof Date) s = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  else if (typeof value === 'string') s = showInvisible(JSON.stringify(value));
  else if (typeof value === 'number') s = String(value);
  else {
    try {
      s = JSON.stringify(value) ?? typeof value;
    } catch {
      s = typeof value;
    }
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
