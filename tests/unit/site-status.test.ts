// What the home page says of the results not on the site.
import { describe, expect, it } from 'vitest';
import { resultsNotOnSite, yearsText } from '../../src/lib/ita/site-status';

describe('resultsNotOnSite', () => {
  it('names the assessed years after the newest result, before the year being assessed', () => {
    expect(resultsNotOnSite(2566, [2564, 2565, 2566, 2567, 2568, 2569])).toEqual([2567, 2568]);
  });

  it('names none when the newest result is of the year before the one being assessed, or later', () => {
    expect(resultsNotOnSite(2568, [2566, 2567, 2568, 2569])).toEqual([]);
    expect(resultsNotOnSite(2569, [2568, 2569])).toEqual([]);
    expect(resultsNotOnSite(2566, [])).toEqual([]);
  });
});

describe('yearsText', () => {
  const y = (n: number) => String(n);
  it('writes consecutive years as a range, others as a list', () => {
    expect(yearsText([2567, 2568], y)).toBe('2567–2568');
    expect(yearsText([2567], y)).toBe('2567');
    expect(yearsText([2565, 2567, 2568], y)).toBe('2565, 2567–2568');
    expect(yearsText([], y)).toBe('');
  });
});
