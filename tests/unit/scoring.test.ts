import { describe, expect, it } from 'vitest';
import {
  evaluateAssessment,
  levelFor,
  indicatorHistory,
  round2,
  totalChange,
  weakestIndicators,
} from '../../src/lib/ita/scoring';
import { loadYaml } from './load';
import { itaAssessmentSchema, itaFrameworkSchema, type ItaAssessment } from '../../src/schemas/ita';

const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
const seed = itaAssessmentSchema.parse(loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml'));

describe('evaluateAssessment on the seed (ITA 2566, อบต.โคกก่อ)', () => {
  const result = evaluateAssessment(framework, seed);

  it('averages each tool to two decimals', () => {
    expect(result.tools.map((t) => [t.code, t.average])).toEqual([
      ['IIT', 68.45],
      ['EIT', 73.98],
      ['OIT', 79.63],
    ]);
  });

  it('weights the tools 30/30/40 into a total of 74.58: ต้องปรับปรุง, not passed', () => {
    expect(result.total).toBe(74.58);
    expect(result.level).toBe('ต้องปรับปรุง');
    expect(result.passed).toBe(false);
  });

  it('keeps the framework order and marks indicators against the pass mark', () => {
    expect(result.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.indicators.filter((i) => i.passed).map((i) => i.name)).toEqual(['การเปิดเผยข้อมูล']);
  });

  it('lists the weakest indicators first', () => {
    expect(
      weakestIndicators(result)
        .slice(0, 3)
        .map((i) => [i.number, i.score]),
    ).toEqual([
      [5, 59.01],
      [4, 66.2],
      [2, 67.28],
    ]);
  });
});

/** An assessment of `year` whose three tools average exactly `iit`, `eit` and `oit` (one score per indicator). */
function withToolScores(year: number, iit: number, eit: number, oit: number): ItaAssessment {
  const byTool: Record<string, number> = { IIT: iit, EIT: eit, OIT: oit };
  return {
    year,
    source: 'ข้อมูลทดสอบ',
    scores: framework.indicators.map((i) => ({ indicator: i.number, score: byTool[i.tool]!, note: '' })),
  };
}

const frameworkOf = (year: number) => itaFrameworkSchema.parse(loadYaml(`nacc/ita/frameworks/${year}.yaml`));

describe('result levels from ITA 2566: the total and every tool', () => {
  const evaluate = (iit: number, eit: number, oit: number, year = 2568) =>
    evaluateAssessment(frameworkOf(year), withToolScores(year, iit, eit, oit));

  it('94.64 with EIT at 84.00 is ผ่าน, not ผ่านดี (the สตง. case of ITA 2568)', () => {
    const r = evaluate(99.2, 84, 99.2);
    expect(r.total).toBe(94.64);
    expect(r.level).toBe('ผ่าน');
    expect(r.passed).toBe(true);
  });

  it('95.81 with one tool at 94 is ผ่านดี, not ผ่านดีเยี่ยม (the ThaiPBS case of ITA 2566)', () => {
    const r = evaluate(94, 96.7, 96.5, 2566);
    expect(r.total).toBe(95.81);
    expect(r.level).toBe('ผ่านดี');
    expect(r.passed).toBe(true);
  });

  it('96.00 with every tool at 95 or more is ผ่านดีเยี่ยม', () => {
    const r = evaluate(95, 97, 96, 2567);
    expect(r.total).toBe(96);
    expect(r.level).toBe('ผ่านดีเยี่ยม');
    expect(r.passed).toBe(true);
  });

  it('a total of exactly 85.00 passes, and 84.99 does not', () => {
    const exact = evaluate(85, 85, 85);
    expect([exact.total, exact.level, exact.passed]).toEqual([85, 'ผ่านดี', true]);
    const below = evaluate(84.99, 84.99, 84.99);
    expect([below.total, below.level, below.passed]).toEqual([84.99, 'ต้องปรับปรุง', false]);
  });

  it('rounds a total of 84.995 half up to 85.00, as the NACC publishes two decimals, so it passes', () => {
    // 0.3 × 84.97 + 0.3 × 85.00 + 0.4 × 85.01 = 84.995
    const r = evaluate(84.97, 85, 85.01);
    expect(r.total).toBe(85);
    expect(r.level).toBe('ผ่าน');
    expect(r.passed).toBe(true);
  });

  it('computes the total from the tool averages as published, rounded to two decimals', () => {
    // IIT 84.996 is published as 85.00, so the total is 0.3 × 85.00 + 0.3 × 84.99 + 0.4 × 85.02 = 85.005 → 85.01
    // (from the unrounded mean it would be 85.0038 → 85.00).
    const base = withToolScores(2568, 85, 84.99, 85.02);
    const r = evaluateAssessment(frameworkOf(2568), {
      ...base,
      scores: base.scores.map((s) => (s.indicator === 1 ? { ...s, score: 84.98 } : s)),
    });
    expect(r.tools.map((t) => t.average)).toEqual([85, 84.99, 85.02]);
    expect(r.total).toBe(85.01);
    expect(r.level).toBe('ผ่าน');
  });

  it('below 70 is ต้องปรับปรุงโดยด่วน', () => {
    expect(evaluate(69.99, 69.99, 69.99).level).toBe('ต้องปรับปรุงโดยด่วน');
    expect(evaluate(70, 70, 70).level).toBe('ต้องปรับปรุง');
  });

  it('tries the levels by their own rule, whatever their order in the file', () => {
    const levels = frameworkOf(2568).levels;
    const reversed = [...levels].reverse();
    for (const [total, tools] of [
      [96, [95, 97, 96]],
      [95.81, [94, 96.7, 96.5]],
      [94.64, [99.2, 84, 99.2]],
      [74.58, [68.45, 73.98, 79.63]],
    ] as const) {
      expect(levelFor(total, tools, reversed).name).toBe(levelFor(total, tools, levels).name);
    }
    expect(levelFor(95.81, [94, 96.7, 96.5], reversed).name).toBe('ผ่านดี');
  });
});

describe('letter grades up to ITA 2565', () => {
  it('a 2565 assessment shows its letter: 86.63 is A and passes, 74.58 is C', () => {
    const a = evaluateAssessment(frameworkOf(2565), withToolScores(2565, 81.1, 84.33, 92.5));
    expect([a.total, a.level, a.passed]).toEqual([86.63, 'A', true]);
    const c = evaluateAssessment(frameworkOf(2565), { ...seed, year: 2565 });
    expect([c.total, c.level, c.passed]).toEqual([74.58, 'C', false]);
  });

  it.each([
    [100, 'AA'],
    [95, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.58, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [55, 'D'],
    [54.99, 'E'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('%d earns %s in 2564', (total, letter) => {
    expect(levelFor(total, [0, 0, 0], frameworkOf(2564).levels).name).toBe(letter);
  });
});

describe('rounding', () => {
  it('rounds half away from zero despite binary fractions', () => {
    expect(round2(74.5775)).toBe(74.58);
    expect(round2(79.625)).toBe(79.63);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(84.995)).toBe(85);
    expect(round2(-0.125)).toBe(-0.13);
  });
});

describe('change between years', () => {
  const withScores = (year: number, delta: number): ItaAssessment => ({
    ...seed,
    year,
    scores: seed.scores.map((s) => ({ ...s, score: Math.min(100, s.score + delta) })),
  });

  it('reports the change of the total and each indicator across years by slug', () => {
    const fw2567 = { ...framework, year: 2567 };
    const current = evaluateAssessment(fw2567, withScores(2567, 10));
    const previous = evaluateAssessment(framework, seed);
    expect(current.total).toBe(84.58);
    expect(current.level).toBe('ต้องปรับปรุง');
    expect(totalChange(current, previous)).toBe(10);
    expect(totalChange(previous, undefined)).toBeNull();
    expect(indicatorHistory([current, previous], 'information-disclosure')).toEqual([
      { year: 2566, score: 85.5 },
      { year: 2567, score: 95.5 },
    ]);
  });
});
