/**
 * Loads the organization, the ITA results and the measures plans from the content collections, once
 * per build. The content checker has already run (scripts/build.mjs runs it before Astro), so this
 * assumes valid content; the computing happens in the pure modules of src/lib.
 */
import { getCollection } from 'astro:content';
import { evaluateAssessment, type AssessmentResult } from '../lib/ita/scoring';
import { orderPlans, resolvePlan, type ResolvedPlan } from '../lib/ita/measures';
import type { FormatOptions } from '../lib/thai/format';
import type { ItaFramework } from '../schemas/ita';
import type { Organization } from '../schemas/organization';
import { today } from './clock';

let organizationCache: Promise<Organization> | undefined;

export function getOrganization(): Promise<Organization> {
  organizationCache ??= (async () => {
    const [entry, ...rest] = await getCollection('organization');
    if (!entry || rest.length) {
      throw new Error(
        `ต้องมีไฟล์ข้อมูลหน่วยงาน organization.yaml หนึ่งไฟล์ / expected exactly one organization file, found ${rest.length + (entry ? 1 : 0)}`,
      );
    }
    return entry.data;
  })();
  return organizationCache;
}

/** How numbers are written on this site (Thai or Arabic digits), from organization.yaml. */
export async function getFormatOptions(): Promise<FormatOptions> {
  return { thaiDigits: (await getOrganization()).display.thaiDigits };
}

let frameworksCache: Promise<Map<number, ItaFramework>> | undefined;

/** The ITA frameworks by year. */
export function getFrameworks(): Promise<Map<number, ItaFramework>> {
  frameworksCache ??= getCollection('itaFrameworks').then(
    (entries) => new Map(entries.map((e) => [e.data.year, e.data])),
  );
  return frameworksCache;
}

let resultsCache: Promise<AssessmentResult[]> | undefined;

/** Every assessment evaluated against its year's framework, newest first. */
export function getResults(): Promise<AssessmentResult[]> {
  resultsCache ??= (async () => {
    const frameworks = await getFrameworks();
    const entries = await getCollection('itaAssessments');
    return entries
      .map((entry) => evaluateAssessment(frameworks.get(entry.data.year)!, entry.data))
      .sort((a, b) => b.year - a.year);
  })();
  return resultsCache;
}

let plansCache: Promise<ResolvedPlan[]> | undefined;

/**
 * Every measures plan with its indicators resolved against the framework of its assessment year, in
 * reading order (the current fiscal year first, then the newest).
 */
export function getPlans(): Promise<ResolvedPlan[]> {
  plansCache ??= (async () => {
    const frameworks = await getFrameworks();
    const entries = await getCollection('measuresPlans');
    const plans = entries.map((entry) => {
      const file = entry.filePath ?? `content/measures/${entry.id}`;
      return resolvePlan(entry.data, frameworks.get(entry.data.assessmentYear)!, file);
    });
    return orderPlans(plans, today());
  })();
  return plansCache;
}
