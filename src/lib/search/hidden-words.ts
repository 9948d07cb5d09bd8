/**
 * The mark the search indexer (scripts/search-index.mjs) puts around the words of a page's index that
 * no reader sees: before and after its hidden keywords (its own name, ranked high), and before the
 * words it adds at the end: pieces of long Thai words ("งบประมาณ" inside "ปีงบประมาณ") and the Arabic
 * form of Thai-digit numbers. Pagefind stores them with the page's text, so an excerpt could hold
 * them; the search page keeps excerpts to the text outside the marks (visibleExcerpt in ui.ts). Punctuation: Pagefind
 * keeps it in the text but never indexes it as a word, and page text never holds it.
 * Shared with the indexer, which Node runs with its type stripping: plain TypeScript only.
 */
export const HIDDEN_WORDS_MARK = '⁂';
