/** A score against the pass mark of its year. */
import { round2 } from './scoring';

/** How far a score is from the pass mark, above or below, rounded to two decimals like every score. */
export function passMarkGap(score: number, passMark: number): number {
  return round2(Math.abs(score - passMark));
}

/**
 * What a score's gap is called beside it: above or below the mark (as `passed` decides), or, exactly at
 * the mark, the distance itself ("0.00 above the mark" would read oddly). Scores have two decimals.
 */
export function passMarkGapLabel(score: number, passMark: number): 'สูงกว่าเกณฑ์' | 'ต่ำกว่าเกณฑ์' | 'ห่างจากเกณฑ์' {
  if (score === passMark) return 'ห่างจากเกณฑ์';
  // Stryker disable next-line EqualityOperator: an equal score has returned above, so > and >= agree here.
  return score > passMark ? 'สูงกว่าเกณฑ์' : 'ต่ำกว่าเกณฑ์';
}
