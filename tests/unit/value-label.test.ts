import { describe, expect, it } from 'vitest';
import { placeValueLabel } from '../../src/lib/ita/value-label';

// A phone's chart: bars from x = 100 (0 points) to x = 300 (100 points), so the 85-point line is at 270;
// the canvas keeps 50 px on the right for the figures.
const scale = (points: number) => 100 + points * 2;
const at = (points: number, textWidth = 40) =>
  placeValueLabel({ barStart: scale(0), barEnd: scale(points), textWidth, lineX: scale(85), right: scale(100) + 50 });

describe('placeValueLabel', () => {
  it('writes a low score just past its bar, far from the line', () => {
    expect(at(50)).toEqual({ left: 204, where: 'after-bar' });
  });

  it('moves a score whose text would cross the line inside its bar', () => {
    // 74.58 ends at 249.16: past the bar the text would run to 293, across the line at 270.
    expect(at(74.58)).toEqual({ left: 249.16 - 4 - 40, where: 'inside-bar' });
  });

  it('writes a score above the line past its bar, up to a full score', () => {
    expect(at(88)).toEqual({ left: 280, where: 'after-bar' });
    expect(at(100)).toEqual({ left: 304, where: 'after-bar' });
  });

  it('writes a score just short of the line, whose text would cross it, inside its bar', () => {
    expect(at(84)).toEqual({ left: 224, where: 'inside-bar' });
  });

  it('puts the text past the line when the bar is too short to hold it and the line is near', () => {
    // A 40 px bar cannot hold a 120 px text; past the bar it would cross the line.
    const place = placeValueLabel({ barStart: 200, barEnd: 240, textWidth: 120, lineX: 260, right: 420 });
    expect(place).toEqual({ left: 267, where: 'after-line' });
  });

  it('never leaves the text over the line (every score from 0 to 100, every text width up to 60)', () => {
    for (let points = 0; points <= 100; points += 0.25) {
      for (const w of [20, 40, 60]) {
        const { left } = at(points, w);
        expect(left + w <= scale(85) - 3 || left >= scale(85) + 3, `${points} ${w}`).toBe(true);
      }
    }
  });
  it('writes a figure that ends exactly 3 px short of the line past its bar', () => {
    // 61.5 ends at 223: the 40 px text runs from 227 to 267, the line's clearance starts at 267.
    expect(at(61.5)).toEqual({ left: 227, where: 'after-bar' });
  });

  it('writes a figure that starts exactly 3 px past the line past its bar', () => {
    // 84.5 ends at 269: the text starts at 273, the line's clearance ends at 273.
    expect(at(84.5)).toEqual({ left: 273, where: 'after-bar' });
  });

  it('writes a full score past the line, inside the area, when past the bar it would run off the edge', () => {
    // Past the bar a 60 px text would end at 364, beyond the edge at 350; inside the bar it would cross the line.
    expect(at(100, 60)).toEqual({ left: 277, where: 'after-line' });
  });

  it('writes a full score past its bar when its text ends exactly at the edge', () => {
    expect(at(100, 46)).toEqual({ left: 304, where: 'after-bar' });
  });

  it('lets the figure run past the edge after its bar when no place fits the area, never over the line', () => {
    // 80 px: past the bar to 384, past the line to 357, both beyond 350; inside the bar it would cross the line.
    expect(at(100, 80)).toEqual({ left: 304, where: 'after-bar' });
  });

  it('writes a figure inside a short bar only when it fits between the bar start and the bar end', () => {
    // A bar from 200 to 240, the line at 260: past the bar any text crosses the line.
    const short = (textWidth: number) =>
      placeValueLabel({ barStart: 200, barEnd: 240, textWidth, lineX: 260, right: 420 });
    // 32 px: from 204 to 236, exactly 4 px from each end of the bar.
    expect(short(32)).toEqual({ left: 204, where: 'inside-bar' });
    // 33 px would start 3 px from the bar start: past the line instead.
    expect(short(33)).toEqual({ left: 267, where: 'after-line' });
  });
});
