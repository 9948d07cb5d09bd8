/** A score against the pass mark of its year. */
import { round2 } from './scoring';

/** How far a score is from the pass mark, above or below, rounded to two decimals like every score. */
export function passMarkGap(score: number, passMark: number): number {
  return round2(Math.abs(score - passMark));
}
