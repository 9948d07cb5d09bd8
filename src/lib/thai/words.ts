// Thai word boundaries for the search index and for queries, from the ICU dictionary behind
// Intl.Segmenter (Node and browsers ship it). Thai is written without spaces between words.
// Pagefind 1.6's own Thai segmentation splits common words into pieces ("ผลการประเมิน" →
// "ผลก|า|รป|ระ|เมิน"), so the indexer marks the boundaries itself with zero-width spaces, which
// Pagefind keeps as boundaries, and the search page splits queries the same way.
// Shared by the search indexer (scripts/search-index.mjs, which Node runs with its type stripping) and
// the search page, so it uses only TypeScript that Node can erase (no enums, no namespaces).

/** Separates Thai words in indexed text: invisible, and a word boundary for Pagefind. */
export const WORD_BREAK = '\u200b';

const THAI_RUN = /[\u0E00-\u0E7F]+/g;
const HAS_THAI = /[\u0E00-\u0E7F]/;
const THAI_START = /^[\u0E00-\u0E7F]/;
const THAI_END = /[\u0E00-\u0E7F]$/;
/** A Thai word in segmented text: a run of Thai characters between separators. */
const THAI_WORD = /[\u0E00-\u0E7F]+/g;
/** Characters that cannot begin a word: vowel signs above/below/after, tone marks, ๆ. */
const NO_WORD_START = /^[\u0E30-\u0E3A\u0E45-\u0E4E]/;
/** Leading vowels (เ แ โ ใ ไ) that cannot end a word. */
const NO_WORD_END = /[\u0E40-\u0E44]$/;

let segmenter: Intl.Segmenter | undefined;

function words(run: string): string[] {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return Array.from(segmenter.segment(run), (s) => s.segment);
}

/**
 * Text with Thai runs split into words by `separator` ("การใช้ทรัพย์สิน" → "การ|ใช้|ทรัพย์สิน");
 * everything else unchanged.
 */
export function segmentThai(text: string, separator = WORD_BREAK): string {
  if (!HAS_THAI.test(text)) return text;
  // One pass over the whole text (a segmenter call per Thai run costs more than the segmenting).
  let out = '';
  let previous = '';
  for (const word of words(text)) {
    if (THAI_END.test(previous) && THAI_START.test(word)) out += separator;
    out += word;
    previous = word;
  }
  return out;
}

/**
 * Words hidden inside the longer words of text already split by segmentThai (see thaiSubwords).
 */
export function subwordsOfSegmented(segmented: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const run of segmented.match(THAI_WORD) ?? []) {
    if (run.length < 5 || seen.has(run)) continue;
    seen.add(run);
    for (const p of subwordsOf(run)) out.add(p);
  }
  return [...out];
}

/**
 * Words hidden inside longer dictionary words, so a part of a compound is found too
 * ("ปีงบประมาณ" is one ICU word; its tail "งบประมาณ" gives "งบ" and "ประมาณ"). For every word of
 * five or more characters, each tail that starts and ends on a plausible boundary is segmented
 * again, and its pieces are kept when each has at least two characters. Returns the distinct extra
 * words, in order of appearance.
 */
export function thaiSubwords(text: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const run of text.match(THAI_RUN) ?? []) {
    for (const word of words(run)) {
      if (word.length < 5 || seen.has(word)) continue;
      seen.add(word);
      for (const p of subwordsOf(word)) out.add(p);
    }
  }
  return [...out];
}

/** Words inside one word, remembered: a site repeats the same words on thousands of pages. */
const subwordCache = new Map<string, string[]>();

function subwordsOf(word: string): string[] {
  let found = subwordCache.get(word);
  if (!found) {
    const pieces = new Set<string>();
    for (let i = 2; i <= word.length - 2; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (NO_WORD_START.test(tail) || NO_WORD_END.test(head)) continue;
      const parts = words(tail);
      if (parts.every((p) => p.length >= 2)) for (const p of parts) if (p !== word) pieces.add(p);
    }
    found = [...pieces];
    subwordCache.set(word, found);
  }
  return found;
}

/**
 * Compound words that ICU's dictionary splits into shorter words ("งบประมาณ" → "งบ|ประมาณ"), so a
 * browser may break a line between their parts. Pages keep each whole (see keepCompoundsWhole) and
 * chart labels wrap around them (wrapLabel). Longest first wins where they overlap.
 */
export const THAI_COMPOUNDS: readonly string[] = [
  'งบประมาณ',
  'ภาครัฐ',
  'ช่องทาง',
  'หน่วยงาน',
  'เจ้าหน้าที่',
  'เปิดเผย',
  'เผยแพร่',
  'จัดซื้อ',
  'จัดจ้าง',
  'ตัวชี้วัด',
  'ตัวอักษร',
  'ดำเนินการ',
  'ดำเนินงาน',
  'ส่งเสริม',
  'คมชัด',
  'ตรวจสอบ',
  'ระยะเวลา',
  'หลักเกณฑ์',
  'ร้องเรียน',
  'ขับเคลื่อน',
  'ครบถ้วน',
  'รายเดือน',
  'ขั้นตอน',
  'รับผิดชอบ',
  'พื้นฐาน',
  'รูปแบบ',
  'คัดเลือก',
  'ข้อตกลง',
  'หน้าแรก',
  'ใช้จ่าย',
  'ผู้บริหาร',
  'ทรัพยากรบุคคล',
  'กองคลัง',
  'สำนักปลัด',
  'โคกก่อ',
  'ที่อยู่',
  'วันที่',
];

let compoundsByFirst: Map<string, string[]> | undefined;

/** The compounds by their first character, longest first. */
function compoundIndex(): Map<string, string[]> {
  if (!compoundsByFirst) {
    compoundsByFirst = new Map();
    for (const c of [...THAI_COMPOUNDS].sort((a, b) => b.length - a.length)) {
      const list = compoundsByFirst.get(c[0] ?? '') ?? [];
      list.push(c);
      compoundsByFirst.set(c[0] ?? '', list);
    }
  }
  return compoundsByFirst;
}

/**
 * The words of a text as a reader sees them: ICU's words, with each compound of THAI_COMPOUNDS
 * whole ("การใช้งบประมาณ" → "การ", "ใช้", "งบประมาณ"), even where ICU's words straddle it
 * ("ช่อง|ทางการ|สอบถาม" → "ช่องทาง", "การ", "สอบถาม"). Joined, they give the text back.
 */
export function readerWords(text: string): string[] {
  const index = compoundIndex();
  const boundaries = new Set<number>([text.length]);
  let at = 0;
  for (const w of words(text)) {
    boundaries.add(at);
    at += w.length;
  }
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    // A compound starts on a word boundary and ends on one, or where the rest can begin a word.
    const compound = (index.get(text[pos] ?? '') ?? []).find((c) => {
      if (!text.startsWith(c, pos)) return false;
      const end = pos + c.length;
      return boundaries.has(end) || (!NO_WORD_START.test(text.slice(end)) && !NO_WORD_END.test(c));
    });
    let end = pos + 1;
    if (compound && boundaries.has(pos)) end = pos + compound.length;
    else while (end < text.length && !boundaries.has(end)) end++;
    out.push(text.slice(pos, end));
    pos = end;
  }
  return out;
}

/**
 * Text with each compound of THAI_COMPOUNDS passed through `wrap` (the build wraps them in an
 * unbreakable span); everything else unchanged. Text without Thai comes back as it is.
 */
export function keepCompoundsWhole(text: string, wrap: (word: string) => string): string {
  if (!HAS_THAI.test(text)) return text;
  const known = new Set(THAI_COMPOUNDS);
  return readerWords(text)
    .map((w) => (known.has(w) ? wrap(w) : w))
    .join('');
}
