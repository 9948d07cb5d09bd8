/** The assessors' OIT index of one year as rows grouped by sub-indicator, each row with its links. */
import type { FrameworkCoverage, ItemCoverage } from './coverage';
import type { OitFramework } from '../../schemas/oit';

export interface IndexRow extends ItemCoverage {
  /** The pages where the entries shown are published, each path once. */
  links: { label: string; path: string }[];
}

export interface IndexGroup {
  sub: OitFramework['subIndicators'][number];
  rows: IndexRow[];
}

/** Rows of the index, grouped under the framework's sub-indicators; a sub-indicator without items is left out. */
export function indexGroups(framework: OitFramework, coverage: FrameworkCoverage): IndexGroup[] {
  return framework.subIndicators
    .map((sub) => ({
      sub,
      rows: coverage.items
        .filter((c) => c.item.subIndicator === sub.code)
        .map((c) => ({ ...c, links: uniqueLinks(c) })),
    }))
    .filter((group) => group.rows.length > 0);
}

/** The links of the entries shown for an item, each path once: where it first appears, with its last label. */
export function uniqueLinks(coverage: Pick<ItemCoverage, 'shown'>): { label: string; path: string }[] {
  return [...new Map(coverage.shown.flatMap((e) => e.links).map((l) => [l.path, l])).values()];
}

/** The anchor of a sub-indicator's rows in the index ("sub-9-1"), for the page's jump list. */
export function subIndicatorAnchor(code: string): string {
  return `sub-${code.replace(/\W/g, '-')}`;
}

/**
 * The jump list of a year's OIT index page: each sub-indicator that has rows, then the page's sections
 * after the index (the forecast, the ITAS sheet), then the other years when there are any.
 */
export function oitJumpList(
  framework: Pick<OitFramework, 'subIndicators'>,
  coverage: Pick<FrameworkCoverage, 'items'>,
  sections: readonly { anchor: string; label: string }[],
  otherYears: boolean,
): { anchor: string; label: string }[] {
  return [
    ...framework.subIndicators
      .filter((sub) => coverage.items.some((c) => c.item.subIndicator === sub.code))
      .map((sub) => ({ anchor: subIndicatorAnchor(sub.code), label: `${sub.code} ${sub.name}` })),
    ...sections,
    ...(otherYears ? [{ anchor: 'other-years', label: 'ปีอื่น' }] : []),
  ];
}
