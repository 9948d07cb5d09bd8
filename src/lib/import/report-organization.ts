/**
 * Whose report it is: a report that names another organization (องค์การบริหารส่วนตำบลตัวอย่าง imported
 * into the site of อบต.โคกก่อ) is refused, quoting the line and the name found, before its scores and
 * its meeting are written as this organization's.
 */
import { ReportError } from './report-error';
import type { ReportLine } from './report';
import { isHeaderRow } from './report-text';

/** The kinds of local government as reports name them, each short form with its full form. */
const KINDS: readonly (readonly [string, string])[] = [
  ['องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนตำบล'],
  ['องค์การบริหารส่วนจังหวัด', 'องค์การบริหารส่วนจังหวัด'],
  ['เทศบาลตำบล', 'เทศบาลตำบล'],
  ['เทศบาลเมือง', 'เทศบาลเมือง'],
  ['เทศบาลนคร', 'เทศบาลนคร'],
  ['อบต.', 'องค์การบริหารส่วนตำบล'],
  ['อบจ.', 'องค์การบริหารส่วนจังหวัด'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A kind, then (after at most one space) the Thai letters of the name; Thai runs words together. */
const NAMED = new RegExp(`(${KINDS.map(([k]) => escape(k)).join('|')})[ \\t]?([\\u0E01-\\u0E4E]+)`, 'g');

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** An organization named in a line: its full kind and the letters after it (which may run into the next word). */
function namesIn(text: string): { kind: string; rest: string; written: string }[] {
  return [...text.matchAll(NAMED)].map((m) => {
    const short = m[1]!;
    const kind = KINDS.find(([k]) => k === short)![1];
    return { kind, rest: m[2]!, written: m[0].trim() };
  });
}

/**
 * Refuses a report that says it is another organization's than `name` (organization.yaml's): the first
 * line naming one, quoted, with the name as written. Read are the lines that say whose report it is: the
 * title, the scores and the meeting, up to the measures table, whose cells may quote a neighbour's
 * practice ("… เว็บไซต์ของหน่วยงาน อบต.หลักด่าน" in the seed). A name written with a space
 * ("องค์การบริหารส่วนตำบล โคกก่อ") or in short ("อบต.โคกก่อ") is the same organization.
 */
export function refuseOtherOrganization(lines: readonly ReportLine[], name: string): void {
  const ours = squeeze(name);
  const kind = KINDS.find(([k]) => ours.startsWith(k));
  const table = lines.findIndex((l) => isHeaderRow(l.text));
  for (const line of table < 0 ? lines : lines.slice(0, table)) {
    for (const found of namesIn(line.text)) {
      // Thai writes no space between words: the letters after the kind start with our name's own part.
      if (kind && found.kind === kind[1] && found.rest.startsWith(ours.slice(kind[0].length))) continue;
      const shown = found.written.length > 60 ? `${found.written.slice(0, 60)}…` : found.written;
      throw new ReportError(
        `รายงานนี้ระบุชื่อหน่วยงานอื่น "${shown}" ไม่ใช่ "${name}" (ชื่อใน organization.yaml): นำเข้าได้เฉพาะรายงานของหน่วยงานนี้ ถ้าเป็นรายงานของหน่วยงานนี้จริงแต่เขียนชื่อต่างกัน ให้แก้ชื่อในไฟล์รายงานให้ตรงกับ name ใน organization.yaml`,
        `the report names another organization ("${shown}"), not "${name}" (organization.yaml): import only this organization's report, or correct the name in the report file`,
        line,
      );
    }
  }
}
