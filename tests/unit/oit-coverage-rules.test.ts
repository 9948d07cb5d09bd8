// Every time rule of the OIT self-check at its edges, what is shown for the year, and which checklist
// the site presents as current.
import { describe, expect, it } from 'vitest';
import { day, evidence, oitItem } from '../helpers/oit';
import {
  currentFramework,
  frameworkCoverage,
  itemCoverage,
  monthsDue,
  STATUS_LABELS,
} from '../../src/lib/oit/coverage';
import { PROCUREMENT_MONTHLY_SLUG, type Evidence } from '../../src/lib/oit/evidence';
import type { OitFramework } from '../../src/schemas/oit';

const today = day('2025-03-15');
const structure = oitItem('O1', 'structure');
const news = oitItem('O2', 'news', '9.1', { timeRule: 'updated-in-year' });
const plan = oitItem('O3', 'plan', '9.2', { timeRule: 'fiscal-year' });
const monthly = oitItem('O4', PROCUREMENT_MONTHLY_SLUG, '9.3', { timeRule: 'monthly' });
const month = (m: string, over: Partial<Evidence> = {}): Evidence =>
  evidence({ items: [PROCUREMENT_MONTHLY_SLUG], month: m, date: day(`${m}-28`), ...over });

describe('an item with no time rule', () => {
  it('is complete with any real entry, whatever its year', () => {
    const old = evidence({ date: day('2019-01-01'), fiscalYear: 2562 });
    expect(itemCoverage(structure, [old], 2568, today)).toMatchObject({
      status: 'ok',
      reason: 'เผยแพร่แล้ว',
      shown: [old],
      lastUpdated: day('2019-01-01'),
      targetYear: 2568,
    });
  });

  it('shows every entry, newest first', () => {
    const a = evidence({ date: day('2020-01-01'), fiscalYear: 2563 });
    const b = evidence({ date: day('2024-12-01'), fiscalYear: 2568 });
    const c = evidence({ date: day('2022-06-01'), fiscalYear: 2565 });
    const cov = itemCoverage(structure, [a, b, c], 2568, today);
    expect(cov.shown).toEqual([b, c, a]);
    expect(cov.evidence).toEqual([b, c, a]);
  });
});

describe('example entries', () => {
  it('an item with a real entry and an example entry is not "example only"', () => {
    const cov = itemCoverage(structure, [evidence({ example: true }), evidence()], 2568, today);
    expect([cov.status, cov.exampleOnly]).toEqual(['ok', false]);
  });

  it('an item with no entry at all is not "example only" either', () => {
    expect(itemCoverage(structure, [], 2568, today)).toMatchObject({ exampleOnly: false, status: 'missing' });
  });

  it('an item with only example entries is missing, whatever its time rule', () => {
    const ex = { example: true } as const;
    expect(itemCoverage(news, [evidence({ ...ex, items: ['news'] })], 2568, today).status).toBe('missing');
    expect(itemCoverage(plan, [evidence({ ...ex, items: ['plan'] })], 2568, today).status).toBe('missing');
  });
});

describe('updated-in-year', () => {
  const dated = (iso: string) => evidence({ items: ['news'], date: day(iso) });

  it('counts an update of 1 October and one of 30 September for the fiscal year they open and close', () => {
    expect(itemCoverage(news, [dated('2024-10-01')], 2568, today).status).toBe('ok');
    expect(itemCoverage(news, [dated('2025-09-30')], 2568, today)).toMatchObject({
      status: 'ok',
      reason: 'ปรับปรุงในปีงบประมาณ 2568 แล้ว',
    });
  });

  it('does not count 30 September of the year before nor 1 October of the year after', () => {
    expect(itemCoverage(news, [dated('2024-09-30')], 2568, today).status).toBe('stale');
    expect(itemCoverage(news, [dated('2025-10-01')], 2568, today)).toMatchObject({
      status: 'stale',
      reason: 'ยังไม่ได้ปรับปรุงข้อมูลในปีงบประมาณ 2568',
    });
  });

  it("shows the year's updates only, when there are any", () => {
    const inYear = dated('2025-09-30');
    const before = dated('2024-09-30');
    const after = dated('2025-10-01');
    expect(itemCoverage(news, [before, inYear, after], 2568, today).shown).toEqual([inYear]);
    expect(itemCoverage(news, [before, after], 2568, today).shown).toEqual([after, before]);
  });
});

describe('fiscal-year', () => {
  it('names every fiscal year it has, newest first, when none is the one needed', () => {
    const of = (fiscalYear: number) => evidence({ items: ['plan'], fiscalYear });
    expect(itemCoverage(plan, [of(2565), of(2567), of(2566), of(2567)], 2568, today).reason).toBe(
      'มีเฉพาะข้อมูลปีงบประมาณ 2567, 2566, 2565 ต้องเป็นข้อมูลปีงบประมาณ 2568',
    );
  });

  it('is not satisfied by an example of the right year next to a real one of another', () => {
    const cov = itemCoverage(
      plan,
      [evidence({ items: ['plan'], fiscalYear: 2568, example: true }), evidence({ items: ['plan'], fiscalYear: 2567 })],
      2568,
      today,
    );
    expect([cov.status, cov.reason]).toEqual(['stale', 'มีเฉพาะข้อมูลปีงบประมาณ 2567 ต้องเป็นข้อมูลปีงบประมาณ 2568']);
  });
});

describe('monthly', () => {
  it('is complete in October, before any month of the fiscal year is due', () => {
    expect(itemCoverage(monthly, [], 2568, day('2024-10-15'))).toMatchObject({
      status: 'ok',
      missingMonths: [],
      reason: 'ยังไม่มีเดือนที่ครบกำหนดของปีงบประมาณ 2568',
    });
  });

  it('is missing on 1 November with no summary of October, and names the month', () => {
    expect(itemCoverage(monthly, [], 2568, day('2024-11-01'))).toMatchObject({
      status: 'missing',
      missingMonths: ['2024-10'],
      reason: 'ยังไม่มีข้อมูลที่เผยแพร่',
    });
  });

  it('does not count a summary of the same month of another fiscal year', () => {
    const cov = itemCoverage(monthly, [month('2023-10', { fiscalYear: 2567 })], 2568, day('2024-11-01'));
    expect([cov.status, cov.missingMonths]).toEqual(['missing', ['2024-10']]);
  });

  it('names every missing month, short, in order', () => {
    const cov = itemCoverage(monthly, [month('2024-11')], 2568, day('2025-01-01'));
    expect([cov.status, cov.reason]).toEqual(['stale', 'ขาดข้อมูลเดือน ต.ค. 2567, ธ.ค. 2567']);
  });

  it('counts the months due up to the last day of the fiscal year, and all twelve after it', () => {
    expect(monthsDue(2568, day('2025-09-30'))).toHaveLength(11);
    expect(monthsDue(2568, day('2025-10-01'))).toHaveLength(12);
    expect(monthsDue(2568, day('2024-10-01'))).toEqual([]);
    expect(monthsDue(2568, day('2024-09-30'))).toEqual([]);
  });
});

describe('the checklist of a year', () => {
  const framework = (year: number, items = [structure, news]): OitFramework =>
    ({ year, items, subIndicators: [] }) as unknown as OitFramework;

  it('counts each status over the items, in checklist order', () => {
    const cov = frameworkCoverage(
      framework(2568, [structure, news, plan]),
      [evidence(), evidence({ items: ['news'], date: day('2020-01-01') })],
      today,
    );
    expect(cov.items.map((c) => [c.item.code, c.status])).toEqual([
      ['O1', 'ok'],
      ['O2', 'stale'],
      ['O3', 'missing'],
    ]);
    expect(cov.counts).toEqual({ ok: 1, missing: 1, stale: 1 });
    expect(cov.year).toBe(2568);
  });

  it('labels each status in Thai', () => {
    expect(STATUS_LABELS).toEqual({ ok: 'ครบถ้วน', missing: 'ยังไม่มีข้อมูล', stale: 'ยังไม่เป็นปัจจุบัน' });
  });

  it('presents the latest year as current, whatever the order of the files', () => {
    expect(currentFramework([framework(2566), framework(2568), framework(2567)])?.year).toBe(2568);
    expect(currentFramework([framework(2568), framework(2566)])?.year).toBe(2568);
    expect(currentFramework([framework(2566), framework(2567)])?.year).toBe(2567);
    expect(currentFramework([])).toBeUndefined();
  });

  it('leaves the list it is given in its order', () => {
    const list = [framework(2566), framework(2568)];
    currentFramework(list);
    expect(list.map((f) => f.year)).toEqual([2566, 2568]);
  });
});

describe('which entries count and which are shown', () => {
  it('counts an entry that evidences this item among others', () => {
    const both = evidence({ items: ['contact', 'structure'] });
    expect(itemCoverage(structure, [both], 2568, today)).toMatchObject({ status: 'ok', evidence: [both] });
  });

  it('shows a fiscal-year item the entries of its fiscal year, whatever the day they are dated', () => {
    const early = evidence({ items: ['plan'], fiscalYear: 2568, date: day('2024-09-15') });
    const older = evidence({ items: ['plan'], fiscalYear: 2567, date: day('2024-09-01') });
    expect(itemCoverage(plan, [early, older], 2568, today)).toMatchObject({
      status: 'ok',
      reason: 'เผยแพร่ข้อมูลปีงบประมาณ 2568 แล้ว',
      shown: [early],
    });
  });

  it('is complete when one real entry is of the fiscal year needed, among others of other years', () => {
    const of = (fiscalYear: number) => evidence({ items: ['plan'], fiscalYear });
    expect(itemCoverage(plan, [of(2567), of(2568)], 2568, today).status).toBe('ok');
  });

  it('shows an update of 1 October as one of the fiscal year it opens', () => {
    const first = evidence({ items: ['news'], date: day('2024-10-01') });
    const before = evidence({ items: ['news'], date: day('2024-09-30') });
    expect(itemCoverage(news, [first, before], 2568, today).shown).toEqual([first]);
  });
});
