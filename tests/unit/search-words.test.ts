import { describe, expect, it } from 'vitest';
import { findNamedPages, namedPages } from '../../src/lib/search/names';
import { resultSummary, searchingSummary, visibleExcerpt, wordMarks } from '../../src/lib/search/ui';
import { mainNavigation } from '../../src/lib/site/navigation';
import { THAI_COMPOUNDS } from '../../src/lib/thai/words';
import { oitItem } from '../helpers/oit';
import type { OitFramework } from '../../src/schemas/oit';

const m = (text: string) => ({ text, marked: true });
const t = (text: string) => ({ text, marked: false });

describe('wordMarks: highlights on whole words', () => {
  it('widens a mark on a piece of a compound to the whole word', () => {
    expect(wordMarks([t('แผนการใช้จ่าย'), m('งบ'), t('\u200bประมาณประจำปี')], '', THAI_COMPOUNDS)).toEqual([
      t('แผนการใช้จ่าย'),
      m('งบประมาณ'),
      t('ประจำปี'),
    ]);
  });

  it('merges the marks of a query split into words, and the space between two marked words', () => {
    expect(
      wordMarks(
        [t('ดู'), m('ผล'), t('\u200b'), m('การ'), t('\u200b'), m('ประเมิน'), t(' '), m('ITA'), t(' ปี 2566')],
        '',
        THAI_COMPOUNDS,
      ),
    ).toEqual([t('ดู'), m('ผลการประเมิน ITA'), t(' ปี 2566')]);
  });

  it('drops a mark that holds none of the words typed, unless none would be left', () => {
    const pieces = [m('ผล'), m('การ'), m('ประเมิน'), t(' และ'), m('การ'), t('นำ')];
    expect(wordMarks(pieces, 'ผลการประเมิน', THAI_COMPOUNDS)).toEqual([m('ผลการประเมิน'), t(' และการนำ')]);
    expect(wordMarks([m('การ'), t('นำ')], 'ผลการประเมิน', THAI_COMPOUNDS)).toEqual([m('การนำ')]);
    expect(wordMarks([m('2566')], '๒๕๖๖', THAI_COMPOUNDS)).toEqual([m('2566')]);
  });

  it('leaves an excerpt without marks as its text, zero-width spaces dropped', () => {
    expect(wordMarks([t('ข้อมูล\u200bเปิด')], '', THAI_COMPOUNDS)).toEqual([t('ข้อมูลเปิด')]);
  });
});

describe('searchingSummary', () => {
  it('says it is searching for the query as typed, and nothing without a query', () => {
    expect(searchingSummary(' ผลการประเมิน ')).toBe('กำลังค้นหา “ผลการประเมิน”…');
    expect(searchingSummary('  ')).toBe('');
  });
});

describe('resultSummary', () => {
  it('says how many results for the query as typed, never split into words', () => {
    expect(resultSummary(12, ' ผลการประเมิน ')).toBe('พบ 12 รายการสำหรับ “ผลการประเมิน”');
    expect(resultSummary(0, 'xyz')).toBe('ไม่พบผลการค้นหาสำหรับ “xyz”');
    expect(resultSummary(3, '')).toBe('');
  });
});

describe('best bets for codes, sections and words of names', () => {
  const framework = (year: number, items: ReturnType<typeof oitItem>[]) =>
    ({ year, items, subIndicators: [], source: 'ทดสอบ' }) as unknown as OitFramework;
  const frameworks = [
    framework(2569, [
      oitItem('O21', 'complaint-guideline', '9.5', { title: 'แนวปฏิบัติการจัดการเรื่องร้องเรียน' }),
      oitItem('O22', 'complaint-channel', '9.5', { title: 'ช่องทางแจ้งเรื่องร้องเรียน' }),
      oitItem('O23', 'complaint-statistics', '9.5', { title: 'ข้อมูลสถิติเรื่องร้องเรียน' }),
    ]),
    framework(2566, [oitItem('O21', 'procurement-monthly-summary', '9.3', { title: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน' })]),
  ];
  const pages = namedPages([], frameworks, mainNavigation);

  it('answers an OIT code with the item the newest framework numbers so, named, in any case', () => {
    expect(findNamedPages(pages, 'O21', THAI_COMPOUNDS)).toEqual({
      exact: true,
      pages: [
        {
          name: 'O21',
          label: 'O21 แนวปฏิบัติการจัดการเรื่องร้องเรียน',
          path: '/oit/items/complaint-guideline/',
          type: 'รายการ OIT ITA 2569',
        },
      ],
    });
    expect(findNamedPages(pages, 'o22', THAI_COMPOUNDS)?.pages[0]?.path).toBe('/oit/items/complaint-channel/');
  });

  it('answers a section name or one of its other names with the section', () => {
    expect(findNamedPages(pages, 'จัดซื้อ', THAI_COMPOUNDS)?.pages).toEqual([
      { name: 'จัดซื้อ', label: 'จัดซื้อจัดจ้าง', path: '/procurement/', type: 'หมวด' },
    ]);
    expect(findNamedPages(pages, 'มาตรการ', THAI_COMPOUNDS)?.pages[0]?.path).toBe('/measures/');
  });

  it('offers the pages whose names hold a word, the shortest name first', () => {
    expect(findNamedPages(pages, 'ร้องเรียน', THAI_COMPOUNDS)).toEqual({
      exact: false,
      pages: [
        { name: 'ช่องทางแจ้งเรื่องร้องเรียน', path: '/oit/items/complaint-channel/', type: 'รายการ OIT' },
        { name: 'ข้อมูลสถิติเรื่องร้องเรียน', path: '/oit/items/complaint-statistics/', type: 'รายการ OIT' },
        { name: 'แนวปฏิบัติการจัดการเรื่องร้องเรียน', path: '/oit/items/complaint-guideline/', type: 'รายการ OIT' },
      ],
    });
    // Not a piece of a word, and not a word too short to mean much.
    expect(findNamedPages(pages, 'เรียน', THAI_COMPOUNDS)).toBeUndefined();
    expect(findNamedPages(pages, 'การ', THAI_COMPOUNDS)).toBeUndefined();
  });
});

describe('visibleExcerpt', () => {
  const content = '⁂ แผนการใช้จ่าย O6 ⁂ แผนการใช้จ่ายปีงบประมาณ 2569 ของ อบต. ⁂ O6 งบ ประมาณ ยงาน งาน';
  it("keeps Pagefind's excerpt when it is all visible text", () => {
    expect(visibleExcerpt('แผนการใช้จ่าย<mark>ปี</mark>', content, 'ปี')).toBe('แผนการใช้จ่าย<mark>ปี</mark>');
  });
  it('keeps the visible part of an excerpt that runs into hidden words', () => {
    expect(visibleExcerpt('2569 ของ <mark>อบต.</mark> ⁂ O6 งบ', content, 'อบต.')).toBe('…2569 ของ <mark>อบต.</mark>…');
    expect(visibleExcerpt('⁂ <mark>แผน</mark>การใช้จ่าย O6 ⁂ <mark>แผน</mark>การ', content, 'แผน')).toBe(
      '…<mark>แผน</mark>การ…',
    );
  });
  it('writes the excerpt from the visible text when the match was a hidden piece of a word', () => {
    expect(visibleExcerpt('O6 <mark>งบ</mark> <mark>ประมาณ</mark> ยงาน', content, 'งบประมาณ')).toBe(
      'แผนการใช้จ่ายปี<mark>งบประมาณ</mark> 2569 ของ อบต.',
    );
  });
});
