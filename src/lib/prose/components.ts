/**
 * The components staff may use inside MDX (src/components/mdx/), with the props each takes: one table
 * that the content checker validates every use against (src/lib/content-check/prose-rules.ts) and the
 * staff guide documents (docs/guide/news.md).
 */

/**
 * What a prop holds: an assessment year (a year with ITA results), an indicator slug of that year's
 * framework, an OIT item slug, a note's tone, or free text.
 */
export type PropKind = 'year' | 'indicator' | 'item' | 'tone' | 'text';

export interface PropSpec {
  kind: PropKind;
  required: boolean;
}

const req = (kind: PropKind): PropSpec => ({ kind, required: true });
const opt = (kind: PropKind): PropSpec => ({ kind, required: false });

export const PROSE_COMPONENTS = {
  /** An indicator's score, or the total when no indicator is given: <Score year={2566} indicator="budget-use" />. */
  Score: { year: req('year'), indicator: opt('indicator') },
  /** The table of a year's scores, every indicator against the pass mark. */
  ScoreTable: { year: req('year') },
  /** An indicator's scores over the years, as a chart with its table. */
  IndicatorChart: { year: req('year'), indicator: req('indicator') },
  /** The measures that target an indicator, from the plans made after that year's assessment. */
  Measures: { year: req('year'), indicator: req('indicator') },
  /** The documents and pages published for an OIT item. */
  OitDocuments: { item: req('item') },
  /** A box around a note (tone="note") or a warning (tone="warning"). */
  Note: { tone: opt('tone'), title: opt('text') },
  /** A figure (a picture written as ![…](./photo.jpg) inside it) with its caption. */
  Figure: { caption: req('text') },
} as const satisfies Record<string, Record<string, PropSpec>>;

export type ProseComponentName = keyof typeof PROSE_COMPONENTS;

export const NOTE_TONES = ['note', 'warning'] as const;
export type NoteTone = (typeof NOTE_TONES)[number];
