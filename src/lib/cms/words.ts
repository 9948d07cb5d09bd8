/**
 * What the admin page says to a clerk in Thai words (pure, used by src/client/admin.ts): a field of a
 * form named by its labels instead of its path ("rows.0.winner.price"), a month by its Thai name, and
 * the CMS's own Thai phrases corrected where they are misspelt or misleading.
 */
import type { CmsField } from './fields';
import { formatThaiMonth } from '../thai/format';

/**
 * A field path of the check ("rows.0.winner.price") in the form's words: the labels of the fields on the
 * way, with a list entry's number counted from 1 ("รายการจัดซื้อจัดจ้างของเดือน รายการที่ 1 › ผู้ได้รับคัดเลือก › ราคา").
 * A part the form does not know (a line of the file, the whole file) is said as it is.
 */
export function fieldWords(fields: readonly CmsField[], path: string): string {
  const parts = path.split('.');
  if (!parts.length || !fields.some((f) => f.name === parts[0])) return path;
  const words: string[] = [];
  let level: readonly CmsField[] | undefined = fields;
  let list: CmsField | undefined;
  for (const part of parts) {
    if (/^\d+$/.test(part) && list) {
      words[words.length - 1] += ` รายการที่ ${Number(part) + 1}`;
      const item: CmsField | undefined = list.field;
      level = list.fields ?? item?.fields;
      list = undefined;
      continue;
    }
    const field = level?.find((f) => f.name === part);
    if (!field) {
      words.push(part);
      level = undefined;
      continue;
    }
    words.push(field.label);
    if (field.widget === 'list') list = field;
    level = field.fields;
  }
  return words.join(' › ');
}

/** A month of a file name ("2024-10") in Thai words with the month it names: "ตุลาคม 2567 (2024-10)". */
export function monthWords(month: string): string | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m || Number(m[1]) > 2400) return undefined;
  return `${formatThaiMonth(month)} (${month})`;
}

type Phrases = { [key: string]: string | Phrases };

/** The CMS's Thai phrases the admin page replaces (decap-cms-locales' th, as of decap-cms 3.16). */
export const THAI_PHRASES: Phrases = {
  collection: {
    sidebar: { searchIn: 'ค้นหาใน' },
    // "＋ เดือน": the full-width plus is not in the page's fonts (a box on screen).
    // Its accessible name says what it shows.
    collectionTop: { newButton: 'เพิ่ม%{collectionLabel}ใหม่', newButtonAriaLabel: 'เพิ่ม%{collectionLabel}ใหม่' },
    entries: { loadingEntries: 'กำลังโหลดเนื้อหา...' },
  },
  editor: {
    editorToolbar: {
      // Shown whenever the form holds nothing unsaved, before any save too ("การเปลี่ยนเปลงถูกบันทึกแล้ว").
      changesSaved: 'ไม่มีการแก้ไขที่ยังไม่ได้บันทึก',
      unsavedChanges: 'มีการแก้ไขที่ยังไม่ได้บันทึก',
    },
  },
  ui: {
    toast: {
      // The reasons stay on the page, beside each field (src/client/admin.ts), not in a toast that vanishes.
      onFailToPersist: 'บันทึกไม่ได้: ดูข้อความสีแดงในแบบฟอร์ม',
    },
  },
};

/** The phrases with the replacements laid over them (a new object; neither is changed). */
export function withPhrases(base: Phrases, over: Phrases = THAI_PHRASES): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'string' || typeof current !== 'object' ? value : withPhrases(current, value);
  }
  return out;
}
