/**
 * Where a line of Thai may break. Browsers break Thai between the words of ICU's dictionary, which
 * splits compounds ("ผู้|มี|ส่วน|ได้|ส่วน|เสีย", "ทำความ|สะอาด", "หลัก|ฐาน"): no dictionary holds every
 * compound staff will write, so the pages break between phrases instead. A phrase is a run of ICU words
 * that ends only before one of Thai's grammatical words (PHRASE_STARTS: conjunctions, prepositions,
 * nominalizers, auxiliaries — a closed class, so the list is complete in a way no list of compounds can
 * be), at a space, punctuation or any character that is not Thai, or where it would grow longer than
 * MAX_PHRASE characters (then it breaks at ICU's words, so a long run never overflows a phone's line).
 * The build keeps each phrase of two or more words on one line (scripts/lib/thai-compounds.mjs);
 * the line-break scan (tests/browser/line-breaks.test.ts) checks it on every page.
 * Pure and shared with the build (Node strips the types): plain TypeScript only.
 */

/**
 * Grammatical words a new phrase may start with. Only words ICU keeps apart and that do not end
 * common compounds ICU splits: "ที่" (เจ้าหน้า|ที่, วัน|ที่), "ต่อ" (ติด|ต่อ), "ตาม" (ติด|ตาม) and
 * "ได้" (ผู้มีส่วน|ได้|ส่วนเสีย) are left out.
 */
export const PHRASE_STARTS: ReadonlySet<string> = new Set([
  'และ',
  'หรือ',
  'แต่',
  'กับ',
  'แก่',
  'ของ',
  'ใน',
  'จาก',
  'ถึง',
  'โดย',
  'เพื่อ',
  'ให้',
  'ว่า',
  'เมื่อ',
  'หาก',
  'ถ้า',
  'จึง',
  'ซึ่ง',
  'อัน',
  'คือ',
  'เป็น',
  'การ',
  'ความ',
  'ทั้ง',
  'ทุก',
  'แห่ง',
  'สำหรับ',
  'ระหว่าง',
  'เกี่ยวกับ',
  'ตั้งแต่',
  'ไม่',
  'จะ',
  'ต้อง',
  'ด้วย',
  'เช่น',
  'ได้แก่',
  'พร้อม',
  'รวมถึง',
]);

/**
 * The widest phrase kept on one line, in characters that take space (Thai vowel and tone marks above and
 * below a consonant take none): ผู้มีส่วนได้ส่วนเสีย has 13. A phrase of 21 (ซ่อมถนนลูกรังสายบ้านโคกก่อ) did
 * not fit a 360 px line in a page heading.
 */
export const MAX_PHRASE = 18;

/** Thai marks drawn above or below the consonant before them: they add no width to a line. */
const ZERO_WIDTH_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** How many characters of a text take space on a line. */
export const spacingLength = (text: string) => text.replace(ZERO_WIDTH_MARKS, '').length;

const THAI_WORD = /^[\u0E00-\u0E7F]+$/;
const HAS_THAI = /[\u0E00-\u0E7F]/;

let segmenter: Intl.Segmenter | undefined;

/** ICU's words of a text (Intl.Segmenter, Thai). */
export function icuWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * A text cut into pieces a line may break between: Thai phrases (see above) and everything else as it
 * comes (spaces, punctuation, Latin words). Joined, the pieces give the text back. `words` says how many
 * ICU words a Thai phrase holds (0 for anything else).
 */
export function thaiPhrases(text: string): { text: string; words: number }[] {
  const out: { text: string; words: number }[] = [];
  let phrase = '';
  let count = 0;
  const close = () => {
    if (phrase) out.push({ text: phrase, words: count });
    phrase = '';
    count = 0;
  };
  // ICU may read an abbreviation with the word after it ("อบต.โคก|ก่อ"): its Thai and other runs go apart.
  const pieces = icuWords(text).flatMap((w) =>
    THAI_WORD.test(w) ? [w] : w.split(/([\u0E00-\u0E7F]+)/).filter(Boolean),
  );
  for (const word of pieces) {
    if (!THAI_WORD.test(word)) {
      close();
      out.push({ text: word, words: 0 });
      continue;
    }
    // A one-letter piece (ๆ, ฯ, a lone consonant) stays with the word before it.
    const starts =
      count > 0 &&
      word.length > 1 &&
      (PHRASE_STARTS.has(word) || spacingLength(phrase) + spacingLength(word) > MAX_PHRASE);
    if (starts) close();
    phrase += word;
    count++;
  }
  close();
  return out;
}

/**
 * Text with each Thai phrase of two or more ICU words passed through `wrap` (the build wraps it in a
 * span kept on one line); everything else unchanged.
 */
export function keepPhrasesWhole(text: string, wrap: (phrase: string) => string): string {
  if (!HAS_THAI.test(text)) return text;
  return thaiPhrases(text)
    .map((p) => (p.words > 1 ? wrap(p.text) : p.text))
    .join('');
}
