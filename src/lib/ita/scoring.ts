import type { ItaAssessment, ItaFramework } from '../../schemas/ita';

export interface IndicatorResult {
  number: number;
  slug: string;
  name: string;
  nameEn: string;
  tool: string;
  score: number;
  note: string;
  /** The comparison score (national or peer average), when the assessment has one. */
  reference?: number;
  passed: boolean;
}

export interface ToolResult {
  code: string;
  name: string;
  nameEn: string;
  weight: number;
  /** Mean of the tool's indicators, rounded to two decimals for display. */
  average: number;
  indicators: IndicatorResult[];
}

export interface AssessmentResult {
  year: number;
  source: string;
  passMark: number;
  /** Weighted total rounded to two decimals, as the NACC publishes it. */
  total: number;
  grade: string;
  passed: boolean;
  tools: ToolResult[];
  indicators: IndicatorResult[];
  reference?: { label: string; source: string; example: boolean };
}

/** Rounds half away from zero to two decimals, robust to binary fractions (74.575 → 74.58). */
export function round2(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-7)) / 100;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The grade band a total falls in (bands: a total of at least `min` earns `grade`). */
export function gradeFor(total: number, bands: ItaFramework['grades']): string {
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min);
  if (!band) throw new RangeError(`No grade band covers ${total}`);
  return band.grade;
}

/**
 * Combines a year's framework with that year's scores (one per indicator: the checker's rules hold,
 * src/lib/content-check/rules.ts) into each tool's mean, the weighted total, the grade and pass/fail.
 */
export function evaluateAssessment(framework: ItaFramework, assessment: ItaAssessment): AssessmentResult {
  const refs = new Map(assessment.reference?.scores.map((s) => [s.indicator, s.score]));
  const indicators: IndicatorResult[] = framework.indicators.map((ind) => {
    // The checker's assessmentProblems guarantees one score per indicator.
    const entry = assessment.scores.find((s) => s.indicator === ind.number)!;
    const reference = refs.get(ind.number);
    return {
      ...ind,
      score: entry.score,
      note: entry.note,
      passed: entry.score >= framework.passMark,
      ...(reference === undefined ? {} : { reference }),
    };
  });
  const rawTotal = framework.tools.reduce((sum, tool) => {
    const scores = indicators.filter((i) => i.tool === tool.code).map((i) => i.score);
    return sum + (mean(scores) * tool.weight) / 100;
  }, 0);
  const tools: ToolResult[] = framework.tools.map((tool) => {
    const own = indicators.filter((i) => i.tool === tool.code);
    return { ...tool, average: round2(mean(own.map((i) => i.score))), indicators: own };
  });
  const total = round2(rawTotal);
  return {
    year: assessment.year,
    source: assessment.source,
    passMark: framework.passMark,
    total,
    grade: gradeFor(total, framework.grades),
    passed: total >= framework.passMark,
    tools,
    indicators,
    ...(assessment.reference
      ? {
          reference: {
            label: assessment.reference.label,
            source: assessment.reference.source,
            example: assessment.reference.example,
          },
        }
      : {}),
  };
}

/** Change of the total from the previous assessment, or null when there is none. */
export function totalChange(current: AssessmentResult, previous: AssessmentResult | undefined): number | null {
  return previous ? round2(current.total - previous.total) : null;
}

/** The same indicator (by slug, which is stable across years) in every assessment, oldest first. */
export function indicatorHistory(results: AssessmentResult[], slug: string): { year: number; score: number }[] {
  return [...results]
    .sort((a, b) => a.year - b.year)
    .flatMap((r) => r.indicators.filter((i) => i.slug === slug).map((i) => ({ year: r.year, score: i.score })));
}

/** The indicators below the pass mark, weakest first. */
export function weakestIndicators(result: AssessmentResult): IndicatorResult[] {
  return result.indicators.filter((i) => !i.passed).sort((a, b) => a.score - b.score);
}
