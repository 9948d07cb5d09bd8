/**
 * What the site says of its own ITA results: which assessed years have no result on the site, so the
 * home page never calls an old result the latest without saying newer ones are not here. Pure.
 */

/**
 * The ITA years after the newest result on the site and before the year still being assessed (the
 * newest framework's): assessed, their results announced, but not brought onto the site.
 */
export function resultsNotOnSite(latestYear: number, frameworkYears: Iterable<number>): number[] {
  const years = [...frameworkYears];
  if (!years.length) return [];
  const assessing = Math.max(...years);
  return years.filter((y) => y > latestYear && y < assessing).sort((a, b) => a - b);
}

/** Years as readers write them: consecutive years as a range ("2567–2568"), others listed ("2565, 2567"). */
export function yearsText(years: readonly number[], year: (y: number) => string): string {
  const runs: number[][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last.at(-1)! + 1) last.push(y);
    else runs.push([y]);
  }
  return runs.map((r) => (r.length > 1 ? `${year(r[0]!)}–${year(r.at(-1)!)}` : year(r[0]!))).join(', ');
}
