/**
 * Loads the prose collections (news, standalone pages, ITA reports) once per build. Their frontmatter
 * was checked before the build (npm run check's rules); their text renders through Astro's MDX with
 * the components of src/components/mdx/.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import type { NewsFrontmatter } from '../schemas/news';
import { newestFirst } from '../lib/prose/news-list';

/** A news item as the site reads it: the cover's image is Astro's (resized by the image pipeline). */
export type NewsEntry = Omit<CollectionEntry<'news'>, 'data'> & {
  data: Omit<NewsFrontmatter, 'cover'> & {
    cover?: { src: ImageMetadata; alt: string; caption?: string | undefined } | undefined;
  };
};

let newsCache: Promise<NewsEntry[]> | undefined;

/** Every news item, newest first. */
export function getNews(): Promise<NewsEntry[]> {
  newsCache ??= getCollection('news').then((entries) => newestFirst(entries as unknown as NewsEntry[]));
  return newsCache;
}

let pagesCache: Promise<CollectionEntry<'pages'>[]> | undefined;
let reportsCache: Promise<Map<number, CollectionEntry<'itaReports'>>> | undefined;

/**
 * Every standalone page, read once per build like the news: every page's footer asks, and Astro warns of
 * an empty collection at each ask (an organization without pages got the same warning on every page).
 */
export function getContentPages(): Promise<CollectionEntry<'pages'>[]> {
  pagesCache ??= getCollection('pages');
  return pagesCache;
}

/** Every ITA report, by its year; read once per build. */
export function getItaReports(): Promise<Map<number, CollectionEntry<'itaReports'>>> {
  reportsCache ??= getCollection('itaReports').then((list) => new Map(list.map((e) => [Number(e.id), e])));
  return reportsCache;
}

/** The rendered text of a prose entry (its Content component and headings). */
export const renderProse = (entry: NewsEntry | CollectionEntry<'pages'> | CollectionEntry<'itaReports'>) =>
  render(entry as CollectionEntry<'news'>);
