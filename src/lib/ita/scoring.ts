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
  /** Mean of the tool's indicators, rounded to two decimals as the NACC publishes it. */
  average: number;
  indicators: IndicatorResult[];
}

export interface AssessmentResult {
  year: number;
  source: string;
  passMark: number;
  /** Weighted total of the tools' published averages, rounded to two decimals as the NACC publishes it. */
  total: number;
  /** The result level's name (ผ่าน, ต้องปรับปรุง, …; AA–F up to ITA 2565). */
  level: string;
  /** Whether the level counts as passing. */
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

type Level = ItaFramework['levels'][number];

/** The levels in the order they are tried: highest minimum total first, then highest minimum per tool. */
function levelsInRuleOrder(levels: readonly Level[]): Level[] {
  return [...levels].sort((a, b) => b.minTotal - a.minTotal || (b.minEachTool ?? 0) - (a.minEachTool ?? 0));
}

/**
 * The level a total earns with these tool averages (both as published, two decimals): the first level,
 * highest minimum first, whose minimum total and minimum for every tool both hold.
 */
export function levelFor(total: number, toolAverages: readonly number[], levels: readonly Level[]): Level {
  const level = levelsInRuleOrder(levels).find(
    (l) => total >= l.minTotal && (l.minEachTool === undefined || toolAverages.every((a) => a >= l.minEachTool!)),
  );
  if (!level) throw new RangeError(`No level covers ${total}`);
  return level;
}

/**
 * Combines a year's framework with that year's scores (one per indicator: the checker's rules hold,
 * src/lib/content-check/rules.ts) into each tool's mean, the weighted total, the result level and pass/fail.
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
  const tools: ToolResult[] = framework.tools.map((tool) => {
    const own = indicators.filter((i) => i.tool === tool.code);
    return { ...tool, average: round2(mean(own.map((i) => i.score))), indicators: own };
  });
  // The NACC publishes each tool's average with two decimals and the total from those.
  const total = round2(tools.reduce((sum, tool) => sum + (tool.average * tool.weight) / 100, 0));
  const level = levelFor(
    total,
    tools.map((t) => t.average),
    framework.levels,
  );
  return {
    year: assessment.year,
    source: assessment.source,
    passMark: framework.passMark,
    total,
    level: level.name,
    passed: level.passes,
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
