// The forecast's arithmetic, computed inside each test: the gain of each unpublished item with and without
// the total, the names of the sub-indicators, and which assessment the forecast takes IIT and EIT from.
import { describe, expect, it } from 'vitest';
import { oitItem } from '../helpers/oit';
import { loadYaml } from './load';
import { forecastOit, forecastTotal, itemsByGain, type ForecastInputItem } from '../../src/lib/oit/forecast';
import { forecastForYear, latestForChecklist } from '../../src/lib/oit/forecast-view';
import type { AssessmentResult } from '../../src/lib/ita/scoring';
import type { FrameworkCoverage, ItemCoverage } from '../../src/lib/oit/coverage';
import { itaFrameworkSchema, type ItaFramework } from '../../src/schemas/ita';

const framework = () => itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));

/** Items of sub-indicators: [code, sub-indicator, status]. */
const entries = (list: [string, string, ForecastInputItem['status']][]): ForecastInputItem[] =>
  list.map(([code, subIndicator, status]) => ({
    item: { code, slug: code.toLowerCase(), title: `รายการ ${code}`, subIndicator },
    status,
  }));

describe('what publishing each item would add', () => {
  const list = () =>
    entries([
      ['O1', '9.1', 'ok'],
      ['O2', '9.1', 'missing'],
      ['O3', '10.1', 'stale'],
      ['O10', '9.1', 'missing'],
    ]);

  it('gives the gain in the OIT forecast of each item not yet complete, largest first, then by code', () => {
    // Before: 9.1 = 1/3 → 33.33, 10.1 = 0 → OIT 16.67. O3 makes 10.1 100 → OIT 66.67 (+50).
    // O2 or O10 make 9.1 66.67 → OIT 33.34 (+16.67).
    expect(forecastOit(list()).oit).toBe(16.67);
    expect(itemsByGain(list()).map((g) => [g.code, g.status, g.oitGain, 'totalGain' in g])).toEqual([
      ['O3', 'stale', 50, false],
      ['O2', 'missing', 16.67, false],
      ['O10', 'missing', 16.67, false],
    ]);
  });

  it('with the latest IIT and EIT, also gives the gain in the forecast total', () => {
    const total = { framework: framework(), averages: { IIT: 80, EIT: 80 } };
    // Total before: 0.3·80 + 0.3·80 + 0.4·16.67 = 54.67; with O3: 0.4·66.67 → 74.67 (+20).
    expect(forecastTotal(16.67, total).total).toBe(54.67);
    expect(itemsByGain(list(), total).map((g) => [g.code, g.oitGain, g.totalGain])).toEqual([
      ['O3', 50, 20],
      ['O2', 16.67, 6.67],
      ['O10', 16.67, 6.67],
    ]);
  });

  it('forecasts 0 for an empty checklist, and lists nothing to publish', () => {
    expect(forecastOit([])).toEqual({ oit: 0, indicators: [] });
    expect(itemsByGain([])).toEqual([]);
  });
});

describe('the forecast of a year, ready to show', () => {
  const items = [oitItem('O1', 'structure', '9.1'), oitItem('O2', 'news', '9.9')];
  const coverage = (): FrameworkCoverage => ({
    year: 2566,
    items: items.map((item, i) => ({ item, status: i === 0 ? 'ok' : 'missing' }) as ItemCoverage),
    counts: { ok: 1, missing: 1, stale: 0 },
  });

  it('names each sub-indicator from the checklist, and a sub-indicator the checklist does not name with nothing', () => {
    const f = forecastForYear({
      coverage: coverage(),
      checklist: { year: 2566, subIndicators: [{ code: '9.1', name: 'ข้อมูลพื้นฐาน' }] },
    });
    expect(f.indicators[0]!.subIndicators.map((s) => [s.code, s.name, s.score])).toEqual([
      ['9.1', 'ข้อมูลพื้นฐาน', 100],
      ['9.9', '', 0],
    ]);
    expect([f.year, f.oit, 'total' in f, f.gains.map((g) => g.code)]).toEqual([2566, 50, false, ['O2']]);
  });
});

describe('the assessment the forecast takes IIT and EIT from', () => {
  const result = (year: number) => ({ year }) as AssessmentResult;
  const fw = (year: number) => ({ year }) as ItaFramework;

  it('is the newest result, with the framework of the checklist year, else of the result year', () => {
    const frameworks = new Map([
      [2566, fw(2566)],
      [2568, fw(2568)],
    ]);
    expect(latestForChecklist(2568, [result(2566), result(2567)], frameworks)).toEqual({
      result: result(2567),
      framework: fw(2568),
    });
    expect(latestForChecklist(2569, [result(2566)], frameworks)).toEqual({ result: result(2566), framework: fw(2566) });
  });

  it('is none without a result, even when the checklist year has a framework, or without any framework', () => {
    expect(latestForChecklist(2568, [], new Map([[2568, fw(2568)]]))).toBeUndefined();
    expect(latestForChecklist(2568, [result(2567)], new Map())).toBeUndefined();
  });
});
