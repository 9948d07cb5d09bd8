/** The prose collections' cross-file rules (prose-rules.ts) run on the checker's entries. */
import type { ItaAssessment, ItaFramework } from '../../schemas/ita';
import type { MeasuresPlan } from '../../schemas/measures';
import type { NewsFrontmatter } from '../../schemas/news';
import { itemPageSlugs, type OitFramework } from '../../schemas/oit';
import { collectionOfPath, idsIn, type ContentSource, type Entries, type Entry } from './check';
import type { Problem } from './messages';
import {
  componentProblems,
  newsFolderProblems,
  newsImageProblems,
  pageSlugProblems,
  proseNameProblems,
  reportYearProblems,
  type ProseFacts,
} from './prose-rules';

/**
 * What components may show, from the valid entries of the data collections. A year whose assessment
 * or framework file is present but failed its own checks is `unreadable`: its problems are reported
 * there, and the components that name it are not reported again.
 */
export function proseFacts(entries: Entries, paths: readonly string[]): ProseFacts {
  const frameworks = new Map(
    (entries.itaFrameworks as Entry<ItaFramework>[]).map((e) => [e.data.year, e.data.indicators.map((i) => i.slug)]),
  );
  const indicators = new Map<number, string[]>();
  const assessedYears = (entries.itaAssessments as Entry<ItaAssessment>[]).map((e) => e.data.year);
  for (const e of entries.itaAssessments as Entry<ItaAssessment>[]) {
    const slugs = frameworks.get(e.data.year);
    if (slugs) indicators.set(e.data.year, slugs);
  }
  const plans = entries.measuresPlans as Entry<MeasuresPlan>[];
  return {
    indicators: new Map([...indicators].sort(([a], [b]) => a - b)),
    // An assessment file that failed, or a valid assessment whose framework failed.
    unreadable: new Set(
      [...idsIn('itaAssessments', paths).map(Number), ...assessedYears].filter((y) => !indicators.has(y)),
    ),
    plansUnreadable: idsIn('measuresPlans', paths).length > plans.length,
    items: new Set(
      (entries.oitFrameworks as Entry<OitFramework>[]).flatMap((e) => e.data.items.flatMap(itemPageSlugs)),
    ),
    measuredYears: new Set((entries.measuresPlans as Entry<MeasuresPlan>[]).map((e) => e.data.assessmentYear)),
  };
}

export function proseProblems(source: ContentSource, entries: Entries, paths: readonly string[]): Problem[] {
  const facts = proseFacts(entries, paths);
  const assets = source.assetFiles;
  const problems: Problem[] = [];
  const uses = (e: Entry<unknown>) => componentProblems(e.file, e.uses ?? [], facts);
  // Every news and page file's name, whether or not its frontmatter is valid.
  for (const path of paths) {
    const name = collectionOfPath(path, 'content')?.name;
    if (name === 'news' || name === 'pages')
      problems.push(...proseNameProblems(name === 'news' ? 'news' : 'page', path, `${source.root}/${path}`));
  }
  for (const e of entries.news as Entry<NewsFrontmatter>[]) {
    problems.push(...newsFolderProblems(e.id, e.file, e.data.date));
    e.data.items.forEach((slug, i) => {
      if (!facts.items.has(slug))
        problems.push({
          file: e.file,
          field: `items.${i}`,
          code: 'oit.unknown-item',
          params: {},
          found: JSON.stringify(slug),
        });
    });
    if (assets && e.path) problems.push(...newsImageProblems(e.path, e.file, e.data.cover?.src, (p) => assets.has(p)));
    problems.push(...uses(e));
  }
  for (const e of entries.pages) problems.push(...pageSlugProblems(e.id, e.file), ...uses(e));
  for (const e of entries.itaReports) problems.push(...reportYearProblems(e.id, e.file, facts), ...uses(e));
  return problems;
}
