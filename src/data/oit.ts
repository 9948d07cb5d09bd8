/**
 * Route data for the OIT pages: the frameworks, the evidence, and each year's coverage, computed once
 * from the content collections by the same pure modules that `npm run oit` uses.
 */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { documentFileProblems, oitFrameworkFileProblems, throwIfProblems } from '../lib/content-check/rules';
import { collectEvidence, type Entry, type Evidence } from '../lib/oit/evidence';
import { coverageDate, currentFramework, frameworkCoverage, type FrameworkCoverage } from '../lib/oit/coverage';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../schemas/oit';
import type { MeasuresPlan } from '../schemas/measures';

export interface OitData {
  /** Newest first. */
  frameworks: OitFramework[];
  current: OitFramework | undefined;
  coverage: Map<number, FrameworkCoverage>;
  evidence: Evidence[];
  disclosures: Entry<Disclosure>[];
  documents: Entry<OitDocument>[];
  procurement: Entry<ProcurementMonth>[];
  today: Date;
}

const entries = <T>(list: { id: string; filePath?: string; data: T }[], folder: string): Entry<T>[] =>
  list.map((e) => ({ id: e.id, file: e.filePath ?? `content/${folder}/${e.id}.yaml`, data: e.data }));

let cache: Promise<OitData> | undefined;

export function getOitData(): Promise<OitData> {
  cache ??= (async () => {
    const frameworkEntries = await getCollection('oitFrameworks');
    throwIfProblems(oitFrameworkFileProblems(entries<OitFramework>(frameworkEntries, 'oit/frameworks')));
    const frameworks = frameworkEntries.map((e) => e.data).sort((a, b) => b.year - a.year);
    const disclosures = entries<Disclosure>(await getCollection('disclosures'), 'disclosures');
    const documents = entries<OitDocument>(await getCollection('documents'), 'documents');
    const procurement = entries<ProcurementMonth>(await getCollection('procurement'), 'procurement');
    throwIfProblems(documentFileProblems(documents, (path) => existsSync(`public${path}`)));
    const measures = entries<MeasuresPlan>(await getCollection('measuresPlans'), 'measures');
    const evidence = collectEvidence({ disclosures, documents, procurement, measures }, frameworks);
    const today = coverageDate();
    const coverage = new Map(frameworks.map((fw) => [fw.year, frameworkCoverage(fw, evidence, today)]));
    return {
      frameworks,
      current: currentFramework(frameworks),
      coverage,
      evidence,
      disclosures,
      documents,
      procurement,
      today,
    };
  })();
  return cache;
}

/** "O20 สรุปผลการจัดซื้อจัดจ้าง…" labels of item slugs in a framework, for search filters. */
export function itemLabels(framework: OitFramework | undefined, slugs: string[]): string[] {
  if (!framework) return [];
  return slugs.flatMap((s) => framework.items.filter((i) => i.slug === s).map((i) => `${i.code} ${i.title}`));
}
