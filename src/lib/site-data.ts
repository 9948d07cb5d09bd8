/**
 * Route data: loads the content collections once and hands pages ready-made values. Pages and
 * components render what this returns; the computing happens in the pure modules it calls.
 */
import { getCollection } from 'astro:content';
import { ContentError } from './content-error';
import { evaluateAssessment, type AssessmentResult } from './scoring';
import type { ItaFramework } from '../schemas/ita';
import type { Organization } from '../schemas/organization';
import type { FormatOptions } from './thai-format';
import { orderPlans, resolvePlan, type ResolvedPlan } from './measures';
import { calendarToday } from './timeline';

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
        if (String(entry.data.year) !== entry.id) {
          throw new ContentError(file, 'year', `ชื่อไฟล์ต้องเป็นปี พ.ศ. ของผลการประเมิน (${entry.data.year}.yaml)`, `expected the file to be named ${entry.data.year}.yaml`);
        }
        const framework = frameworks.get(entry.data.year);
        if (!framework) {
          throw new ContentError(
            file,
            'year',
            `ไม่มีกรอบการประเมินของปี ${entry.data.year}: เพิ่มไฟล์ content/ita/frameworks/${entry.data.year}.yaml`,
            `expected a framework file for ${entry.data.year}, found none`,
          );
        }
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
      if (String(plan.fiscalYear) !== entry.id) {
        throw new ContentError(file, 'fiscalYear', `ชื่อไฟล์ต้องเป็นปีงบประมาณของแผน (${plan.fiscalYear}.yaml)`, `expected the file to be named ${plan.fiscalYear}.yaml`);
      }
      const framework = frameworks.get(plan.assessmentYear);
      if (!framework || !results.some((r) => r.year === plan.assessmentYear)) {
        throw new ContentError(
          file,
          'assessmentYear',
          `ไม่มีผลการประเมิน ITA ปี ${plan.assessmentYear}: ต้องมีไฟล์ content/ita/frameworks/${plan.assessmentYear}.yaml และ content/ita/assessments/${plan.assessmentYear}.yaml`,
          `expected the ITA framework and results of ${plan.assessmentYear}, the year the plan is based on`,
        );
      }
      return resolvePlan(plan, framework, file);
    });
    return orderPlans(plans, getToday());
  })();
  return plansCache;
}
