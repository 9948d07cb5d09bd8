// Status by the fiscal year being assessed: with monthly summaries of two fiscal years, the status
// and the item page's list both speak of the year assessed, so the page never contradicts itself.
import { describe, expect, it } from 'vitest';
import { day, evidence, oitItem } from '../helpers/oit';
import { itemCoverage } from '../../src/lib/oit/coverage';
import { PROCUREMENT_MONTHLY_SLUG, type Evidence } from '../../src/lib/oit/evidence';
import { monthsByFiscalYear } from '../../src/lib/oit/item-entries';
import { fiscalYearOf } from '../../src/lib/thai/fiscal-year';

const monthly = oitItem('O11', PROCUREMENT_MONTHLY_SLUG, '9.3', { timeRule: 'monthly' });

const month = (m: string, example = false): Evidence =>
  evidence({
    kind: 'procurement-month',
    items: [PROCUREMENT_MONTHLY_SLUG],
    month: m,
    example,
    date: day(`${m}-05`),
    fiscalYear: fiscalYearOf(day(`${m}-01`)),
  });

/** The twelve example months of fiscal year 2568, as in the example site. */
const examples2568 = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']
  .concat(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'])
  .map((m) => month(m, true));

describe('an OIT item judged by the fiscal year assessed', () => {
  const today = day('2025-12-15');

  it('names the year assessed, and the years it has, when only other years have real months', () => {
    // ITA 2569 judges fiscal year 2569; one real month of 2567 joins the twelve example months of 2568.
    const c = itemCoverage(monthly, [...examples2568, month('2024-09')], 2569, today);
    expect(c.status).toBe('missing');
    expect(c.targetYear).toBe(2569);
    expect(c.reason).toBe('ยังไม่มีข้อมูลของปีงบประมาณ 2569 ที่ประเมิน (มีเฉพาะปีงบประมาณ 2567)');
    expect(c.missingMonths).toEqual(['2025-10', '2025-11']);
  });

  it('names the other years newest first, whatever order their entries were published in', () => {
    // The month of 2566 was published late, after the month of 2567.
    const late = { ...month('2023-09'), date: day('2025-01-05') };
    const c = itemCoverage(monthly, [month('2024-09'), late], 2569, today);
    expect(c.reason).toBe('ยังไม่มีข้อมูลของปีงบประมาณ 2569 ที่ประเมิน (มีเฉพาะปีงบประมาณ 2567, 2566)');
  });

  it('does not name the year assessed among the other years when its only entry has no month', () => {
    // A disclosure of 2569 filed under the monthly item is real but publishes no month.
    const disclosure = evidence({ items: [PROCUREMENT_MONTHLY_SLUG], date: day('2025-11-01'), fiscalYear: 2569 });
    const c = itemCoverage(monthly, [disclosure, month('2024-09')], 2569, today);
    expect([c.status, c.reason]).toEqual(['missing', 'ยังไม่มีข้อมูลของปีงบประมาณ 2569 ที่ประเมิน (มีเฉพาะปีงบประมาณ 2567)']);
  });

  it('judges only the months of the year assessed when two fiscal years have real months', () => {
    const all = [month('2025-09'), month('2025-08'), month('2025-10')];
    const c = itemCoverage(monthly, all, 2569, today);
    expect([c.status, c.reason, c.missingMonths]).toEqual(['stale', 'ขาดข้อมูลเดือน พ.ย. 2568', ['2025-11']]);
    expect(c.shown.map((e) => e.month)).toEqual(['2025-10']);
    expect(c.lastUpdated).toEqual(day('2025-10-05'));
  });

  it('lists the months of the year assessed first, even when it has none, then the others newest first', () => {
    const entries = [month('2024-09'), month('2025-09'), month('2024-10')].map((e) => ({
      data: { month: e.month!, fiscalYear: e.fiscalYear },
    }));
    const groups = monthsByFiscalYear(entries, 2569);
    expect(groups.map((g) => [g.fiscalYear, g.assessed, g.months.map((m) => m.data.month)])).toEqual([
      [2569, true, []],
      [2568, false, ['2025-09', '2024-10']],
      [2567, false, ['2024-09']],
    ]);
    expect(monthsByFiscalYear(entries, 2568)[0]).toEqual({
      fiscalYear: 2568,
      assessed: true,
      months: [entries[1], entries[2]],
    });
  });
});
