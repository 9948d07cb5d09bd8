/**
 * Route data: loads the content collections once and hands pages ready-made values. Pages and
 * components render what this returns; the computing happens in the pure modules it calls.
 */
import { getCollection } from 'astro:content';
import { ContentError } from './content-error';
import { evaluateAssessment, type AssessmentResult } from './scoring';
import { assessmentFileProblems, throwIfProblems } from './content-rules';
import type { ItaFramework } from '../schemas/ita';
import type { Organization } from '../schemas/organization';
import type { FormatOptions } from './thai-format';

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
