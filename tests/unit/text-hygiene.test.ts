// Text hygiene: the characters that make a name, a title, a slug or an address read as something else,
// found with their code point, Unicode name and position; Thai text and plain addresses pass.
import { describe, expect, it } from 'vitest';
import { findSpoofing, showInvisible } from '../../src/lib/content-check/text-hygiene';
import { cleanText, slug, webUrl } from '../../src/schemas/common';

describe('findSpoofing', () => {
  it('finds every bidi control, naming it and counting characters from 1', () => {
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]) {
      const found = findSpoofing(`ab${String.fromCodePoint(cp)}c`);
      expect(found?.kind, cp.toString(16)).toBe('bidi');
      expect(found?.position).toBe(3);
      expect(found?.char).toBe(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(findSpoofing('txt.\u202Eexe')).toEqual({
      kind: 'bidi',
      char: 'U+202E',
      name: 'RIGHT-TO-LEFT OVERRIDE',
      position: 5,
    });
  });

  it('finds zero-width characters, a byte-order mark inside text included', () => {
    for (const cp of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad])
      expect(findSpoofing(`ก${String.fromCodePoint(cp)}ข`)?.kind, cp.toString(16)).toBe('invisible');
    expect(findSpoofing('องค์การบริหาร\u200Bส่วนตำบล')).toEqual({
      kind: 'invisible',
      char: 'U+200B',
      name: 'ZERO WIDTH SPACE',
      position: 14,
    });
  });

  it('finds a Cyrillic or Greek look-alike in a word with Latin letters, with the word', () => {
    expect(findSpoofing('https://www.b\u0430nmai.go.th')).toEqual({
      kind: 'mixed-script',
      char: 'U+0430',
      name: 'CYRILLIC SMALL LETTER A',
      position: 14,
      word: 'b\u0430nmai',
    });
    expect(findSpoofing('servic\u03b5-plan')?.name).toBe('GREEK SMALL LETTER EPSILON');
    // A letter not in the table of look-alikes is still named by its script.
    expect(findSpoofing('ab\u0436')?.name).toBe('CYRILLIC LETTER');
  });

  it('passes Thai, Latin, digits, Thai mixed with Latin, and a word wholly in another script', () => {
    for (const value of [
      'องค์การบริหารส่วนตำบลโคกก่อ',
      'อบต.โคกก่อ ซ่อมถนนลูกรังสายบ้านโคกก่อ–บ้านหนองแวงแล้วเสร็จ',
      'Khok Ko Subdistrict Administrative Organization',
      'ITAปี2566',
      'https://www.khokko.go.th/news?q=ข่าว',
      'contact@example.org',
      'budget-use',
      'Москва',
      'αβγ',
      '๑ ต.ค. ๒๕๖๖',
    ])
      expect(findSpoofing(value), value).toBeUndefined();
  });

  it('shows the invisible characters of a value as escapes, and nothing else', () => {
    expect(showInvisible('a\u202Eb\u200Bc ก')).toBe('a\\u202Eb\\u200Bc ก');
  });
});

describe('the fields that refuse them', () => {
  it('give one message, the real cause, before their own format checks', () => {
    const issues = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];
    expect(issues(slug.safeParse('budget\u200B-use'))).toEqual([expect.stringContaining('U+200B')]);
    expect(issues(webUrl.safeParse('https://www.kh\u043ekko.go.th'))).toEqual([expect.stringContaining('U+043E')]);
    expect(issues(cleanText.safeParse('ชื่อ\u202E'))).toEqual([expect.stringContaining('U+202E')]);
    expect(cleanText.safeParse(' อบต.โคกก่อ ').data).toBe('อบต.โคกก่อ');
  });
});
