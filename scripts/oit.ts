// npm run oit — the OIT self-check for staff: which checklist items are published (ok), not yet
// published (missing, example entries included) or out of date (stale), read straight from content/.
//   npm run oit                      the current ITA year
//   npm run oit -- --year=2567       another year of nacc/oit/frameworks/
//   npm run oit -- --strict          exit 1 when any item is missing or stale (for CI)
//   npm run oit -- --summary         only the one-line summary (the build prints it)
//   npm run oit -- --today=2025-05-15  judge as of another day (PRONGSAI_TODAY does the same)
import { join } from 'node:path';
import { contentDir } from '../src/data/content-dir';
import { today as clockToday } from '../src/data/clock';
import { checkContent, type CheckResult, type Entry } from '../src/lib/content-check/check';
import { readContentDir } from './lib/content-files';
import { formatProblem } from '../src/lib/content-check/messages';
import { collectEvidence } from '../src/lib/oit/evidence';
import type { NewsFrontmatter } from '../src/schemas/news';
import { forecastForYear, latestForChecklist, type OitYearForecast } from '../src/lib/oit/forecast-view';
import { evaluateAssessment } from '../src/lib/ita/scoring';
import type { ItaAssessment, ItaFramework } from '../src/schemas/ita';
import {
  currentFramework,
  frameworkCoverage,
  STATUS_LABELS,
  summaryLine,
  UNVERIFIED_NOTE,
} from '../src/lib/oit/coverage';
import type { CollectionName } from '../src/schemas/collections';
import type { MeasuresPlan } from '../src/schemas/measures';
import type { Disclosure, OitDocument, OitFramework, ProcurementMonth } from '../src/schemas/oit';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const root = contentDir().replace(/^\.\//, '').replace(/\/+$/, '');

try {
  // The same checks as npm run check and the build: a self-check of wrong content would mislead.
  const { problems, entries } = checkContent(readContentDir(root));
  if (problems.length) {
    console.error('ข้อมูลไม่ถูกต้อง / invalid content:');
    for (const p of problems) console.error(formatProblem(p));
    process.exit(2);
  }
  const of = <T>(name: CollectionName) => entries[name] as Entry<T>[];
  const frameworks = of<OitFramework>('oitFrameworks').map((e) => e.data);
  const evidence = collectEvidence({
    disclosures: of<Disclosure>('disclosures'),
    documents: of<OitDocument>('documents'),
    procurement: of<ProcurementMonth>('procurement'),
    measures: of<MeasuresPlan>('measuresPlans'),
    news: of<NewsFrontmatter>('news'),
  });
  const wanted = option('year');
  const framework = wanted ? frameworks.find((f) => String(f.year) === wanted) : currentFramework(frameworks);
  if (!framework) {
    console.error(
      `ไม่พบรายการ OIT${wanted ? ` ปี ${wanted}` : ''} ใน ${join(root, 'oit/frameworks')} / no OIT framework found`,
    );
    process.exit(2);
  }
  const today = clockToday(option('today'));
  const coverage = frameworkCoverage(framework, evidence, today);

  if (!flag('summary')) {
    const mark = { ok: '✓', missing: '✗', stale: '!' };
    console.log(`ตรวจสอบการเปิดเผยข้อมูล OIT ของ ITA ปี ${framework.year} ณ วันที่ ${today.toISOString().slice(0, 10)}`);
    for (const sub of framework.subIndicators) {
      const rows = coverage.items.filter((c) => c.item.subIndicator === sub.code);
      if (!rows.length) continue;
      console.log(`\n${sub.code} ${sub.name}`);
      for (const c of rows) {
        console.log(
          `  ${mark[c.status]} ${c.item.code.padEnd(4)} ${STATUS_LABELS[c.status]}: ${c.item.title} (${c.item.slug}) — ${c.reason}`,
        );
        // Staff only: the item's code and title may not be the NACC's (never shown on public pages).
        if (!c.item.verified) {
          const carried = c.item.carriedFrom ? `, ชื่อยกมาจากปี ${c.item.carriedFrom}` : '';
          console.log(`         ⚠ ${UNVERIFIED_NOTE} (ความมั่นใจ ${c.item.confidence}${carried}: ${c.item.source})`);
        }
      }
    }
    console.log('');
    printForecast(
      forecastForYear({ coverage, checklist: framework, latest: latestAssessment(entries, framework.year) }),
    );
  }
  console.log(summaryLine(coverage));
  if (flag('strict') && coverage.counts.missing + coverage.counts.stale > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

/** The newest assessment evaluated with its framework, and the ITA framework of the checklist's year. */
function latestAssessment(entries: CheckResult['entries'], year: number) {
  const frameworks = new Map((entries.itaFrameworks as Entry<ItaFramework>[]).map((e) => [e.data.year, e.data]));
  const results = (entries.itaAssessments as Entry<ItaAssessment>[]).flatMap(({ data }) => {
    const own = frameworks.get(data.year);
    return own ? [evaluateAssessment(own, data)] : [];
  });
  return latestForChecklist(year, results, frameworks);
}

/** The organization's own forecast (never an NACC result) and the items worth publishing first. */
function printForecast(view: OitYearForecast) {
  const two = (v: number) => v.toFixed(2);
  console.log('คาดการณ์คะแนน OIT ของหน่วยงานเอง (ไม่ใช่ผลการประเมินของ ป.ป.ช.) / own forecast, not an NACC result');
  for (const indicator of view.indicators) {
    const subs = indicator.subIndicators.map((s) => `${s.code} ${s.passing}/${s.items}`).join(', ');
    console.log(`  ตัวชี้วัดที่ ${indicator.number}: ${two(indicator.score)} (${subs})`);
  }
  console.log(`  OIT: ${two(view.oit)}`);
  if (view.total) {
    const others = view.total.otherTools.map((t) => `${t.code} ${two(t.average)}`).join(', ');
    console.log(
      `  คะแนนรวมคาดการณ์ ${two(view.total.total)} ${view.total.level} (${others} จากผลปี ${view.total.basedOnYear})`,
    );
  }
  if (view.gains.length) {
    console.log('  เผยแพร่ก่อนเพื่อเพิ่มคะแนนได้มากที่สุด / publish first:');
    for (const g of view.gains) console.log(`    ${g.code} ${g.title} (OIT +${two(g.oitGain)})`);
  }
  console.log('');
}
