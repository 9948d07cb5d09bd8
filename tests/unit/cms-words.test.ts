// What the admin page says to a clerk (src/lib/cms/words.ts): a refused field in the form's Thai words,
// months by their Thai names, the CMS's Thai phrases corrected.
import { describe, expect, it } from 'vitest';
import { cmsCollections } from '../../src/lib/cms/config';
import { fieldWords, monthWords, THAI_PHRASES, withPhrases } from '../../src/lib/cms/words';
import { CONTENT_COLLECTIONS } from '../../src/schemas/collections';

const procurement = cmsCollections(CONTENT_COLLECTIONS).find((c) => c.name === 'procurement')!;
const fields = procurement.fields!;

describe('a field of a refused save in the form’s words', () => {
  it('names a top-level field by its label', () => {
    expect(fieldWords(fields, 'month')).toBe('เดือน ค.ศ.-เดือน');
  });

  it('names a list entry by its number counted from 1, never rows.0', () => {
    const words = fieldWords(fields, 'rows.0.winner.price');
    expect(words).toMatch(/^รายการจัดซื้อจัดจ้างของเดือน รายการที่ 1 › .+ › .+$/);
    expect(words).not.toMatch(/rows|\.0|winner|price/);
    expect(fieldWords(fields, 'rows.2.bids.1.name')).toMatch(/^รายการจัดซื้อจัดจ้างของเดือน รายการที่ 3 › .+ รายการที่ 2 › .+$/);
  });

  it('says what the form does not know as it is (a line, the whole file)', () => {
    expect(fieldWords(fields, '(ทั้งไฟล์ / whole file)')).toBe('(ทั้งไฟล์ / whole file)');
    expect(fieldWords(fields, 'บรรทัด 3 / line 3')).toBe('บรรทัด 3 / line 3');
  });
});

describe('months and phrases', () => {
  it('names a month of the procurement list in Thai with its file name', () => {
    expect(monthWords('2024-10')).toBe('ตุลาคม 2567 (2024-10)');
    expect(monthWords('2569-11')).toBeUndefined();
    expect(monthWords('x')).toBeUndefined();
  });

  it('replaces the misspelt and the tofu phrases, keeping every other phrase', () => {
    const base = {
      editor: { editorToolbar: { changesSaved: 'การเปลี่ยนเปลงถูกบันทึกแล้ว', publish: 'เผยแพร่' } },
      collection: { collectionTop: { newButton: '＋ %{collectionLabel}', sortBy: 'จัดเรียงตาม' } },
    };
    const merged = withPhrases(base) as typeof base;
    expect(merged.editor.editorToolbar).toEqual({
      changesSaved: 'ไม่มีการแก้ไขที่ยังไม่ได้บันทึก',
      unsavedChanges: 'มีการแก้ไขที่ยังไม่ได้บันทึก',
      publish: 'เผยแพร่',
    });
    expect(merged.collection.collectionTop.newButton).toBe('เพิ่ม%{collectionLabel}ใหม่');
    expect(merged.collection.collectionTop.sortBy).toBe('จัดเรียงตาม');
    expect(JSON.stringify(THAI_PHRASES)).not.toMatch(/＋|เปลี่ยนเปลง/);
    expect(base.editor.editorToolbar.changesSaved).toBe('การเปลี่ยนเปลงถูกบันทึกแล้ว');
  });

  it('marks the example’s entries in the lists', () => {
    expect(procurement.summary).toBe("{{fields.month}}{{fields.example | ternary(' · ข้อมูลตัวอย่าง', '')}}");
  });
});
