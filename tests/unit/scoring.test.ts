import { describe, expect, it } from 'vitest';
import {
  evaluateAssessment,
  gradeFor,
  indicatorHistory,
  round2,
  totalChange,
  weakestIndicators,
} from '../../src/lib/ita/scoring';
import { loadYaml } from './load';
import { itaAssessmentSchema, itaFrameworkSchema, type ItaAssessment } from '../../src/schemas/ita';

const framework = itaFrameworkSchema.parse(loadYaml('content/ita/frameworks/2566.yaml'));
const seed = itaAssessmentSchema.parse(loadYaml('content/ita/assessments/2566.yaml'));

describe('evaluateAssessment on the seed (ITA 2566, อบต.โคกก่อ)', () => {
  const result = evaluateAssessment(framework, seed);

  it('averages each tool to two decimals', () => {
    expect(result.tools.map((t) => [t.code, t.average])).toEqual([
      ['IIT', 68.45],
      ['EIT', 73.98],
      ['OIT', 79.63],
    ]);
  });

  it('weights the tools 30/30/40 into a total of 74.58, grade C, not passed', () => {
    expect(result.total).toBe(74.58);
    expect(result.grade).toBe('C');
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

describe('grades and rounding', () => {
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
  ])('%d earns %s', (total, grade) => {
    expect(gradeFor(total, framework.grades)).toBe(grade);
  });

  it('rounds half away from zero despite binary fractions', () => {
    expect(round2(74.5775)).toBe(74.58);
    expect(round2(79.625)).toBe(79.63);
    expect(round2(1.005)).toBe(1.01);
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
    expect(current.grade).toBe('B');
    expect(totalChange(current, previous)).toBe(10);
    expect(totalChange(previous, undefined)).toBeNull();
    expect(indicatorHistory([current, previous], 'information-disclosure')).toEqual([
      { year: 2566, score: 85.5 },
      { year: 2567, score: 95.5 },
    ]);
  });
});
