/**
 * What the search page (/search/) shows around Pagefind's Component UI: the result template, the
 * sort choices, and how a typed query is normalized before it reaches the index.
 */
import { toArabicDigits } from '../thai/format';
import { readerWords, segmentThai } from '../thai/words';
import { HIDDEN_WORDS_MARK } from './hidden-words';

/**
 * Results shown at once; "แสดงผลการค้นหาเพิ่ม" shows as many more. Pagefind's result list renders
 * every result it is given: with thousands of pages a common word took 5–10 s to show in chromium,
 * 30 at a time take well under a second (see bench/search.mjs).
 */
export const RESULTS_PER_PAGE = 30;

/** Result ordering: relevance, or newest first (only results that carry a date can be sorted by it). */
export const SORT_OPTIONS = [
  { value: '', label: 'ตามความเกี่ยวข้อง' },
  { value: 'date:desc', label: 'วันที่ล่าสุดก่อน (เฉพาะรายการที่มีวันที่)' },
  { value: 'date:asc', label: 'วันที่เก่าสุดก่อน (เฉพาะรายการที่มีวันที่)' },
] as const;

/** The sort option Pagefind takes ({ date: 'desc' }) for a select value, or {} for relevance. */
export function sortOption(value: string): Record<string, 'asc' | 'desc'> {
  const [key, direction] = value.split(':');
  return key && (direction === 'asc' || direction === 'desc') ? { [key]: direction } : {};
}

/**
 * The query as the index holds it. Thai words are split as the indexer split them (Intl.Segmenter,
 * see thai/words.ts), so "งบประมาณ" looks for งบ and ประมาณ. Thai digits become Arabic: the
 * indexer adds the Arabic form of every Thai-digit number it meets, so "๒๕๖๖" and "2566" agree.
 */
export function normalizeQuery(term: string): string {
  return segmentThai(toArabicDigits(term).replace(/\u200b/g, ''), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One result: title (link), content type, highlighted excerpt, and for a document the link to its
 * file. Pagefind's template syntax (adequate-little-templates); `{{+ … +}}` keeps the <mark>s.
 */
export const RESULT_TEMPLATE = `
<li class="pf-result search-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.type}}<p class="search-result-type">{{ meta.type }}</p>{{/if}}
      {{#if excerpt}}<p class="search-result-excerpt">{{+ excerpt +}}</p>{{/if}}
      {{#if meta.file}}<p class="search-result-file"><a href="{{ meta.file | safeUrl }}">เปิดไฟล์เอกสาร</a></p>{{/if}}
    </div>
  </div>
</li>`;

/** A run of an excerpt's text, highlighted or not. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** How highlighted text and typed words compare: no spaces or word breaks, Arabic digits, lower case. */
const compareKey = (text: string) =>
  toArabicDigits(text)
    .replace(/[\s\u200b]+/g, '')
    .toLowerCase();

/** Joins touching runs of the same kind. */
function joinRuns(pieces: readonly ExcerptPiece[]): ExcerptPiece[] {
  const runs: ExcerptPiece[] = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.marked === p.marked) last.text += p.text;
    else if (p.text) runs.push({ ...p });
  }
  return runs;
}

/**
 * An excerpt with its highlights on whole words: Pagefind marks the pieces the indexer split Thai
 * words into ("งบ" of งบประมาณ, "ผล" "การ" "ประเมิน" apart), so each mark is widened to the words a
 * reader sees (readerWords), marks separated by a space only are joined, the zero-width word breaks
 * are dropped, and — given the words as typed — a mark holding none of them ("การ" alone, for
 * "ผลการประเมิน") is dropped, unless that would leave none. `compounds`: the site's (siteCompounds).
 */
export function wordMarks(
  pieces: readonly ExcerptPiece[],
  typed: string,
  compounds: readonly string[],
): ExcerptPiece[] {
  let text = '';
  const marked: boolean[] = [];
  for (const piece of pieces) {
    const clean = piece.text.replace(/\u200b/g, '');
    text += clean;
    for (let i = 0; i < clean.length; i++) marked.push(piece.marked);
  }
  let at = 0;
  for (const word of readerWords(text, compounds)) {
    const end = at + word.length;
    if (word.trim() && marked.slice(at, end).some(Boolean)) marked.fill(true, at, end);
    at = end;
  }
  // Spaces are never highlighted, except between two highlighted words.
  const runs = joinRuns([...text].map((c, i) => ({ text: c, marked: Boolean(marked[i]) && c.trim() !== '' })));
  const joined = joinRuns(
    runs.map((p, i) =>
      !p.marked && !p.text.trim() && runs[i - 1]?.marked && runs[i + 1]?.marked ? { ...p, marked: true } : p,
    ),
  );
  const words = typed.split(/\s+/).map(compareKey).filter(Boolean);
  if (!words.length) return joined;
  const kept = joined.map((p) =>
    p.marked && !words.some((w) => compareKey(p.text).includes(w)) ? { ...p, marked: false } : p,
  );
  return kept.some((p) => p.marked) ? joinRuns(kept) : joined;
}

/** What the summary above the results says while a search runs (the results' places stay blank meanwhile). */
export function searchingSummary(typed: string): string {
  const query = typed.trim();
  return query ? `กำลังค้นหา “${query}”…` : '';
}

/** What the summary above the results says: how many, for the query as the reader typed it. */
export function resultSummary(count: number, typed: string): string {
  const query = typed.trim();
  if (!query) return '';
  return count > 0 ? `พบ ${count} รายการสำหรับ “${query}”` : `ไม่พบผลการค้นหาสำหรับ “${query}”`;
}

/** Characters of a page's text shown around a match when the search page writes the excerpt itself. */
const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 140;

/** Only the letters and digits of a text: Pagefind adds spaces and full stops between a page's elements. */
const letters = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

/** The text of an excerpt's HTML (its <mark>s and entities undone). */
const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `at` moved back (or on, with `forward`) to the nearest word boundary of `text`. */
function wordBoundary(text: string, at: number, forward: boolean): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const segment = segmenter.segment(text).containing(at);
  if (!segment || segment.index === at) return at;
  return forward ? segment.index + segment.segment.length : segment.index;
}

/**
 * What a result shows as its excerpt: only text a reader can see on the page (or in its document).
 * Pagefind builds the excerpt from all the text it indexed, which holds words no reader sees: the
 * page's hidden keywords between two HIDDEN_WORDS_MARKs, and after a last mark the helper words of the
 * index (see hidden-words.ts). An excerpt of visible text is kept; else the part of it between marks
 * that is visible and still holds the query as typed; else it is written again from the visible text,
 * around the first place that holds the query as typed (or one of its words), highlighted; failing
 * that, the visible text's start. `excerpt`: Pagefind's (HTML, with <mark>s); `content`: the result's
 * text (plain); `typed`: the query as typed.
 */
export function visibleExcerpt(excerpt: string, content: string, typed: string): string {
  const visible = content
    .split(HIDDEN_WORDS_MARK)
    .filter((_, i) => i % 2 === 0)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const seen = letters(visible);
  const shows = (html: string) => seen.includes(letters(plainText(html)));
  if (!excerpt.includes(HIDDEN_WORDS_MARK) && shows(excerpt)) return excerpt;
  const query = letters(typed);
  for (const piece of excerpt.split(HIDDEN_WORDS_MARK)) {
    const part = piece.trim().replace(/^…|…$/g, '');
    if (part.includes('<mark>') && letters(plainText(part)).includes(query) && shows(part)) return `…${part}…`;
  }
  const key = (text: string) => text.replace(/[\s\u200b]+/g, '').toLowerCase();
  const flat = visible.toLowerCase();
  const terms = [typed.trim(), ...typed.trim().split(/\s+/)].map((t) => t.toLowerCase()).filter((t) => key(t));
  let at = -1;
  let length = 0;
  for (const term of terms) {
    at = flat.indexOf(term);
    if (at !== -1) {
      length = term.length;
      break;
    }
  }
  if (at === -1) {
    const end = wordBoundary(visible, EXCERPT_BEFORE + EXCERPT_AFTER, false);
    return escapeHtml(visible.slice(0, end)) + (end < visible.length ? '…' : '');
  }
  const start = Math.min(at, wordBoundary(visible, at - EXCERPT_BEFORE, true));
  const end = wordBoundary(visible, at + length + EXCERPT_AFTER, false);
  return (
    (start > 0 ? '…' : '') +
    escapeHtml(visible.slice(start, at)) +
    `<mark>${escapeHtml(visible.slice(at, at + length))}</mark>` +
    escapeHtml(visible.slice(at + length, end)) +
    (end < visible.length ? '…' : '')
  );
}
