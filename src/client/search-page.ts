/**
 * The search page's own script. It runs after Pagefind's Component UI (a deferred script of /search/
 * only, from the site's /pagefind/ bundle, which starts loading the index as the page loads). It
 * searches for ?q=, keeps ?q= in the address as the query changes, applies the chosen sort, hands
 * Pagefind queries with Thai digits written as Arabic ones, says how many results there are for the
 * query as typed, and puts highlights on whole words.
 */
import {
  normalizeQuery,
  resultSummary,
  searchingSummary,
  sortOption,
  visibleExcerpt,
  wordMarks,
} from '../lib/search/ui';
import { findNamedPages, type NamedPage } from '../lib/search/names';
import { pageCompounds } from './page-compounds';
import { thaiPhrases } from '../lib/thai/phrases';

interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, string>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', fn: (term: string, filters?: Record<string, string[]>) => void): void;
  on(event: 'results', fn: (result: { results: PagefindResult[] }) => void): void;
}
/** A result as Pagefind hands it to its listeners; its UI calls data() when the result comes into view. */
interface PagefindResult {
  data: () => Promise<{ excerpt?: string; content?: string }>;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/**
 * Pagefind is given the query split into Thai words, with Arabic digits (see normalizeQuery); the
 * reader keeps seeing, and the address keeps, what they typed. Returns what they typed.
 */
function normalizeQueries(instance: PagefindInstance): () => string {
  let typed = '';
  const search = instance.triggerSearch.bind(instance);
  const searchWithFilters = instance.triggerSearchWithFilters.bind(instance);
  instance.triggerSearch = (term) => {
    typed = term;
    search(normalizeQuery(term));
  };
  instance.triggerSearchWithFilters = (term, filters) => {
    if (normalizeQuery(term) !== normalizeQuery(typed)) typed = term;
    searchWithFilters(normalizeQuery(term), filters);
  };
  return () => typed;
}

/** The box shows, and the address keeps, the query as typed, so a result list can be shared or bookmarked. */
function keepQueryInAddress(instance: PagefindInstance, input: HTMLInputElement | null, typed: () => string) {
  instance.on('search', (term) => {
    const shown = normalizeQuery(typed()) === term ? typed().trim() : term;
    if (input && input.value !== shown && document.activeElement !== input) input.value = shown;
    // The header's search box says what is searched too.
    const header = document.querySelector<HTMLInputElement>('#header-search-q');
    if (header && header.value !== shown && document.activeElement !== header) header.value = shown;
    const url = new URL(location.href);
    if (shown) url.searchParams.set('q', shown);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

/** A page of results at a time; the button shows the next page. */
function pageThroughResults(instance: PagefindInstance, ui: HTMLElement) {
  const list = ui.querySelector('pagefind-results');
  const more = ui.querySelector<HTMLElement>('[data-search-more]');
  const perPage = Number(list?.getAttribute('max-results')) || 0;
  let shown = perPage;
  let lastSearch = '';
  instance.on('search', (term, filters) => {
    // A new query or new filters start again from the first page.
    const key = JSON.stringify([term, filters ?? {}]);
    if (key !== lastSearch && shown !== perPage) {
      shown = perPage;
      list?.setAttribute('max-results', String(shown));
    }
    lastSearch = key;
  });
  instance.on('results', ({ results }) => {
    if (more) more.hidden = !perPage || results.length <= shown;
  });
  more?.querySelector('button')?.addEventListener('click', () => {
    shown += perPage;
    list?.setAttribute('max-results', String(shown));
    instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
  });
}

/** A name typed in full (an indicator, an OIT item) is answered first with its own page. */
function answerNamedPages(instance: PagefindInstance, ui: HTMLElement, typed: () => string) {
  const best = ui.querySelector<HTMLElement>('[data-search-best]');
  let names: Promise<NamedPage[]> | undefined;
  let searches = 0;
  const showNamedPage = async () => {
    if (!best || !ui.dataset.names) return;
    const current = ++searches;
    names ??= fetch(ui.dataset.names)
      .then((r) => (r.ok ? (r.json() as Promise<NamedPage[]>) : []))
      .catch(() => []);
    const query = typed().trim();
    const match = findNamedPages(await names, query, pageCompounds());
    if (current !== searches) return; // a newer search has taken over
    best.replaceChildren();
    best.hidden = !match;
    if (!match) return;
    const link = (page: NamedPage) => {
      const a = document.createElement('a');
      a.href = page.path;
      a.textContent = page.label ?? page.name;
      return a;
    };
    const [first] = match.pages;
    if (match.exact && first) {
      best.append('ตรงกับชื่อ ', link(first), ` (${first.type})`);
      return;
    }
    best.append(`หน้าที่ชื่อมีคำว่า “${query}”: `);
    match.pages.forEach((page, i) => best.append(...(i ? [' · '] : []), link(page), ` (${page.type})`));
  };
  // Pagefind does not wait for its listeners; the names file cannot fail (a failed fetch is no names).
  instance.on('search', () => void showNamedPage());
}

/**
 * Above the results: that it is searching, then how many, for the query as typed (Pagefind's own summary
 * shows it split into words). The line is there from the search's start, so nothing below it moves when
 * the count arrives.
 */
function summarizeResults(instance: PagefindInstance, ui: HTMLElement, typed: () => string) {
  const summary = ui.querySelector<HTMLElement>('[data-search-summary]');
  instance.on('search', () => {
    if (summary) summary.textContent = searchingSummary(typed());
  });
  instance.on('results', ({ results }) => {
    if (summary) summary.textContent = resultSummary(results.length, typed());
  });
}

/** Text with its Thai phrases kept on one line, as the build keeps them on the pages (src/lib/thai/phrases.ts). */
function phrasesWhole(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const phrase of thaiPhrases(text)) {
    if (phrase.words > 1) {
      const span = document.createElement('span');
      span.className = 'tw';
      span.textContent = phrase.text;
      fragment.append(span);
    } else fragment.append(phrase.text);
  }
  return fragment;
}

/** Highlights on whole words: each excerpt Pagefind renders is redrawn once with wordMarks. */
function highlightWholeWords(ui: HTMLElement, typed: () => string) {
  const list = ui.querySelector('pagefind-results');
  if (!list) return;
  const redraw = () => {
    for (const excerpt of list.querySelectorAll<HTMLElement>('.search-result-excerpt:not([data-words])')) {
      const pieces = [...excerpt.childNodes].map((n) => ({
        text: n.textContent ?? '',
        marked: n.nodeName === 'MARK',
      }));
      excerpt.dataset.words = '';
      excerpt.replaceChildren(
        ...wordMarks(pieces, typed(), pageCompounds()).map((p) => {
          if (!p.marked) return phrasesWhole(p.text);
          const mark = document.createElement('mark');
          mark.append(phrasesWhole(p.text));
          return mark;
        }),
      );
    }
    // Result titles break between Thai phrases too, as on the pages.
    for (const title of list.querySelectorAll<HTMLElement>('.pf-result-link:not([data-words])')) {
      title.dataset.words = '';
      title.replaceChildren(phrasesWhole(title.textContent?.replace(/\u200b/g, '') ?? ''));
    }
  };
  new MutationObserver(redraw).observe(list, { childList: true, subtree: true });
}

/**
 * Excerpts hold only what a reader sees on the page: each result's data is passed through visibleExcerpt
 * before Pagefind's UI renders it (it asks for the data only once a result comes into view, after this
 * listener has run).
 */
function keepExcerptsVisible(instance: PagefindInstance, typed: () => string) {
  const cleaned = new WeakSet<PagefindResult>();
  instance.on('results', ({ results }) => {
    for (const result of results) {
      if (cleaned.has(result)) continue;
      cleaned.add(result);
      const data = result.data.bind(result);
      result.data = async () => {
        const fragment = await data();
        return { ...fragment, excerpt: visibleExcerpt(fragment.excerpt ?? '', fragment.content ?? '', typed()) };
      };
    }
  });
}

/** The chosen sort applies to the current results at once. */
function applySort(instance: PagefindInstance, ui: HTMLElement) {
  const sort = ui.querySelector<HTMLSelectElement>('[data-search-sort]');
  sort?.addEventListener('change', () => {
    instance.searchSort = sortOption(sort.value);
    if (instance.searchTerm) instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
  });
}

export function startSearchPage() {
  const ui = document.querySelector<HTMLElement>('[data-search-ui]');
  if (!ui) return;
  // Pagefind's UI is a deferred script of the page: it has run before this module.
  const components = window.PagefindComponents;
  if (!components) return;
  const instance = components.getInstanceManager().getInstance('default');
  const input = ui.querySelector<HTMLInputElement>('pagefind-input input');

  const typed = normalizeQueries(instance);
  keepQueryInAddress(instance, input, typed);
  pageThroughResults(instance, ui);
  keepExcerptsVisible(instance, typed);
  answerNamedPages(instance, ui, typed);
  summarizeResults(instance, ui, typed);
  highlightWholeWords(ui, typed);
  applySort(instance, ui);

  ui.hidden = false;
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (!q) {
    // Nothing searched yet: the box is where the reader starts. With results, the page starts at the top.
    input?.focus();
    return;
  }
  if (input) input.value = q;
  const header = document.querySelector<HTMLInputElement>('#header-search-q');
  if (header) header.value = q;
  // In a task of its own: the query's first split into Thai words loads the segmenter's dictionary,
  // which is slow on a phone; the page stays responsive in between.
  setTimeout(() => instance.triggerSearch(q), 0);
}
