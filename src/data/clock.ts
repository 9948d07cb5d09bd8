/**
 * The build's clock: the only reader of "today" and "now". Everything else takes the day as a
 * parameter, so the same content gives the same pages in tests and in reproducible builds.
 * - PRONGSAI_TODAY (YYYY-MM-DD) fixes the calendar day that pages and the OIT self-check judge by;
 * - SOURCE_DATE_EPOCH (seconds) fixes the publication time the open datasets carry.
 * Kept free of astro:content, so the staff CLIs (scripts/oit.ts) share it.
 */
import { calendarToday } from '../lib/ita/timeline';

const env = (name: string): string | undefined =>
  (typeof process !== 'undefined' ? process.env[name] : undefined) || undefined;

let todayCache: Date | undefined;

/**
 * Today's calendar day in Thailand at UTC midnight, like every stored date: `override` (a CLI's
 * --today=YYYY-MM-DD) first, then PRONGSAI_TODAY, else the real day, read once per build.
 */
export function today(override?: string): Date {
  if (override) return calendarToday(new Date(), override);
  todayCache ??= calendarToday(new Date(), env('PRONGSAI_TODAY'));
  return todayCache;
}

/** The build's publication time; SOURCE_DATE_EPOCH (seconds) makes builds reproducible. */
export function buildTime(): Date {
  const epoch = Number(env('SOURCE_DATE_EPOCH'));
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}
