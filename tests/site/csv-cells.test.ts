// Every CSV the site publishes goes through the one writer (src/lib/open-data/csv.ts): no cell starts
// with a character a spreadsheet evaluates (= + - @ tab CR) unless it is a number. Checked on the built
// example, and on a build of the bad-input case procurement-csv-formula, whose procurement cells are
// formulas: the build publishes them neutralized, with the example marking kept.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/open-data/csv';
import { EXAMPLE_COLUMN } from '../../src/lib/oit/procurement-table';
import { buildFixture, type BuildOutcome } from '../helpers/fixtures';
import { badInputs, writeBadInputContent } from '../helpers/bad-inputs';
import { DIST } from '../helpers/site';

/** Every .csv file under a built site, by site path. */
const csvFiles = (dist: string) =>
  readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.csv'))
    .sort();

/** A cell a spreadsheet would evaluate: a formula character first, and not a plain number (-3.12). */
const evaluated = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(?:\.\d+)?$/.test(cell);

/** "file row:column cell" for each cell of the site's CSV files a spreadsheet would evaluate. */
function unneutralized(dist: string): string[] {
  return csvFiles(dist).flatMap((file) =>
    parseCsv(readFileSync(join(dist, file), 'utf8')).flatMap((row, r) =>
      row.flatMap((cell, c) => (evaluated(cell) ? [`${file} ${r + 1}:${c + 1} ${cell}`] : [])),
    ),
  );
}

describe('the published CSV files of the built example', () => {
  it('include the per-month procurement files and /data/, with no cell a spreadsheet would evaluate', () => {
    const files = csvFiles(DIST);
    expect(files).toContain('procurement/2568/2024-10.csv');
    expect(files).toContain('data/procurement.csv');
    expect(unneutralized(DIST)).toEqual([]);
  });
});

describe('a formula in a procurement cell (bad input procurement-csv-formula)', { timeout: 300_000 }, () => {
  const name = 'procurement-csv-formula';
  const root = join('node_modules/.prongsai-fixtures', `bad-${name}`);
  let build: BuildOutcome;

  beforeAll(() => {
    const c = badInputs().find((b) => b.name === name);
    if (!c?.harmless) throw new Error(`no harmless case ${name}`);
    const env = writeBadInputContent(c, join(root, 'content'));
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    build = buildFixture(`bad-${name}`, { ...env, PRONGSAI_OUT_DIR: join(root, 'dist') });
  }, 300_000);

  it('builds, and publishes every cell neutralized in every CSV', () => {
    expect(build.ok, build.output).toBe(true);
    expect(unneutralized(build.dist)).toEqual([]);
  });

  it('publishes the month with the formulas as text, marked as example data', () => {
    const rows = parseCsv(readFileSync(join(build.dist, 'procurement/2568/2024-10.csv'), 'utf8'));
    expect(rows[0]?.at(-1)).toBe(EXAMPLE_COLUMN);
    expect(rows[1]).toEqual(expect.arrayContaining(["'=1+1", "'@SUM(A1:A9)", "'-2+3", 'true']));
    const data = parseCsv(readFileSync(join(build.dist, 'data/procurement.csv'), 'utf8'));
    expect(data.find((r) => r.includes("'=1+1"))?.at(-1)).toBe('true');
  });
});
