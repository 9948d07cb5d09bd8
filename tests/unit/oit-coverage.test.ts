// The OIT self-check: ok / missing / stale per time rule, examples counted as missing, and slugs that
// stay put when a year's framework renumbers its items.
import { describe, expect, it } from 'vitest';
import { day, evidence, oitItem } from '../helpers/oit';
import { loadYaml } from './load';
import { frameworkCoverage, itemCoverage, monthsDue, summaryLine } from '../../src/lib/oit/coverage';
import { collectEvidence, PROCUREMENT_MONTHLY_SLUG, type Evidence } from '../../src/lib/oit/evidence';
import { routes } from '../../src/lib/site/routes';
import { oitFrameworkSchema, procurementMonthSchema, type OitItem } from '../../src/schemas/oit';

const item = (over: Partial<OitItem> = {}): OitItem =>
  oitItem('O1', 'structure', '9.1', { title: 'โครงสร้าง', evidence: 'แผนผังโครงสร้าง', ...over });

const month = (m: string, example = false): Evidence =>
  evidence({ kind: 'procurement-month', items: [PROCUREMENT_MONTHLY_SLUG], month: m, example, date: day(`${m}-28`) });

const monthly = item({
  code: 'O21',
  slug: PROCUREMENT_MONTHLY_SLUG,
  title: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
  subIndicator: '9.3',
  timeRule: 'monthly',
});

describe('monthsDue', () => {
  it('lists the months of the fiscal year that have ended, October first', () => {
    expect(monthsDue(2568, day('2025-01-15'))).toEqual(['2024-10', '2024-11', '2024-12']);
    expect(monthsDue(2568, day('2024-10-31'))).toEqual([]);
    expect(monthsDue(2568, day('2024-11-01'))).toEqual(['2024-10']);
    expect(monthsDue(2568, day('2026-11-25'))).toHaveLength(12);
  });
});

describe('itemCoverage', () => {
  const today = day('2025-03-15');

  it('reports an item with no entry as missing', () => {
    const c = itemCoverage(item(), [evidence({ items: ['contact'] })], 2568, today);
    expect([c.status, c.reason, c.exampleOnly, c.lastUpdated]).toEqual([
      'missing',
      'ยังไม่มีข้อมูลที่เผยแพร่',
      false,
      undefined,
    ]);
  });

  it('counts an item evidenced only by examples as missing, and says so', () => {
    const c = itemCoverage(item(), [evidence({ example: true })], 2568, today);
    expect([c.status, c.reason, c.exampleOnly]).toEqual(['missing', 'มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน', true]);
    expect(c.lastUpdated).toEqual(day('2024-10-01'));
  });

  it('reports a monthly summary with a passed month unpublished as stale, naming the month', () => {
    const c = itemCoverage(
      monthly,
      ['2024-10', '2024-11', '2024-12', '2025-01'].map((m) => month(m)),
      2568,
      today,
    );
    expect(c.status).toBe('stale');
    expect(c.missingMonths).toEqual(['2025-02']);
    expect(c.reason).toBe('ขาดข้อมูลเดือน ก.พ. 2568');
  });

  it('counts a month published only as an example as not published', () => {
    const c = itemCoverage(monthly, [month('2024-10'), month('2024-11', true)], 2568, day('2024-12-01'));
    expect([c.status, c.missingMonths]).toEqual(['stale', ['2024-11']]);
  });

  it('is ok when every passed month is published, and missing when none is', () => {
    const all = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02'].map((m) => month(m));
    expect(itemCoverage(monthly, all, 2568, today)).toMatchObject({
      status: 'ok',
      reason: 'ครบทุกเดือนที่ผ่านมาแล้วของปีงบประมาณ 2568 (5 เดือน)',
    });
    expect(itemCoverage(monthly, [], 2568, today)).toMatchObject({
      status: 'missing',
      missingMonths: ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02'],
    });
  });

  it('needs the fiscal year of the assessment (or the one before, for annual reports)', () => {
    const plan = item({ slug: 'anti-corruption-plan', timeRule: 'fiscal-year' });
    const of2567 = evidence({ items: ['anti-corruption-plan'], fiscalYear: 2567 });
    expect(itemCoverage(plan, [of2567], 2568, today)).toMatchObject({
      status: 'stale',
      reason: 'มีเฉพาะข้อมูลปีงบประมาณ 2567 ต้องเป็นข้อมูลปีงบประมาณ 2568',
    });
    expect(itemCoverage(plan, [of2567], 2567, today).status).toBe('ok');
    expect(itemCoverage({ ...plan, fiscalYearOffset: -1 }, [of2567], 2568, today)).toMatchObject({
      status: 'ok',
      targetYear: 2567,
    });
  });

  it("shows the entries of the year's target fiscal year when there are any, else all", () => {
    const plan = item({ slug: 'anti-corruption-plan', timeRule: 'fiscal-year' });
    const a = evidence({ items: ['anti-corruption-plan'], fiscalYear: 2567, date: day('2023-10-01') });
    const b = evidence({ items: ['anti-corruption-plan'], fiscalYear: 2568, date: day('2024-10-01') });
    expect(itemCoverage(plan, [a, b], 2567, today)).toMatchObject({ shown: [a], lastUpdated: day('2023-10-01') });
    expect(itemCoverage(plan, [a, b], 2568, today)).toMatchObject({ shown: [b], lastUpdated: day('2024-10-01') });
    expect(itemCoverage(plan, [a], 2569, today)).toMatchObject({ shown: [a], status: 'stale' });
  });

  it('needs an update dated within the fiscal year for updated-in-year items', () => {
    const news = item({ slug: 'news', timeRule: 'updated-in-year' });
    const old = evidence({ items: ['news'], date: day('2024-09-30') });
    expect(itemCoverage(news, [old], 2568, today)).toMatchObject({
      status: 'stale',
      reason: 'ยังไม่ได้ปรับปรุงข้อมูลในปีงบประมาณ 2568',
    });
    expect(itemCoverage(news, [old, evidence({ items: ['news'], date: day('2024-10-01') })], 2568, today).status).toBe(
      'ok',
    );
  });
});

describe('frameworks across years', () => {
  const fw2566 = oitFrameworkSchema.parse(loadYaml('nacc/oit/frameworks/2566.yaml'));
  const fw2568 = oitFrameworkSchema.parse(loadYaml('nacc/oit/frameworks/2568.yaml'));

  it('keeps the slug (and so the page) when 2568 renumbers the monthly summary from O21 to O12', () => {
    const in2566 = fw2566.items.find((i) => i.slug === PROCUREMENT_MONTHLY_SLUG)!;
    const in2568 = fw2568.items.find((i) => i.slug === PROCUREMENT_MONTHLY_SLUG)!;
    expect([in2566.code, in2568.code]).toEqual(['O21', 'O12']);
    expect(routes.oitItem(in2568.slug)).toBe('/oit/items/procurement-monthly-summary/');
    // The same evidence satisfies the item in both years under either code.
    const all = fw2568.items.length;
    const cov = frameworkCoverage(fw2568, [month('2024-10')], day('2024-11-15'));
    expect(cov.items.find((c) => c.item.code === 'O12')!.status).toBe('ok');
    expect(frameworkCoverage(fw2566, [month('2024-10')], day('2024-11-15')).items[20]!.status).toBe('missing');
    expect(summaryLine(cov)).toBe(
      `OIT 2568: ครบถ้วน 1 · ยังไม่มีข้อมูล ${all - 1} · ยังไม่เป็นปัจจุบัน 0 (จาก ${all} รายการ; ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. ${all} รายการ)`,
    );
  });

  it('counts the entries of a merged item for the item it was merged into (2568 O1 = structure + powers)', () => {
    const powers = evidence({ items: ['authority-and-duties'] });
    const o1 = fw2568.items[0]!;
    expect(itemCoverage(o1, [powers], 2568, day('2025-01-01')).status).toBe('ok');
    expect(itemCoverage(fw2566.items[0]!, [powers], 2566, day('2025-01-01')).status).toBe('missing');
  });

  it('says nothing of verification in the summary once every item is verified', () => {
    const verified = { ...fw2568, items: fw2568.items.map((i) => ({ ...i, verified: true })) };
    expect(summaryLine(frameworkCoverage(verified, [], day('2024-11-15')))).toBe(
      'OIT 2568: ครบถ้วน 0 · ยังไม่มีข้อมูล 26 · ยังไม่เป็นปัจจุบัน 0 (จาก 26 รายการ)',
    );
  });

  it('judges a six-month report by its fiscal year', () => {
    const report = item({ slug: 'six-month-report', timeRule: 'six-month' });
    const of = (fiscalYear: number) => evidence({ items: ['six-month-report'], fiscalYear });
    expect(itemCoverage(report, [of(2568)], 2568, day('2025-05-01')).status).toBe('ok');
    expect(itemCoverage(report, [of(2567)], 2568, day('2025-05-01'))).toMatchObject({
      status: 'stale',
      reason: 'มีเฉพาะข้อมูลปีงบประมาณ 2567 ต้องเป็นข้อมูลปีงบประมาณ 2568',
    });
  });

  it('rejects a framework in which one page would be served by two items', () => {
    const bad = structuredClone(loadYaml('nacc/oit/frameworks/2568.yaml')) as { items: { alsoCovers?: string[] }[] };
    bad.items[1]!.alsoCovers = ['authority-and-duties', 'contact'];
    const r = oitFrameworkSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['items.1.alsoCovers.0', 'slug ซ้ำ: authority-and-duties / expected each slug once'],
      ['items.1.alsoCovers.1', 'slug ซ้ำ: contact / expected each slug once'],
    ]);
  });

  it('rejects a framework that lists a slug twice', () => {
    const bad = structuredClone(loadYaml('nacc/oit/frameworks/2568.yaml')) as { items: { slug: string }[] };
    bad.items[1]!.slug = bad.items[0]!.slug;
    const r = oitFrameworkSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({
      path: ['items', 1, 'slug'],
      message: 'slug ซ้ำ: structure / expected each slug once',
    });
  });
});

describe('collectEvidence', () => {
  const monthData = procurementMonthSchema.parse(loadYaml('examples/khok-ko/content/procurement/2568/2024-10.yaml'));

  it('links a monthly summary to its fiscal year page', () => {
    const [e] = collectEvidence({
      disclosures: [],
      documents: [],
      procurement: [{ id: '2568/2024-10', file: 'f', data: monthData }],
    });
    expect(e).toMatchObject({
      month: '2024-10',
      fiscalYear: 2568,
      example: true,
      links: [{ path: '/procurement/2568/' }],
    });
  });
});
