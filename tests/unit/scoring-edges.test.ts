// The edges where a figure a citizen reads changes: exactly the pass mark, the rounding the NACC uses,
// each level's minimum with and without its per-tool condition, and levels written in any order.
import { describe, expect, it } from 'vitest';
import {
  evaluateAssessment,
  indicatorHistory,
  levelFor,
  round2,
  totalChange,
  weakestIndicators,
  type AssessmentResult,
} from '../../src/lib/ita/scoring';
import { passMarkGap, passMarkGapLabel } from '../../src/lib/ita/pass-mark';
import { loadYaml } from './load';
import { itaFrameworkSchema, type ItaAssessment, type ItaFramework } from '../../src/schemas/ita';

const frameworkOf = (year: number) => itaFrameworkSchema.parse(loadYaml(`nacc/ita/frameworks/${year}.yaml`));
const fw2568 = frameworkOf(2568);
const fw2565 = frameworkOf(2565);

/** An assessment of the 2568 framework with one score per indicator, by indicator number (1–10). */
function scored(scores: readonly number[], framework: ItaFramework = fw2568): ItaAssessment {
  return {
    year: framework.year,
    source: 'ข้อมูลทดสอบ',
    scores: framework.indicators.map((i) => ({ indicator: i.number, score: scores[i.number - 1]!, note: '' })),
  };
}

const names = (levels: readonly { name: string }[]) => levels.map((l) => l.name);

describe('an indicator exactly at the pass mark', () => {
  it('an indicator of exactly 85.00 passes and one of 84.99 does not', () => {
    const r = evaluateAssessment(fw2568, scored([85, 84.99, 90, 90, 90, 90, 90, 90, 90, 90]));
    expect(r.indicators.slice(0, 2).map((i) => [i.score, i.passed])).toEqual([
      [85, true],
      [84.99, false],
    ]);
    expect(weakestIndicators(r).map((i) => i.number)).toEqual([2]);
  });

  it('keeps the note and the comparison score of each indicator, and no comparison where there is none', () => {
    const base = scored([85, 85, 85, 85, 85, 85, 85, 85, 85, 85]);
    const r = evaluateAssessment(fw2568, {
      ...base,
      scores: base.scores.map((s) => (s.indicator === 3 ? { ...s, note: 'บันทึก' } : s)),
      reference: { label: 'ค่าเฉลี่ย', source: 'ทดสอบ', example: true, scores: [{ indicator: 3, score: 77.7 }] },
    });
    expect(r.indicators[2]).toMatchObject({ number: 3, note: 'บันทึก', reference: 77.7 });
    expect('reference' in r.indicators[1]!).toBe(false);
    expect(r.reference).toEqual({ label: 'ค่าเฉลี่ย', source: 'ทดสอบ', example: true });
    expect('reference' in evaluateAssessment(fw2568, base)).toBe(false);
  });

  it('reports the year, the source and the pass mark of the assessment', () => {
    const r = evaluateAssessment(fw2568, scored([85, 85, 85, 85, 85, 85, 85, 85, 85, 85]));
    expect([r.year, r.source, r.passMark]).toEqual([2568, 'ข้อมูลทดสอบ', 85]);
    expect(r.tools.map((t) => [t.code, t.weight, t.indicators.length])).toEqual([
      ['IIT', 30, 5],
      ['EIT', 30, 3],
      ['OIT', 40, 2],
    ]);
  });
});

describe('rounding as the NACC publishes two decimals', () => {
  it.each([
    [74.575, 74.58],
    [84.995, 85],
    [84.994, 84.99],
    [1.005, 1.01],
    [-1.005, -1.01],
    [-0.4, -0.4],
    [0, 0],
    [100, 100],
  ])('rounds %d to %d, half away from zero', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('the gap to the pass mark is the distance either way, rounded the same way', () => {
    expect(passMarkGap(74.58, 85)).toBe(10.42);
    expect(passMarkGap(90.005, 85)).toBe(5.01);
    expect(passMarkGap(85, 85)).toBe(0);
  });

  it('the gap is called above or below the mark, and, exactly at the mark, the distance (0.00 "above" would read oddly)', () => {
    expect(passMarkGapLabel(85.01, 85)).toBe('สูงกว่าเกณฑ์');
    expect(passMarkGapLabel(84.99, 85)).toBe('ต่ำกว่าเกณฑ์');
    expect(passMarkGapLabel(85, 85)).toBe('ห่างจากเกณฑ์');
    expect(passMarkGapLabel(85, 85.0)).toBe('ห่างจากเกณฑ์');
    expect(passMarkGapLabel(90, 90)).toBe('ห่างจากเกณฑ์');
  });
});

describe('each level at its edge, with and without the per-tool condition (ITA 2568)', () => {
  const levels = fw2568.levels;
  it.each([
    [95, [95, 95, 95], 'ผ่านดีเยี่ยม'],
    [95, [94.99, 95, 95], 'ผ่านดี'],
    [94.99, [95, 95, 95], 'ผ่านดี'],
    [85, [85, 85, 85], 'ผ่านดี'],
    [85, [84.99, 100, 100], 'ผ่าน'],
    [84.99, [100, 100, 100], 'ต้องปรับปรุง'],
    [70, [70, 70, 70], 'ต้องปรับปรุง'],
    [69.99, [69.99, 69.99, 69.99], 'ต้องปรับปรุงโดยด่วน'],
    [0, [0, 0, 0], 'ต้องปรับปรุงโดยด่วน'],
  ] as const)('a total of %d with tools %j is %s', (total, tools, level) => {
    expect(levelFor(total, tools, levels).name).toBe(level);
  });

  it('takes the levels by their rule in every order the file may list them', () => {
    const orders = [
      levels,
      [...levels].reverse(),
      [levels[2]!, levels[0]!, levels[4]!, levels[1]!, levels[3]!],
      [levels[1]!, levels[2]!, levels[0]!, levels[3]!, levels[4]!],
    ];
    for (const order of orders) {
      expect([
        levelFor(96, [96, 96, 96], order).name,
        levelFor(96, [94, 97, 97], order).name,
        levelFor(90, [90, 90, 90], order).name,
        levelFor(90, [80, 95, 95], order).name,
        levelFor(80, [80, 80, 80], order).name,
        levelFor(50, [50, 50, 50], order).name,
      ]).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);
    }
    // ผ่าน (85, no condition) listed before ผ่านดี (85, every tool 85) must not take its place.
    expect(levelFor(85, [85, 85, 85], [levels[2]!, levels[1]!, levels[4]!]).name).toBe('ผ่านดี');
  });

  it('does not reorder the levels it is given', () => {
    const reversed = [...levels].reverse();
    levelFor(90, [90, 90, 90], reversed);
    expect(names(reversed)).toEqual(names([...levels].reverse()));
  });

  it('refuses a total no level covers', () => {
    expect(() => levelFor(50, [50, 50, 50], levels.slice(0, 3))).toThrow('No level covers 50');
  });
});

describe('letter grades (ITA 2565) at their edges, in any order', () => {
  it.each([
    [95, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [49.99, 'F'],
  ])('%d is %s, whether the grades are listed from AA or from F', (total, grade) => {
    expect(levelFor(total, [total, total, total], fw2565.levels).name).toBe(grade);
    expect(levelFor(total, [total, total, total], [...fw2565.levels].reverse()).name).toBe(grade);
  });

  it('a total of exactly 85.00 in ITA 2565 is A and passes', () => {
    const r = evaluateAssessment(fw2565, scored([85, 85, 85, 85, 85, 85, 85, 85, 85, 85], fw2565));
    expect([r.total, r.level, r.passed]).toEqual([85, 'A', true]);
  });
});

describe('across years', () => {
  const result = (year: number, total: number, scores: [string, number][]): AssessmentResult =>
    ({
      year,
      total,
      indicators: scores.map(([slug, score]) => ({ slug, score })),
    }) as unknown as AssessmentResult;

  it('the change of the total is the difference to the previous year, rounded, or none without one', () => {
    expect(totalChange(result(2567, 86.63, []), result(2566, 74.58, []))).toBe(12.05);
    expect(totalChange(result(2567, 74.58, []), result(2566, 86.63, []))).toBe(-12.05);
    expect(totalChange(result(2567, 74.58, []), undefined)).toBeNull();
  });

  it("an indicator's history runs oldest first whatever the order given, skipping years without it", () => {
    const results = [
      result(2567, 0, [['a', 2]]),
      result(2565, 0, [['b', 9]]),
      result(2566, 0, [['a', 1]]),
      result(2568, 0, [['a', 3]]),
    ];
    expect(indicatorHistory(results, 'a')).toEqual([
      { year: 2566, score: 1 },
      { year: 2567, score: 2 },
      { year: 2568, score: 3 },
    ]);
    expect(results.map((r) => r.year)).toEqual([2567, 2565, 2566, 2568]);
  });

  it('lists the failed indicators weakest first, whatever their order in the framework', () => {
    const r = evaluateAssessment(fw2568, scored([80, 70, 90, 60, 84.99, 85, 100, 75, 95, 50]));
    expect(weakestIndicators(r).map((i) => [i.number, i.score])).toEqual([
      [10, 50],
      [4, 60],
      [2, 70],
      [8, 75],
      [1, 80],
      [5, 84.99],
    ]);
  });
});
