/**
 * Loads the OIT content (frameworks, disclosures, documents, monthly procurement summaries) once per
 * build and computes each year's coverage with the same pure modules that `npm run oit` uses.
 */
import { getCollection } from 'astro:content';
import { collectEvidence, type Entry, type Evidence } from '../lib/oit/evidence';
import { currentFramework, frameworkCoverage, type FrameworkCoverage } from '../lib/oit/coverage';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../schemas/oit';
import type { MeasuresPlan } from '../schemas/measures';
import { today } from './clock';
import { getNews } from './prose';

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
    const frameworks = (await getCollection('oitFrameworks')).map((e) => e.data).sort((a, b) => b.year - a.year);
    const disclosures = entries<Disclosure>(await getCollection('disclosures'), 'disclosures');
    const documents = entries<OitDocument>(await getCollection('documents'), 'documents');
    const procurement = entries<ProcurementMonth>(await getCollection('procurement'), 'procurement');
    const measures = entries<MeasuresPlan>(await getCollection('measuresPlans'), 'measures');
    const news = (await getNews()).map((e) => ({
      id: e.id,
      file: e.filePath ?? `content/news/${e.id}.mdx`,
      data: e.data,
    }));
    const evidence = collectEvidence({ disclosures, documents, procurement, measures, news });
    const day = today();
    const coverage = new Map(frameworks.map((fw) => [fw.year, frameworkCoverage(fw, evidence, day)]));
    return {
      frameworks,
      current: currentFramework(frameworks),
      coverage,
      evidence,
      disclosures,
      documents,
      procurement,
      today: day,
    };
  })();
  return cache;
}
