// The pure helpers that took over what pages and components used to compute, the clock, and the
// CSP hash computed with Web Crypto.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { day, evidence, oitItem } from '../helpers/oit';
import { passMarkGap } from '../../src/lib/ita/pass-mark';
import { describeToday } from '../../src/lib/ita/timeline';
import { indexGroups, uniqueLinks } from '../../src/lib/oit/index-table';
import { entriesForItem, itemCodes, measuresEvidence, newestMonthsFirst } from '../../src/lib/oit/item-entries';
import { itemLabels, itemTitle } from '../../src/lib/oit/labels';
import { bidsText } from '../../src/lib/oit/procurement-table';
import { catalogFields, catalogValueText } from '../../src/lib/open-data/catalog-display';
import type { CatalogEntry } from '../../src/lib/open-data/datasets';
import type { Evidence } from '../../src/lib/oit/evidence';
import type { FrameworkCoverage, ItemCoverage } from '../../src/lib/oit/coverage';
import { scriptHash } from '../../src/lib/site/csp';
import { isCurrentSection } from '../../src/lib/site/navigation';
import type { OitFramework, OitItem } from '../../src/schemas/oit';
import { buildTime, today } from '../../src/data/clock';

const item = oitItem;

const framework = (year: number, items: OitItem[]): OitFramework => ({
  year,
  source: 'คู่มือ',
  verified: true,
  subIndicators: [
    { code: '9.1', name: 'การเปิดเผยข้อมูลพื้นฐาน' },
    { code: '9.2', name: 'การบริหารงาน' },
    { code: '10.1', name: 'การป้องกันการทุจริต' },
  ],
  items,
});

describe('the gap to the pass mark', () => {
  it('is the distance above or below, to two decimals', () => {
    expect(passMarkGap(91.255, 85)).toBe(6.26);
    expect(passMarkGap(72.5, 85)).toBe(12.5);
    expect(passMarkGap(85, 85)).toBe(0);
  });
});

describe('the timeline sentence about today', () => {
  it('says whether the fiscal year has not started, is running or has ended', () => {
    expect(describeToday('before', '2568')).toBe('ปีงบประมาณ 2568 ยังไม่เริ่ม');
    expect(describeToday('during', '๒๕๖๘')).toBe('วันนี้อยู่ในปีงบประมาณ ๒๕๖๘ (เส้นแนวตั้ง "วันนี้" บนแผนภาพ)');
    expect(describeToday('after', '2567')).toBe('ปีงบประมาณ 2567 สิ้นสุดแล้ว');
  });
});

describe('the OIT index table', () => {
  const fw = framework(2568, [item('O1', 'structure'), item('O2', 'executives'), item('O10', 'plan', '9.2')]);
  const row = (slug: string, shown: Evidence[] = []): ItemCoverage =>
    ({ item: fw.items.find((i) => i.slug === slug)!, status: 'ok', shown }) as ItemCoverage;

  it('groups rows under their sub-indicator and leaves out a sub-indicator without items', () => {
    const coverage = { year: 2568, items: [row('structure'), row('executives'), row('plan')] } as FrameworkCoverage;
    const groups = indexGroups(fw, coverage);
    expect(groups.map((g) => [g.sub.code, g.rows.map((r) => r.item.code)])).toEqual([
      ['9.1', ['O1', 'O2']],
      ['9.2', ['O10']],
    ]);
  });

  it('lists each linked page once, where it first appears', () => {
    const shown = [
      evidence({ links: [{ label: 'ปีงบประมาณ 2568', path: '/procurement/2568/' }] }),
      evidence({ links: [{ label: 'เอกสาร', path: '/documents/a/' }] }),
      evidence({ links: [{ label: 'ปีงบประมาณ 2568', path: '/procurement/2568/' }] }),
    ];
    expect(uniqueLinks({ shown }).map((l) => l.path)).toEqual(['/procurement/2568/', '/documents/a/']);
  });
});

describe("an OIT item's own page", () => {
  const newer = framework(2569, [item('O3', 'structure')]);
  const older = framework(2568, [item('O1', 'structure'), item('O2', 'executives')]);

  it('names the item by its code in every year that lists it, newest first', () => {
    expect(itemCodes([newer, older], 'structure')).toEqual([
      { code: 'O3', year: 2569 },
      { code: 'O1', year: 2568 },
    ]);
    expect(itemCodes([newer, older], 'executives')).toEqual([{ code: 'O2', year: 2568 }]);
  });

  it('lists the entries that evidence the item, newest first', () => {
    const entry = (id: string, items: string[], date: string) => ({ id, data: { items, date: day(date) } });
    const entries = [
      entry('a', ['structure'], '2024-01-05'),
      entry('b', ['news'], '2024-06-01'),
      entry('c', ['structure', 'news'], '2024-03-01'),
    ];
    expect(entriesForItem(entries, ['structure']).map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('lists monthly summaries from the newest month', () => {
    const months = ['2024-10', '2024-12', '2024-11'].map((month) => ({ data: { month } }));
    expect(newestMonthsFirst(months).map((m) => m.data.month)).toEqual(['2024-12', '2024-11', '2024-10']);
  });

  it('links the measures plan and its progress, and nothing else, as measures evidence', () => {
    const kinds = measuresEvidence([
      evidence({ kind: 'measures-plan' }),
      evidence({ kind: 'document' }),
      evidence({ kind: 'measures-progress' }),
    ]).map((e) => e.kind);
    expect(kinds).toEqual(['measures-plan', 'measures-progress']);
  });

  it('labels items for the search filters by code and title, and titles them by the newest framework', () => {
    expect(itemLabels(older, ['executives', 'unknown'])).toEqual(['O2 ชื่อ executives']);
    expect(itemLabels(undefined, ['structure'])).toEqual([]);
    expect(itemTitle([newer, older], 'executives')).toBe('ชื่อ executives');
    expect(itemTitle([newer, older], 'unknown')).toBe('unknown');
  });
});

describe('the procurement table', () => {
  it('writes the bids with their amounts in the site digits, separated by semicolons', () => {
    const bids = [
      { name: 'ร้าน ก', price: 12500 },
      { name: 'ร้าน ข', price: 13000.5 },
    ];
    expect(bidsText(bids, {})).toBe('ร้าน ก 12,500.00; ร้าน ข 13,000.50');
    expect(bidsText(bids, { thaiDigits: true })).toBe('ร้าน ก ๑๒,๕๐๐.๐๐; ร้าน ข ๑๓,๐๐๐.๕๐');
  });
});

describe('the catalog on /data/', () => {
  const entry = {
    title: 'ผลการประเมิน ITA',
    tag_string: ['ITA', 'คะแนน'],
    first_year_of_data: 2566,
    last_year_of_data: null,
    last_updated_date: '2026-11-28',
    num_rows: 1250,
  } as unknown as CatalogEntry;

  it('shows years in the site digits, counts grouped, lists joined, dates in Thai and no value as a dash', () => {
    expect(catalogValueText(entry, 'first_year_of_data', { thaiDigits: true })).toBe('๒๕๖๖');
    expect(catalogValueText(entry, 'num_rows', {})).toBe('1,250');
    expect(catalogValueText(entry, 'tag_string', {})).toBe('ITA, คะแนน');
    expect(catalogValueText(entry, 'last_updated_date', {})).toBe('28 พฤศจิกายน 2569');
    expect(catalogValueText(entry, 'last_year_of_data', {})).toBe('–');
  });

  it('lists the fields in the catalog order with their labels', () => {
    const fields = catalogFields(entry, {});
    expect(fields[0]).toMatchObject({ key: 'notes', label: 'คำอธิบาย' });
    expect(fields.find((f) => f.key === 'num_rows')).toEqual({ key: 'num_rows', label: 'จำนวนแถวข้อมูล', text: '1,250' });
  });
});

describe('the header menu', () => {
  it('marks the home page only on itself, and any other section on every page under it', () => {
    expect(isCurrentSection('/base/', '/', '/base/')).toBe(true);
    expect(isCurrentSection('/base/', '/', '/base/ita/')).toBe(false);
    expect(isCurrentSection('/base/ita/', '/ita/', '/base/ita/2567/')).toBe(true);
    expect(isCurrentSection('/base/ita/', '/ita/', '/base/oit/')).toBe(false);
  });
});

describe('the CSP hash of an inline script', () => {
  it('is the base64 SHA-256 of the script, as node:crypto computes it', async () => {
    const script = "console.log('สวัสดี')";
    const expected = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(await scriptHash(script)).toBe(`'sha256-${expected}'`);
  });
});

describe('the clock', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes a day given on the command line over PRONGSAI_TODAY', () => {
    expect(today('2025-05-15').toISOString()).toBe('2025-05-15T00:00:00.000Z');
  });

  it('dates the build from SOURCE_DATE_EPOCH, or now without it', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1795000000');
    expect(buildTime().toISOString()).toBe('2026-11-18T11:06:40.000Z');
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    expect(Math.abs(buildTime().getTime() - Date.now())).toBeLessThan(60_000);
  });
});
