/**
 * What the search page (/search/) shows around Pagefind's Component UI: the result template, the
 * sort choices, and how a typed query is normalized before it reaches the index.
 */
import { toArabicDigits } from '../thai/format';
import { segmentThai } from '../thai/words';

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
