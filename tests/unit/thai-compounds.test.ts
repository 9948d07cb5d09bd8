// Thai compound words that ICU splits ("งบ|ประมาณ") are kept whole: in the words a reader sees, in
// chart labels, and in the built pages (the build wraps them in an unbreakable span).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { keepCompoundsWhole, readerWords, siteCompounds, THAI_COMPOUNDS } from '../../src/lib/thai/words';
import { wrapLabel } from '../../src/lib/thai/wrap-label';
import { keepCompoundsInHtml } from '../../scripts/lib/thai-compounds.mjs';
import { MAX_PHRASE, spacingLength, thaiPhrases } from '../../src/lib/thai/phrases';

const icuWords = (text: string) =>
  Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(text), (s) => s.segment);

describe('readerWords', () => {
  it('joins the compounds ICU splits, and gives the text back', () => {
    expect(icuWords('การใช้งบประมาณของหน่วยงานภาครัฐ')).toEqual([
      'การ',
      'ใช้',
      'งบ',
      'ประมาณ',
      'ของ',
      'หน่วย',
      'งาน',
      'ภาค',
      'รัฐ',
    ]);
    expect(readerWords('การใช้งบประมาณของหน่วยงานภาครัฐ', THAI_COMPOUNDS)).toEqual([
      'การ',
      'ใช้',
      'งบประมาณ',
      'ของ',
      'หน่วยงาน',
      'ภาครัฐ',
    ]);
    expect(readerWords('ข้อมูลการติดต่อและช่องทางการสอบถาม', THAI_COMPOUNDS).join('')).toBe('ข้อมูลการติดต่อและช่องทางการสอบถาม');
    expect(readerWords('ข้อมูลการติดต่อและช่องทางการสอบถาม', THAI_COMPOUNDS)).toContain('ช่องทาง');
  });

  it('lists only compounds that ICU does split (a listed word ICU keeps whole would do nothing)', () => {
    expect(THAI_COMPOUNDS.filter((c) => icuWords(c).length < 2)).toEqual([]);
  });

  it('finds a compound right after an abbreviation that ICU reads with it ("ทต.บ้านนา|เหนือ")', () => {
    const compounds = siteCompounds(['บ้านนาเหนือ']);
    expect(icuWords('ติดต่อ ทต.บ้านนาเหนือ')).toEqual(['ติดต่อ', ' ', 'ทต.บ้านนา', 'เหนือ']);
    expect(readerWords('ติดต่อ ทต.บ้านนาเหนือ', compounds)).toEqual(['ติดต่อ', ' ', 'ทต.', 'บ้านนาเหนือ']);
    expect(readerWords('ติดต่อ ทต.บ้านนาเหนือ', THAI_COMPOUNDS)).toEqual(['ติดต่อ', ' ', 'ทต.บ้านนา', 'เหนือ']);
    // Thai letters after a full stop are not cut where no compound starts ("พ.ศ." stays whole).
    expect(readerWords('ปี พ.ศ.2566', compounds)).toEqual(icuWords('ปี พ.ศ.2566'));
  });

  it('keeps the words of an organization whole once they are among the compounds of its site', () => {
    const compounds = siteCompounds(['บ้านนาเหนือ', 'กองการศึกษา']);
    expect(readerWords('กองการศึกษาเทศบาลตำบลบ้านนาเหนือ', THAI_COMPOUNDS)).not.toContain('กองการศึกษา');
    expect(readerWords('กองการศึกษาเทศบาลตำบลบ้านนาเหนือ', compounds)).toEqual([
      'กองการศึกษา',
      'เทศบาล',
      'ตำบล',
      'บ้านนาเหนือ',
    ]);
  });
});

describe('siteCompounds', () => {
  it('adds to THAI_COMPOUNDS the words of the organization that ICU splits, each once', () => {
    // "บ้านนา" is one ICU word, "Ban Na" is not Thai, "งบประมาณ" is listed already.
    const compounds = siteCompounds(['บ้านนาเหนือ', 'บ้านนา', 'กองช่าง', 'Ban Na', 'งบประมาณ', 'กองช่าง']);
    expect(compounds.slice(0, THAI_COMPOUNDS.length)).toEqual(THAI_COMPOUNDS);
    expect(compounds.slice(THAI_COMPOUNDS.length)).toEqual(['บ้านนาเหนือ', 'กองช่าง']);
    expect(siteCompounds([])).toEqual(THAI_COMPOUNDS);
  });

  it('gives the same list for the same words (its index is built once)', () => {
    expect(siteCompounds(['กองช่าง'])).toBe(siteCompounds(['กองช่าง']));
  });
});

describe('keepCompoundsWhole and the built pages', () => {
  const span = (w: string) => `<span class="tw">${w}</span>`;

  it('wraps each compound of a text, and nothing in a text without Thai', () => {
    expect(keepCompoundsWhole('การใช้งบประมาณ (ITA)', span, THAI_COMPOUNDS)).toBe(
      'การใช้<span class="tw">งบประมาณ</span> (ITA)',
    );
    expect(keepCompoundsWhole('O21 & budget', span, THAI_COMPOUNDS)).toBe('O21 & budget');
  });

  it('keeps the Thai phrases of a page whole (src/lib/thai/phrases.ts)', () => {
    const page =
      '<html lang="th"><head><title>กองช่าง</title></head><body><p>ผู้มีส่วนได้ส่วนเสียและงบประมาณ</p></body></html>';
    expect(keepCompoundsInHtml(page)).toBe(
      page.replace(
        '<p>ผู้มีส่วนได้ส่วนเสียและงบประมาณ</p>',
        '<p><span class="tw">ผู้มีส่วนได้ส่วนเสีย</span><span class="tw">และงบประมาณ</span></p>',
      ),
    );
  });

  it('changes only body text: not the title, attributes, scripts or the raw text of <svg>', () => {
    const html =
      '<html><head><title>งบประมาณ</title></head><body><h1 data-x="a > หน่วยงาน">การใช้งบประมาณ</h1>' +
      '<script>const s = "หน่วยงาน";</script><!-- หน่วยงาน --><svg><text>ภาครัฐ</text></svg><p>หน่วยงานภาครัฐ</p></body></html>';
    expect(keepCompoundsInHtml(html)).toBe(
      '<html><head><title>งบประมาณ</title></head><body><h1 data-x="a > หน่วยงาน"><span class="tw">การใช้งบประมาณ</span></h1>' +
        '<script>const s = "หน่วยงาน";</script><!-- หน่วยงาน --><svg><text>ภาครัฐ</text></svg><p><span class="tw">หน่วยงานภาครัฐ</span></p></body></html>',
    );
  });
});

describe('Thai phrases (thaiPhrases)', () => {
  const phrases = (text: string) => thaiPhrases(text).map((p) => p.text);

  it('keeps whole the compounds ICU splits that issue 23 found broken on pages', () => {
    for (const word of [
      'ผู้มีส่วนได้ส่วนเสีย',
      'ทำความสะอาด',
      'มีส่วนร่วม',
      'ประพฤติมิชอบ',
      'สิ้นสุด',
      'อินโฟกราฟฟิก',
      'ข้อเสนอแนะ',
      'หลักฐาน',
      'แบบฟอร์ม',
      'เฉพาะเจาะจง',
      'ร้องเรียน',
      'จัดซื้อจัดจ้าง',
      'หน่วยงานภาครัฐ',
    ]) {
      expect(icuWords(word).length, word).toBeGreaterThan(1);
      expect(
        phrases(`การ${word}ของประชาชน`).some((p) => p.includes(word)),
        word,
      ).toBe(true);
    }
  });

  it('breaks before grammatical words, at spaces and punctuation, and gives the text back', () => {
    const text = 'การจัดซื้อจัดจ้างในหน่วยงานภาครัฐ (ITA 2569) และข้อเสนอแนะ';
    expect(phrases(text)).toEqual([
      'การจัดซื้อจัดจ้าง',
      'ในหน่วยงานภาครัฐ',
      ' ',
      '(',
      'ITA',
      ' ',
      '2569',
      ')',
      ' ',
      'และข้อเสนอแนะ',
    ]);
    expect(phrases(text).join('')).toBe(text);
  });

  it('keeps a name whole after an abbreviation ICU reads with it ("อบต.โคก|ก่อ")', () => {
    expect(phrases('ติดต่อ อบต.โคกก่อ')).toEqual(['ติดต่อ', ' ', 'อบต', '.', 'โคกก่อ']);
  });

  it(`never makes a phrase wider than ${MAX_PHRASE} characters that take space`, () => {
    const long = 'ประพฤติมิชอบ'.repeat(6);
    expect(phrases(long).join('')).toBe(long);
    expect(Math.max(...phrases(long).map(spacingLength))).toBeLessThanOrEqual(MAX_PHRASE);
  });

  it('counts the Thai marks above and below a consonant as no width', () => {
    expect(spacingLength('ผู้มีส่วนได้ส่วนเสีย')).toBe(13);
    expect(spacingLength('ซ่อมถนนลูกรังสายบ้านโคกก่อ')).toBe(21);
    expect(phrases('ซ่อมถนนลูกรังสายบ้านโคกก่อ').length).toBeGreaterThan(1);
  });
});

describe('chart labels (wrapLabel)', () => {
  const names = readdirSync('nacc/ita/frameworks').flatMap((file) => {
    const fw = loadYaml(`nacc/ita/frameworks/${file}`) as { indicators: { number: number; name: string }[] };
    return fw.indicators.map((i) => `${i.number}. ${i.name}`);
  });

  it('wraps every indicator name of every framework without splitting a listed compound', () => {
    expect(names.length).toBeGreaterThan(40);
    const split: string[] = [];
    for (const name of names) {
      for (const width of [14, 22, 40]) {
        const lines = wrapLabel(name, width, THAI_COMPOUNDS);
        for (let i = 0; i + 1 < lines.length; i++) {
          const joined = lines[i]! + lines[i + 1]!;
          const at = lines[i]!.length;
          for (const c of THAI_COMPOUNDS) {
            for (let k = joined.indexOf(c); k !== -1; k = joined.indexOf(c, k + 1))
              if (k < at && k + c.length > at) split.push(`${name} @${width}: ${lines[i]} | ${lines[i + 1]}`);
          }
        }
      }
    }
    expect(split).toEqual([]);
    expect(wrapLabel('2. การใช้งบประมาณ', 14, THAI_COMPOUNDS)).toEqual(['2. การใช้', 'งบประมาณ']);
  });
});
