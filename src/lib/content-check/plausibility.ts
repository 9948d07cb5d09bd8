/**
 * Plausibility: values that pass their schema but cannot be true, caught before they publish. Dates
 * within sensible bounds of their fiscal year (progress not before its plan, a timeframe inside the
 * plan's year, no meeting in the future, no contract signed after the summary that lists it), money
 * under a ceiling staff can raise on purpose (organization.yaml › limits.maxBaht), and a total a table
 * states equal to the sum of the rows above it. Pure, like rules.ts: entries in, problems out.
 */
import type { MeasuresPlan } from '../../schemas/measures';
import type { Disclosure, ProcurementMonth } from '../../schemas/oit';
import { DEFAULT_MAX_BAHT } from '../../schemas/organization';
import { fiscalYearRange } from '../thai/fiscal-year';
import { formatThaiDate } from '../thai/format';
import type { Problem } from './messages';

/** The content a rule reads: entries with their file. */
interface Entry<T> {
  file: string;
  data: T;
}

const DAY = 24 * 60 * 60 * 1000;

/** A date as "2586-10-01": ISO order, Buddhist-Era year, as staff may write it. */
const buddhistEraIso = (d: Date) => `${d.getUTCFullYear() + 543}${d.toISOString().slice(4, 10)}`;
const isDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
const shortDate = (d: Date) => formatThaiDate(d, 'short');

/**
 * A topic's timeframe fits its plan: it overlaps the plan's fiscal year and lasts at most a year. It may
 * start a little before the year or end a little after it (the timeline clips it and says so), but a
 * ten-year timeframe, or one wholly in another year, is a typed year.
 */
function plausibleTimeframe(start: Date, end: Date, year: { start: Date; end: Date }): boolean {
  const yearLater = Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate());
  return start <= year.end && end >= year.start && end.getTime() < yearLater;
}

/**
 * A measures plan's dates against its fiscal year: progress dated before the plan existed (before its
 * fiscal year and its meeting), a timeframe outside the plan's fiscal year, a meeting in the future.
 */
export function planDateProblems(plans: readonly Entry<MeasuresPlan>[], now: Date | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of plans) {
    if (typeof data.fiscalYear !== 'number') continue;
    const year = fiscalYearRange(data.fiscalYear);
    const meeting = isDate(data.meeting?.date) ? data.meeting.date : undefined;
    const opens = meeting && meeting < year.start ? meeting : year.start;
    if (meeting && now && meeting.getTime() > now.getTime() + DAY) {
      problems.push({
        file,
        field: 'meeting.date',
        code: 'plan.meeting-future',
        params: {},
        found: buddhistEraIso(meeting),
      });
    }
    (data.topics ?? []).forEach((topic, t) => {
      const range = topic.timeframe as { start?: unknown; end?: unknown } | undefined;
      if (range && isDate(range.start) && isDate(range.end) && !plausibleTimeframe(range.start, range.end, year)) {
        problems.push({
          file,
          field: `topics.${t}.timeframe`,
          code: 'plan.timeframe-year',
          params: { fiscalYear: data.fiscalYear, start: shortDate(year.start), end: shortDate(year.end) },
          found: `${buddhistEraIso(range.start)} – ${buddhistEraIso(range.end)}`,
        });
      }
      (topic.measures ?? []).forEach((measure, m) =>
        (measure.progress ?? []).forEach((entry, p) => {
          if (isDate(entry.date) && entry.date < opens) {
            problems.push({
              file,
              field: `topics.${t}.measures.${m}.progress.${p}.date`,
              code: 'plan.progress-before-plan',
              params: { fiscalYear: data.fiscalYear, start: shortDate(opens) },
              found: buddhistEraIso(entry.date),
            });
          }
        }),
      );
    });
  }
  return problems;
}

/** A contract signed after the day the monthly summary listing it was published. */
export function contractAfterReportProblems(months: readonly Entry<ProcurementMonth>[]): Problem[] {
  return months.flatMap(({ file, data }) =>
    isDate(data.date)
      ? (data.rows ?? []).flatMap((row, i): Problem[] =>
          isDate(row.contract?.date) && row.contract.date > data.date
            ? [
                {
                  file,
                  field: `rows.${i}.contract.date`,
                  code: 'procurement.contract-after-report',
                  params: { date: shortDate(data.date) },
                  found: buddhistEraIso(row.contract.date),
                },
              ]
            : [],
        )
      : [],
  );
}

/** "5,000,000,000,000" as staff would write the limit back. */
const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Amounts in baht over the organization's ceiling (organization.yaml › limits.maxBaht, default
 * DEFAULT_MAX_BAHT): procurement budgets, bids and prices, and the numbers of a disclosure table's
 * columns in baht. A real amount above it is published after staff raise the ceiling on purpose.
 */
export function moneyLimitProblems(
  content: { procurement: readonly Entry<ProcurementMonth>[]; disclosures: readonly Entry<Disclosure>[] },
  maxBaht: number = DEFAULT_MAX_BAHT,
  organizationFile = 'organization.yaml',
): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, field: string, value: unknown) => {
    if (typeof value === 'number' && value > maxBaht) {
      problems.push({
        file,
        field,
        code: 'money.over-limit',
        params: { limit: grouped(maxBaht), organization: organizationFile },
        found: grouped(value),
      });
    }
  };
  for (const { file, data } of content.procurement) {
    (data.rows ?? []).forEach((row, i) => {
      check(file, `rows.${i}.budget`, row.budget);
      (row.bids ?? []).forEach((bid, b) => check(file, `rows.${i}.bids.${b}.price`, bid.price));
      check(file, `rows.${i}.winner.price`, row.winner?.price);
    });
  }
  for (const { file, data } of content.disclosures) {
    const table = data.table;
    if (!table) continue;
    const baht = table.headers.map((h) => /บาท/.test(h));
    table.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (baht[c]) check(file, `table.rows.${r}.${c}`, cell);
      }),
    );
  }
  return problems;
}

/** A row that states a total: its first cell is one of these words, alone. */
const TOTAL_LABEL = /^(?:รวม|รวมทั้งสิ้น|รวมทั้งหมด|ยอดรวม|รวมทั้งปี|total|grand total)$/i;

/**
 * A disclosure table's total row ("รวม" in its first cell) against the sum of the numbers above it
 * (since the previous total row), column by column, to the satang.
 */
export function tableTotalProblems(disclosures: readonly Entry<Disclosure>[]): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of disclosures) {
    const table = data.table;
    if (!table) continue;
    let from = 0;
    table.rows.forEach((cells, r) => {
      const label = cells[0];
      if (typeof label !== 'string' || !TOTAL_LABEL.test(label.trim())) return;
      const above = table.rows.slice(from, r);
      from = r + 1;
      cells.forEach((stated, c) => {
        if (c === 0 || typeof stated !== 'number') return;
        const numbers = above.map((row) => row[c]).filter((v): v is number => typeof v === 'number');
        if (!numbers.length) return;
        const sum = Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100;
        if (Math.abs(sum - stated) >= 0.005) {
          problems.push({
            file,
            field: `table.rows.${r}.${c}`,
            code: 'table.total-mismatch',
            params: { label: label.trim(), computed: grouped(sum), column: table.headers[c] ?? String(c + 1) },
            found: grouped(stated),
          });
        }
      });
    });
  }
  return problems;
}
