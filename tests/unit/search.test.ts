// Thai word boundaries and query normalization shared by the indexer and the search page.
import { describe, expect, it } from 'vitest';
import { segmentThai, thaiSubwords, WORD_BREAK } from '../../src/lib/thai/words';
import { normalizeQuery, sortOption } from '../../src/lib/search/ui';

describe('segmentThai', () => {
  it('splits Thai runs into dictionary words and leaves other text alone', () => {
    expect(segmentThai('การใช้ทรัพย์สินของราชการ', '|')).toBe('การ|ใช้|ทรัพย์สิน|ของ|ราชการ');
    expect(segmentThai('ผลการประเมิน ITA ปี 2566', '|')).toBe('ผล|การ|ประเมิน ITA ปี 2566');
    expect(segmentThai('E-Service 2567')).toBe('E-Service 2567');
  });

  it('separates with an invisible zero-width space by default', () => {
    expect(segmentThai('คะแนนรวม')).toBe(`คะแนน${WORD_BREAK}รวม`);
    expect(WORD_BREAK).toBe('\u200b');
  });
});

describe('thaiSubwords', () => {
  it('finds words inside a longer dictionary word', () => {
    const words = thaiSubwords('แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ');
    expect(words).toContain('งบ');
    expect(words).toContain('ประมาณ');
  });

  it('adds nothing for short words', () => {
    expect(thaiSubwords('การ ใช้ ของ')).toEqual([]);
  });
});

describe('normalizeQuery', () => {
  it('splits Thai words as the index does, with Arabic digits', () => {
    expect(normalizeQuery('งบประมาณ ๒๕๖๗')).toBe('งบ ประมาณ 2567');
    expect(normalizeQuery('  ปฏิบัติหน้าที่ ')).toBe('ปฏิบัติ หน้าที่');
    expect(normalizeQuery('E-Service')).toBe('E-Service');
  });

  it('is stable: a normalized query normalizes to itself', () => {
    const once = normalizeQuery('ผลการประเมิน ITA ๒๕๖๖');
    expect(once).toBe('ผล การ ประเมิน ITA 2566');
    expect(normalizeQuery(once)).toBe(once);
  });
});

describe('sortOption', () => {
  it('turns a select value into a Pagefind sort, or relevance', () => {
    expect(sortOption('date:desc')).toEqual({ date: 'desc' });
    expect(sortOption('date:asc')).toEqual({ date: 'asc' });
    expect(sortOption('')).toEqual({});
    expect(sortOption('date:sideways')).toEqual({});
  });
});
