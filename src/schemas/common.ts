/**
 * The values every schema shares: years, slugs, text, dates. Messages are codes of the catalogue
 * (src/lib/content-check/messages.ts): a built-in check is given the message's text (`fixedText`),
 * a refinement reports the code itself (`addMessage`), so Astro and `npm run check` word it the same.
 */
import { z } from 'astro/zod';
import { parseThaiDate, parseThaiDateRange, type DateRange, type ParseResult } from '../lib/thai/date';
import { bilingual, fixedMessage, fixedText, type CodedMessage } from '../lib/content-check/messages';
import { hasPublishedNames, publishedPath } from '../lib/content-check/file-types';
import { findSpoofing } from '../lib/content-check/text-hygiene';

/** Reports a catalogue message as a custom zod issue at `path` (relative to the refined value). */
export function addMessage(ctx: z.RefinementCtx, path: PropertyKey[], message: CodedMessage, input?: unknown): void {
  ctx.addIssue({ code: 'custom', path, message: bilingual(message), params: message, input });
}

/**
 * Refuses a bidi control, an invisible character or a Latin look-alike of another script (text-hygiene.ts),
 * naming the character and its position; the checks after it are skipped (one message, the real cause).
 */
export function refuseSpoofing(value: string, ctx: z.RefinementCtx): void {
  const found = findSpoofing(value);
  if (!found) return;
  const { kind, char, name, position, word } = found;
  const message: CodedMessage =
    kind === 'mixed-script'
      ? { code: 'text.mixed-script', params: { char, name, position, word: word ?? '' } }
      : { code: kind === 'bidi' ? 'text.bidi' : 'text.invisible', params: { char, name, position } };
  ctx.addIssue({
    code: 'custom',
    path: [],
    message: bilingual(message),
    params: message,
    input: value,
    continue: false,
  });
}

/** A Buddhist-Era year as staff write it, from 2500 to 2700; a two-digit or Christian-Era year says how to write it. */
export const beYear = z
  .number({ error: fixedText('year.type') })
  .int()
  .superRefine((year, ctx) => {
    if (year >= 0 && year < 100) addMessage(ctx, [], { code: 'year.two-digit', params: { year } }, year);
    else if (year >= 1900 && year < 2200) addMessage(ctx, [], { code: 'year.christian-era', params: { year } }, year);
    else if (year < 2500) addMessage(ctx, [], { code: 'year.min', params: {} }, year);
    else if (year > 2700) addMessage(ctx, [], { code: 'year.max', params: {} }, year);
  })
  .describe('ปี พ.ศ. เป็นตัวเลข เช่น 2567');

/** The URL schemes a link may use: nothing a browser would run (javascript:, data:, vbscript:). */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Whether text holds a control character (a tab or line break hidden inside "java\tscript:"). */
const hasControl = (value: string) => [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/** A path of this site: "/" then not a second "/" or "\\" (which browsers read as another host). */
export function isSitePath(value: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/.test(value) && !hasControl(value);
}

/** An http(s), mailto: or tel: URL, or a path of this site. */
export function isSafeUrl(value: string): boolean {
  if (value.startsWith('/')) return isSitePath(value);
  if (/[\s\\]/.test(value) || hasControl(value)) return false;
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (!SAFE_SCHEMES.has(url.protocol)) return false;
  return url.protocol === 'mailto:' || url.protocol === 'tel:' || url.hostname !== '';
}

/** A link staff write: https://…, http://…, mailto:…, tel:… or a path of this site ("/documents/…"). */
export const safeUrl = z
  .string()
  .trim()
  .superRefine(refuseSpoofing)
  .refine(isSafeUrl, { error: fixedText('link.url') });

/** A full link to another site: https://… or http://… only. */
export const webUrl = z
  .string()
  .trim()
  .superRefine(refuseSpoofing)
  .refine((v) => /^https?:\/\//i.test(v) && isSafeUrl(v), { error: fixedText('organization.url') });

/** A file of this site under public/ ("/logo.svg"): a site path, never another host. */
export const sitePath = z
  .string()
  .superRefine(refuseSpoofing)
  .refine(isSitePath, { error: fixedText('organization.logo') });

/** An ASCII slug: lower-case letters and digits in words joined by single hyphens ("budget-use"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A file under public/documents/ as content names it ("/documents/plan-2568.pdf"): a path elsewhere is
 * refused as such, a name with Thai letters, spaces or capitals with the name to rename it to.
 */
export const documentFile = z
  .string()
  // The pattern is also what makes the form editor offer an upload (src/lib/cms/fields.ts).
  .regex(/^\/documents\//, { error: fixedText('document.file') })
  .superRefine((path, ctx) => {
    const segments = path.split('/').slice(1);
    if (!path.startsWith('/documents/')) return;
    if (segments.some((s) => s === '' || s.startsWith('.')) || hasControl(path))
      addMessage(ctx, [], fixedMessage('document.file'), path);
    else if (!hasPublishedNames(path))
      addMessage(ctx, [], { code: 'document.file-name', params: { name: publishedPath(path) } }, path);
  });

/** Stable ASCII slugs: the part of a published URL that must never change. */
export const slug = z
  .string()
  .superRefine(refuseSpoofing)
  .regex(SLUG_PATTERN, { error: fixedText('slug.format') })
  .describe('ชื่อภาษาอังกฤษตัวเล็กคั่นด้วยขีดกลาง เช่น budget-use (เป็นส่วนหนึ่งของที่อยู่เว็บ เปลี่ยนไม่ได้หลังเผยแพร่)');

/** A non-empty line of Thai or English text (surrounding spaces removed). */
export const text = z
  .string()
  .trim()
  .min(1, { error: fixedText('text.required') });

/**
 * A name, a title or an address as written (an e-mail): a line of text without bidi controls, invisible characters or Latin look-alikes of
 * another script, which would make it read (in every <title>, the feed, the sitemap) as something else.
 */
export const cleanText = text.superRefine(refuseSpoofing);

/** Marks content that is not the organization's real data but a demonstration value; default false. */
export const example = z
  .boolean()
  .default(false)
  .describe('true เมื่อเป็นข้อมูลตัวอย่าง ไม่ใช่ข้อมูลจริงของหน่วยงาน (แสดงป้าย "ข้อมูลตัวอย่าง")');

/** A date as written, or the Date YAML makes of an unquoted ISO date. */
const dateInput = z.union([z.string(), z.date()]);

/** The parsed value, or the reader's message as an issue. */
function parsedOrIssue<T>(r: ParseResult<T>, ctx: z.RefinementCtx, input: unknown): T {
  if (r.ok) return r.value;
  addMessage(ctx, [], r.error, input);
  return z.NEVER;
}

/**
 * A date as staff write it ("๑ ต.ค.๒๕๖๖", "1 ต.ค. 66", "30 กันยายน 2567", "2023-10-01"), stored as a
 * real date. A date that does not exist stops the build with a message naming what was expected.
 */
export const thaiDate = dateInput
  .transform((value, ctx) => parsedOrIssue(parseThaiDate(value), ctx, value))
  .describe('วันที่ เช่น "1 ต.ค. 2566", "๑ ต.ค.๒๕๖๖", "30 กันยายน 2567" หรือ "2023-10-01"');

/** Both ends of a range written as { start, end }; the end may not come before the start. */
function parseDateObject(value: { start: string | Date; end: string | Date }): ParseResult<DateRange> {
  const start = parseThaiDate(value.start);
  const end = parseThaiDate(value.end);
  if (!start.ok) return start;
  if (!end.ok) return end;
  return { ok: true, value: { start: start.value, end: end.value } };
}

/** A date range "start - end" in one string, or an object { start, end }. */
export const thaiDateRange = z
  .union([z.string(), z.strictObject({ start: dateInput.describe('วันเริ่ม'), end: dateInput.describe('วันสิ้นสุด') })])
  .transform((value, ctx) => {
    if (typeof value === 'string') return parsedOrIssue(parseThaiDateRange(value), ctx, value);
    const range = parseDateObject(value);
    if (range.ok && range.value.end < range.value.start) {
      addMessage(ctx, [], { code: 'date.end-before-start', params: {} }, value);
      return z.NEVER;
    }
    return parsedOrIssue(range, ctx, value);
  })
  .describe('ช่วงวันที่ "วันเริ่ม - วันสิ้นสุด" เช่น "1 ต.ค. 2566 - 30 ก.ย. 2567"');

/** How sure the evidence for a fact of the ITA is (an OIT item, a result level): the words of the evidence notes. */
export const CONFIDENCE_LEVELS = ['high', 'medium-high', 'medium', 'medium-low', 'low'] as const;
export const confidence = z.enum(CONFIDENCE_LEVELS, { error: fixedText('oit.confidence') });
export type Confidence = z.output<typeof confidence>;
