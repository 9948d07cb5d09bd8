// The organization's OIT forecast, scored as the NACC scores it (item 100 or 0, sub-indicator share,
// indicator mean, tool mean, two decimals), the forecast total and level, the items worth publishing
// first, and the ITAS sheet of URLs to submit.
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { forecastOit, forecastTotal, itemsByGain, type ForecastInputItem } from '../../src/lib/oit/forecast';
import { itasSheetRows, neutralizeFormula, renderItasCsv } from '../../src/lib/oit/itas-sheet';
import { BOM, parseCsv } from '../../src/lib/open-data/csv';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import type { CoverageStatus } from '../../src/lib/oit/coverage';

const framework2566 = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
/** The seed's published IIT and EIT averages (content/ita/assessments/2566.yaml). */
const seedAverages = { IIT: 68.45, EIT: 73.98 };

/**
 * The 2566 structure (43 items, O1–O43 in sub-indicator order) with, per sub-indicator, how many of its
 * first items are complete. One set for indicator 9 that gives exactly 85.50 (the five shares must add up to
 * 427.5; 9.1 moves in tenths, 9.2 in eighths, 9.3–9.5 in quarters, so 9.2 must be an odd number of eighths):
 * 9.1 9/10 = 90, 9.2 7/8 = 87.5, 9.3 4/4 = 100, 9.4 3/4 = 75, 9.5 3/4 = 75 → 427.5 / 5 = 85.50.
 * Indicator 10 as the issue states: 10.1 7/8 = 87.5, 10.2 3/5 = 60 → 73.75.
 */
const structure2566: [sub: string, items: number, complete: number][] = [
  ['9.1', 10, 9],
  ['9.2', 8, 7],
  ['9.3', 4, 4],
  ['9.4', 4, 3],
  ['9.5', 4, 3],
  ['10.1', 8, 7],
  ['10.2', 5, 3],
];

function checklist(structure: typeof structure2566, failing: CoverageStatus = 'missing'): ForecastInputItem[] {
  let n = 0;
  return structure.flatMap(([sub, count, complete]) =>
    Array.from({ length: count }, (_, i): ForecastInputItem => {
      n++;
      return {
        item: { code: `O${n}`, slug: `item-${n}`, title: `รายการที่ ${n}`, subIndicator: sub },
        status: i < complete ? 'ok' : failing,
      };
    }),
  );
}

const seed2566 = checklist(structure2566);

describe('forecastOit', () => {
  it('reproduces the seed 2566 indicators 85.50 and 73.75 and the OIT 79.63 from the 2566 structure', () => {
    expect(seed2566).toHaveLength(43);
    const f = forecastOit(seed2566);
    expect(f.indicators.map((i) => [i.number, i.score])).toEqual([
      [9, 85.5],
      [10, 73.75],
    ]);
    expect(f.indicators[1]!.subIndicators).toEqual([
      { code: '10.1', passing: 7, items: 8, score: 87.5 },
      { code: '10.2', passing: 3, items: 5, score: 60 },
    ]);
    expect(f.indicators[0]!.subIndicators.map((s) => s.code)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5']);
    expect(f.oit).toBe(79.63);
  });

  it('counts stale items as 0, like missing ones: only complete items pass', () => {
    expect(forecastOit(checklist(structure2566, 'stale'))).toEqual(forecastOit(seed2566));
    const allStale = seed2566.map((e) => ({ ...e, status: 'stale' as const }));
    expect(forecastOit(allStale).oit).toBe(0);
  });

  it('leaves a sub-indicator with no items out of its indicator mean instead of counting it as 0', () => {
    const f = forecastOit(
      checklist([
        ['9.1', 2, 2],
        ['9.3', 4, 1],
        ['10.1', 1, 1],
      ]),
    );
    expect(f.indicators[0]).toMatchObject({ number: 9, score: 62.5 });
    expect(f.indicators[0]!.subIndicators.map((s) => s.code)).toEqual(['9.1', '9.3']);
    expect(f.oit).toBe(81.25);
  });

  it('orders sub-indicators numerically, 9.2 before 9.10, and rounds each step to two decimals', () => {
    const f = forecastOit(
      checklist([
        ['9.10', 3, 1],
        ['9.2', 3, 2],
        ['10.1', 3, 2],
      ]),
    );
    expect(f.indicators[0]!.subIndicators.map((s) => [s.code, s.score])).toEqual([
      ['9.2', 66.67],
      ['9.10', 33.33],
    ]);
    expect(f.indicators.map((i) => i.score)).toEqual([50, 66.67]);
    expect(f.oit).toBe(58.34);
  });
});

describe('forecastTotal', () => {
  it('gives the seed total 74.58 and ต้องปรับปรุง from IIT 68.45, EIT 73.98 and the OIT forecast 79.63', () => {
    const oit = forecastOit(seed2566).oit;
    expect(forecastTotal(oit, { framework: framework2566, averages: seedAverages })).toEqual({
      total: 74.58,
      level: 'ต้องปรับปรุง',
      passed: false,
      toolAverages: { IIT: 68.45, EIT: 73.98, OIT: 79.63 },
    });
  });

  it('applies the per-tool condition of the levels to the forecast OIT too', () => {
    const averages = { IIT: 96, EIT: 96 };
    expect(forecastTotal(100, { framework: framework2566, averages }).level).toBe('ผ่านดีเยี่ยม');
    // 96·0.3 + 96·0.3 + 94·0.4 = 95.20: the total is enough, the OIT is not.
    expect(forecastTotal(94, { framework: framework2566, averages })).toMatchObject({
      total: 95.2,
      level: 'ผ่านดี',
      passed: true,
    });
  });

  it('refuses to forecast without the average of every other tool', () => {
    expect(() => forecastTotal(80, { framework: framework2566, averages: { IIT: 70 } })).toThrow(/EIT/);
  });
});

describe('itemsByGain', () => {
  const gains = itemsByGain(seed2566, { framework: framework2566, averages: seedAverages });

  it('lists only the items not passing, those raising the forecast most first, then by code', () => {
    expect(gains).toHaveLength(43 - 36);
    expect(gains.map((g) => [g.code, g.subIndicator, g.oitGain])).toEqual([
      ['O42', '10.2', 5],
      ['O43', '10.2', 5],
      ['O38', '10.1', 3.12],
      ['O26', '9.4', 2.5],
      ['O30', '9.5', 2.5],
      ['O18', '9.2', 1.25],
      ['O10', '9.1', 1],
    ]);
  });

  it('ranks a 10.2 item above a 9.1 item, since 10.2 has fewer items', () => {
    const rank = (sub: string) => gains.findIndex((g) => g.subIndicator === sub);
    expect(rank('10.2')).toBeLessThan(rank('9.1'));
  });

  it('gives each item its gain in the forecast total, with the item passing minus without', () => {
    const first = gains[0]!;
    // OIT 79.63 → 84.63: the total 74.58 → round2(20.535 + 22.194 + 33.852) = 76.58.
    expect(first.totalGain).toBe(2);
    expect(first).toMatchObject({ slug: 'item-42', title: 'รายการที่ 42', status: 'missing' });
    expect(itemsByGain(seed2566)[0]).not.toHaveProperty('totalGain');
  });

  it('lists nothing when every item is complete', () => {
    expect(itemsByGain(seed2566.map((e) => ({ ...e, status: 'ok' as const })))).toEqual([]);
  });
});

describe('ITAS sheet', () => {
  const items = [
    { code: 'O1', slug: 'structure', title: 'โครงสร้าง' },
    { code: 'O2', slug: 'executives', title: 'ข้อมูลผู้บริหาร, "ผู้บริหาร"' },
    { code: 'O3', slug: 'powers', title: '=HYPERLINK("http://evil")' },
  ];

  it('lists every item in checklist order with the absolute URL of its own page', () => {
    expect(itasSheetRows(items, 'https://www.example.go.th')).toEqual([
      { code: 'O1', title: 'โครงสร้าง', url: 'https://www.example.go.th/oit/items/structure/' },
      { code: 'O2', title: 'ข้อมูลผู้บริหาร, "ผู้บริหาร"', url: 'https://www.example.go.th/oit/items/executives/' },
      { code: 'O3', title: '=HYPERLINK("http://evil")', url: 'https://www.example.go.th/oit/items/powers/' },
    ]);
  });

  it('keeps the base path of a site served under a folder', () => {
    expect(itasSheetRows(items.slice(0, 1), new URL('https://host.example/prongsai'))[0]!.url).toBe(
      'https://host.example/prongsai/oit/items/structure/',
    );
  });

  it('renders CSV with a BOM and a header, quoting what must be quoted and keeping formulas as text', () => {
    const csv = renderItasCsv(itasSheetRows(items, 'https://www.example.go.th/'));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['code', 'title', 'url'],
      ['O1', 'โครงสร้าง', 'https://www.example.go.th/oit/items/structure/'],
      ['O2', 'ข้อมูลผู้บริหาร, "ผู้บริหาร"', 'https://www.example.go.th/oit/items/executives/'],
      ['O3', `'=HYPERLINK("http://evil")`, 'https://www.example.go.th/oit/items/powers/'],
    ]);
  });

  it('prefixes only text a spreadsheet would read as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'O1', 'a=b'].map(neutralizeFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      'O1',
      'a=b',
    ]);
  });
});
