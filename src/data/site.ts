/**
 * Route data: loads the content collections once and hands pages ready-made values. Pages and
 * components render what this returns; the computing happens in the pure modules it calls.
 */
import { getCollection } from 'astro:content';
import { ContentError } from '../lib/content-check/error';
import { evaluateAssessment, type AssessmentResult } from '../lib/ita/scoring';
import { assessmentFileProblems, planFileProblems, throwIfProblems } from '../lib/content-check/rules';
import type { ItaFramework } from '../schemas/ita';
import type { Organization } from '../schemas/organization';
import type { FormatOptions } from '../lib/thai/format';
import { orderPlans, resolvePlan, type ResolvedPlan } from '../lib/ita/measures';
import { calendarToday } from '../lib/ita/timeline';

export async function getOrganization(): Promise<Organization> {
  const [entry, ...rest] = await getCollection('organization');
  if (!entry || rest.length) {
    throw new ContentError(
      'content/organization.yaml',
      '(ทั้งไฟล์ / whole file)',
      'ต้องมีไฟล์ข้อมูลหน่วยงาน organization.yaml หนึ่งไฟล์',
      `expected exactly one organization file, found ${rest.length + (entry ? 1 : 0)}`,
    );
  }
  return entry.data;
}

export async function getFormatOptions(): Promise<FormatOptions> {
  return { thaiDigits: (await getOrganization()).display.thaiDigits };
}

export async function getFrameworks(): Promise<Map<number, ItaFramework>> {
  const entries = await getCollection('itaFrameworks');
  return new Map(entries.map((e) => [e.data.year, e.data]));
}

let resultsCache: Promise<AssessmentResult[]> | undefined;

/** Every assessment evaluated against its year's framework, newest first. */
export function getResults(): Promise<AssessmentResult[]> {
  resultsCache ??= (async () => {
    const frameworks = await getFrameworks();
    const entries = await getCollection('itaAssessments');
    return entries
      .map((entry) => {
        const file = entry.filePath ?? `content/ita/assessments/${entry.id}`;
        throwIfProblems(assessmentFileProblems(entry.id, entry.data, new Set(frameworks.keys()), file));
        const framework = frameworks.get(entry.data.year)!;
        return evaluateAssessment(framework, entry.data, file);
      })
      .sort((a, b) => b.year - a.year);
  })();
  return resultsCache;
}

let todayCache: Date | undefined;

/** The build's "today" (Thailand), or PRONGSAI_TODAY (YYYY-MM-DD) when set: pages state it. */
export function getToday(): Date {
  todayCache ??= calendarToday(new Date(), process.env.PRONGSAI_TODAY);
  return todayCache;
}

let plansCache: Promise<ResolvedPlan[]> | undefined;

/**
 * Every measures plan with its indicators checked against the framework of its assessment year, in
 * reading order (the current fiscal year first, then the newest).
 */
export function getPlans(): Promise<ResolvedPlan[]> {
  plansCache ??= (async () => {
    const frameworks = await getFrameworks();
    const results = await getResults();
    const entries = await getCollection('measuresPlans');
    const plans = entries.map((entry) => {
      const file = entry.filePath ?? `content/measures/${entry.id}`;
      const plan = entry.data;
      throwIfProblems(
        planFileProblems(entry.id, plan, new Set(frameworks.keys()), new Set(results.map((r) => r.year)), file),
      );
      const framework = frameworks.get(plan.assessmentYear)!;
      return resolvePlan(plan, framework, file);
    });
    return orderPlans(plans, getToday());
  })();
  return plansCache;
}
