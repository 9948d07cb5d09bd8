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
/** A single run of Thai characters, nothing else. */
const THAI_WORD_ONLY = /^[\u0E00-\u0E7F]+$/;
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
 * Compound words of Thai government writing that ICU's dictionary splits into shorter words
 * ("งบประมาณ" → "งบ|ประมาณ"), so a browser may break a line between their parts. Pages keep each
 * whole (see keepCompoundsWhole) and chart labels wrap around them (wrapLabel). Longest first wins
 * where they overlap. Words of one organization (its place name, its offices) are not listed here:
 * they come from its content (organizationWords in organization-words.ts) through siteCompounds.
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
  'ที่อยู่',
  'วันที่',
];

/** The lists siteCompounds gave, by the words asked for. */
const siteLists = new Map<string, readonly string[]>();

/**
 * The compounds a site keeps whole: THAI_COMPOUNDS and the organization's own words
 * (organizationWords) that ICU splits into two or more words, each once. A word that is not all
 * Thai is left out. The same words give back the same list, so its index is built once.
 */
export function siteCompounds(organizationWords: readonly string[]): readonly string[] {
  const key = organizationWords.join('\n');
  let list = siteLists.get(key);
  if (!list) {
    const all = new Set(THAI_COMPOUNDS);
    for (const w of organizationWords) if (THAI_WORD_ONLY.test(w) && words(w).length > 1) all.add(w);
    list = [...all];
    siteLists.set(key, list);
  }
  return list;
}

interface CompoundIndex {
  /** The compounds by their first character, longest first. */
  byFirst: Map<string, string[]>;
  all: Set<string>;
}

/** The index of each list of compounds, built once. */
const compoundIndexes = new WeakMap<readonly string[], CompoundIndex>();

function compoundIndex(compounds: readonly string[]): CompoundIndex {
  let index = compoundIndexes.get(compounds);
  if (!index) {
    index = { byFirst: new Map(), all: new Set(compounds) };
    for (const c of [...compounds].sort((a, b) => b.length - a.length)) {
      const list = index.byFirst.get(c[0] ?? '') ?? [];
      list.push(c);
      index.byFirst.set(c[0] ?? '', list);
    }
    compoundIndexes.set(compounds, index);
  }
  return index;
}

/**
 * The words of a text as a reader sees them: ICU's words, with each of `compounds` (THAI_COMPOUNDS,
 * or a site's siteCompounds) whole ("การใช้งบประมาณ" → "การ", "ใช้", "งบประมาณ"), even where ICU's
 * words straddle it ("ช่อง|ทางการ|สอบถาม" → "ช่องทาง", "การ", "สอบถาม") or join it to an abbreviation
 * ("ทต.บ้านนา|เหนือ" → "ทต.", "บ้านนาเหนือ" when บ้านนาเหนือ is a compound). Joined, they give the text back.
 */
export function readerWords(text: string, compounds: readonly string[]): string[] {
  const index = compoundIndex(compounds).byFirst;
  const boundaries = new Set<number>([text.length]);
  let at = 0;
  for (const w of words(text)) {
    boundaries.add(at);
    at += w.length;
  }
  /**
   * The compound starting at `p`: on a word boundary, or right after a character that is not Thai, which
   * ICU may read with the letters after it ("ทต.บ้านนา|เหนือ"); ending on a boundary or where the rest can
   * begin a word.
   */
  const compoundAt = (p: number) => {
    if (!boundaries.has(p) && HAS_THAI.test(text[p - 1] ?? 'ก')) return undefined;
    return (index.get(text[p] ?? '') ?? []).find((c) => {
      if (!text.startsWith(c, p)) return false;
      const end = p + c.length;
      return boundaries.has(end) || (!NO_WORD_START.test(text.slice(end)) && !NO_WORD_END.test(c));
    });
  };
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const compound = compoundAt(pos);
    let end = pos + 1;
    if (compound) end = pos + compound.length;
    else while (end < text.length && !boundaries.has(end) && !compoundAt(end)) end++;
    out.push(text.slice(pos, end));
    pos = end;
  }
  return out;
}

/**
 * Text with each of `compounds` (a site's siteCompounds) passed through `wrap` (the build wraps them
 * in an unbreakable span); everything else unchanged. Text without Thai comes back as it is.
 */
export function keepCompoundsWhole(text: string, wrap: (word: string) => string, compounds: readonly string[]): string {
  if (!HAS_THAI.test(text)) return text;
  const known = compoundIndex(compounds).all;
  return readerWords(text, compounds)
    .map((w) => (known.has(w) ? wrap(w) : w))
    .join('');
}
