// What the OIT year page shows of the forecast: the sub-indicators by name, the total with the latest
// assessment's IIT and EIT, and the first items to publish.
import { describe, expect, it } from 'vitest';
import { oitItem } from '../helpers/oit';
import { loadYaml } from './load';
import { forecastForYear, forecastShown, latestForChecklist } from '../../src/lib/oit/forecast-view';
import { evaluateAssessment } from '../../src/lib/ita/scoring';
import type { FrameworkCoverage, ItemCoverage } from '../../src/lib/oit/coverage';
import { itaAssessmentSchema, itaFrameworkSchema } from '../../src/schemas/ita';
import type { OitItem } from '../../src/schemas/oit';

const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
const result = evaluateAssessment(
  framework,
  itaAssessmentSchema.parse(loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml')),
);

const items: OitItem[] = [
  ['O1', 'structure', '9.1'],
  ['O2', 'executives', '9.1'],
  ['O3', 'anti-corruption-plan', '10.1'],
  ['O4', 'integrity-measures', '10.2'],
  ['O5', 'news', '9.1'],
].map(([code = '', slug = '', subIndicator = '']) => oitItem(code, slug, subIndicator));

const checklist = {
  year: 2566,
  source: 'คู่มือ',
  verified: false,
  subIndicators: [
    { code: '9.1', name: 'ข้อมูลพื้นฐาน' },
    { code: '10.1', name: 'การดำเนินการเพื่อป้องกันการทุจริต' },
    { code: '10.2', name: 'มาตรการภายในเพื่อป้องกันการทุจริต' },
  ],
  items,
};

const coverage = (ok: string[]): FrameworkCoverage => ({
  year: 2566,
  items: items.map((item) => ({ item, status: ok.includes(item.slug) ? 'ok' : 'missing' }) as ItemCoverage),
  counts: { ok: ok.length, missing: items.length - ok.length, stale: 0 },
});

describe('the forecast of a year, as the OIT page shows it', () => {
  it('names each sub-indicator from the checklist and scores it as the share of its complete items', () => {
    const view = forecastForYear({ coverage: coverage(['structure', 'anti-corruption-plan']), checklist });
    // 9.1: 1 of 3 → 33.33; 10.1: 1 of 1 → 100, 10.2: 0 of 1 → 0, so indicator 10 is 50; OIT (33.33 + 50) / 2
    expect(view.indicators.map((i) => [i.number, i.score])).toEqual([
      [9, 33.33],
      [10, 50],
    ]);
    expect(view.indicators[0]!.subIndicators).toEqual([
      { code: '9.1', name: 'ข้อมูลพื้นฐาน', passing: 1, items: 3, score: 33.33 },
    ]);
    expect(view.oit).toBe(41.67);
    expect(view.total).toBeUndefined();
  });

  it('adds the total with the latest IIT and EIT averages, saying which year they come from', () => {
    const view = forecastForYear({
      coverage: coverage(items.map((i) => i.slug)),
      checklist,
      latest: { result, framework },
    });
    // 0.3 × 68.45 + 0.3 × 73.98 + 0.4 × 100 = 82.729 → 82.73, ต้องปรับปรุง (below 85)
    expect(view.total).toMatchObject({ total: 82.73, level: 'ต้องปรับปรุง', passed: false, basedOnYear: 2566 });
    expect(view.total?.otherTools).toEqual([
      { code: 'IIT', average: 68.45 },
      { code: 'EIT', average: 73.98 },
    ]);
  });

  it('lists the unpublished items that raise the forecast most first, at most as many as asked', () => {
    const view = forecastForYear({ coverage: coverage([]), checklist, maxGains: 2 });
    // 10.1 and 10.2 have one item each: publishing either makes its sub-indicator 100 (indicator 10 +50,
    // OIT +25); a 9.1 item adds a third to 9.1 (OIT +16.67).
    expect(view.gains.map((g) => [g.code, g.oitGain])).toEqual([
      ['O3', 25],
      ['O4', 25],
    ]);
  });
});

describe('the assessment the forecast takes IIT and EIT from', () => {
  const older = { ...result, year: 2565 };
  it("is the newest result, with the checklist year's framework when there is one", () => {
    const frameworks = new Map([
      [2568, { ...framework, year: 2568 }],
      [2566, framework],
    ]);
    expect(latestForChecklist(2568, [older, result], frameworks)).toEqual({ result, framework: frameworks.get(2568) });
  });
  it("falls back to the result's own framework, and to nothing without a result", () => {
    const frameworks = new Map([[2566, framework]]);
    expect(latestForChecklist(2569, [result, older], frameworks)).toEqual({ result, framework });
    expect(latestForChecklist(2569, [], frameworks)).toBeUndefined();
  });
});

describe('forecastShown: a public page forecasts only the year still to be assessed', () => {
  it('shows the current checklist’s year while no result of it is published', () => {
    expect(forecastShown(2569, 2569, [{ year: 2566 }])).toBe(true);
    expect(forecastShown(2569, 2569, [])).toBe(true);
  });

  it('never beside a published result, nor for a year whose assessment is over', () => {
    expect(forecastShown(2569, 2569, [{ year: 2569 }])).toBe(false);
    expect(forecastShown(2566, 2569, [{ year: 2566 }])).toBe(false);
    expect(forecastShown(2567, 2569, [{ year: 2566 }])).toBe(false);
    expect(forecastShown(2568, undefined, [])).toBe(false);
  });
});
