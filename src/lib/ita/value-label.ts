/**
 * Where a bar chart writes a bar's figure so that it never touches the dashed pass line: just past
 * the bar's end when that is clear of the line; else inside the bar's end (light text on the bar);
 * else just past the line. Pure geometry in canvas pixels, shared by the chart drawer
 * (src/client/score-chart.ts) and its tests.
 */

export interface ValueLabelInput {
  /** Pixel where the bar starts (value 0) and ends (its value). */
  barStart: number;
  barEnd: number;
  /** Width of the figure's text. */
  textWidth: number;
  /** Pixel of the pass line. */
  lineX: number;
  /** Right edge of the area the text may use. */
  right: number;
  /** Space kept between the text and a bar end or the line (default 4). */
  gap?: number;
  /** Half the width the line is kept clear by, each side (default 3: a 2 px line plus a pixel). */
  clearance?: number;
}

export interface ValueLabelPlace {
  /** Left edge of the text. */
  left: number;
  /** Where the text sits: past the bar, inside it, or past the pass line. */
  where: 'after-bar' | 'inside-bar' | 'after-line';
}

const clearOf = (left: number, width: number, lineX: number, clearance: number) =>
  left + width <= lineX - clearance || left >= lineX + clearance;

/** The first of the three places that keeps the text clear of the line and inside its area. */
export function placeValueLabel(input: ValueLabelInput): ValueLabelPlace {
  const { barStart, barEnd, textWidth: w, lineX, right } = input;
  const gap = input.gap ?? 4;
  const clearance = input.clearance ?? 3;
  // Past the line is always clear of it: the last resort, inside the area or not.
  const afterLine: ValueLabelPlace = { left: lineX + clearance + gap, where: 'after-line' };
  const candidates: ValueLabelPlace[] = [
    { left: barEnd + gap, where: 'after-bar' },
    { left: barEnd - gap - w, where: 'inside-bar' },
    afterLine,
  ];
  // Only the place inside the bar can start before the bar does (a text wider than its bar).
  const clear = (c: ValueLabelPlace) => clearOf(c.left, w, lineX, clearance) && c.left >= barStart + gap;
  // Clear of the line and inside the area; else clear of the line even if it runs past the area's edge.
  return candidates.find((c) => clear(c) && c.left + w <= right) ?? candidates.find(clear) ?? afterLine;
}
