/**
 * What the search page (/search/) shows around Pagefind's Component UI: the result template, the
 * sort choices, and how a typed query is normalized before it reaches the index.
 */
import { toArabicDigits } from '../thai/format';
import { readerWords, segmentThai } from '../thai/words';

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
