// The shipped OIT content: every file valid, every item of every framework evidenced by an example,
// every invented value marked as an example, and the CSV form of a month.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { measuresPlanSchema } from '../../src/schemas/measures';
import {
  disclosureSchema,
  documentSchema,
  itemPageSlugs,
  oitFrameworkSchema,
  procurementMonthSchema,
} from '../../src/schemas/oit';
import { collectEvidence } from '../../src/lib/oit/evidence';
import { procurementCsv } from '../../src/lib/oit/procurement-table';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`);
const frameworks = yamlFiles('nacc/oit/frameworks').map((f) => oitFrameworkSchema.parse(loadYaml(f)));
const entries = <T>(dir: string, parse: (v: unknown) => T) =>
  yamlFiles(dir).map((file) => ({
    id: file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, ''),
    file,
    data: parse(loadYaml(file)),
  }));
const disclosures = entries('examples/khok-ko/content/disclosures', (v) => disclosureSchema.parse(v));
const documents = entries('examples/khok-ko/content/documents', (v) => documentSchema.parse(v));
const measures = entries('examples/khok-ko/content/measures', (v) => measuresPlanSchema.parse(v));
const procurement = entries('examples/khok-ko/content/procurement/2568', (v) => procurementMonthSchema.parse(v)).map(
  (e) => ({
    ...e,
    id: `2568/${e.id}`,
  }),
);

describe('examples/khok-ko/content/ OIT', () => {
  it('has the frameworks of ITA 2566 to 2569', () => {
    expect(frameworks.map((f) => f.year).sort()).toEqual([2566, 2567, 2568, 2569]);
  });

  it('evidences every item of every framework', () => {
    const evidence = collectEvidence({ disclosures, documents, procurement, measures });
    const evidenced = new Set(evidence.flatMap((e) => e.items));
    const missing = frameworks.flatMap((fw) =>
      fw.items
        .filter((i) => !itemPageSlugs(i).some((s) => evidenced.has(s)))
        .map((i) => `${fw.year} ${i.code} ${i.slug}`),
    );
    expect(missing).toEqual([]);
  });

  it('marks every invented entry as an example (the real measures plan is evidence in its own file)', () => {
    const real = [...disclosures, ...documents, ...procurement].filter((e) => !e.data.example).map((e) => e.file);
    expect(real).toEqual([]);
  });

  it('writes a month as CSV with a byte-order mark, CRLF lines and quoted cells', () => {
    const csv = procurementCsv(
      procurementMonthSchema.parse({
        ...procurement[0]!.data,
        rows: [{ ...procurement[0]!.data.rows[0], item: 'ซื้อ "กระดาษ", หมึก' }],
        date: '5 พ.ย. 2567',
      }),
    );
    expect(csv.startsWith('\uFEFFลำดับที่,งานที่จัดซื้อหรือจัดจ้าง,')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      '1,"ซื้อ ""กระดาษ"", หมึก",5000.00,เฉพาะเจาะจง,ร้านตัวอย่างเครื่องเขียน 4850.00,ร้านตัวอย่างเครื่องเขียน,4850.00,เป็นผู้มีอาชีพขายโดยตรงและเสนอราคาไม่เกินวงเงินงบประมาณ,200/2567,2024-10-10,true',
    );
    expect(csv.split('\r\n')[0]?.endsWith(',ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)')).toBe(true);
  });
});

// The checklists as the evidence file (oit-evidence.md §3) gives them: codes, sub-indicators, time rules.
const year = (y: number) => frameworks.find((f) => f.year === y)!;
/** "O1-O4:9.1 …": each sub-indicator with the range of codes it holds, in order. */
const grouping = (y: number) =>
  year(y).subIndicators.map((sub) => {
    const codes = year(y)
      .items.filter((i) => i.subIndicator === sub.code)
      .map((i) => i.code);
    return `${codes[0]}-${codes.at(-1)}:${sub.code} (${codes.length})`;
  });
/** The codes whose evidence is of the fiscal year before the assessed one. */
const previousYear = (y: number) =>
  year(y)
    .items.filter((i) => i.timeRule === 'fiscal-year' && i.fiscalYearOffset === -1)
    .map((i) => i.code);
const codeOf = (y: number, slug: string) => year(y).items.find((i) => i.slug === slug)?.code;

describe('the OIT checklist of each year, as the evidence gives it', () => {
  it('numbers every year O1, O2, … without gaps, on the NACC sub-indicators 9.1–9.5 and 10.1–10.2 only', () => {
    for (const fw of frameworks) {
      expect(fw.items.map((i) => i.code)).toEqual(fw.items.map((_, k) => `O${k + 1}`));
      expect(fw.subIndicators.map((s) => s.code)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']);
    }
  });

  it('ITA 2566 has 43 items: 10, 8, 4, 4, 4 in indicator 9 and 8, 5 in indicator 10', () => {
    expect(year(2566).items).toHaveLength(43);
    expect(grouping(2566)).toEqual([
      'O1-O10:9.1 (10)',
      'O11-O18:9.2 (8)',
      'O19-O22:9.3 (4)',
      'O23-O26:9.4 (4)',
      'O27-O30:9.5 (4)',
      'O31-O38:10.1 (8)',
      'O39-O43:10.2 (5)',
    ]);
    expect(
      year(2566)
        .items.filter((i) => i.timeRule === 'six-month')
        .map((i) => i.code),
    ).toEqual(['O12', 'O37']);
    expect(year(2566).items.find((i) => i.timeRule === 'monthly')?.code).toBe('O21');
    expect(
      year(2566)
        .items.filter((i) => i.title.includes('No Gift'))
        .map((i) => i.code),
    ).toEqual(['O31', 'O32', 'O33']);
    expect(
      year(2566)
        .items.filter((i) => i.title.includes('จริยธรรม'))
        .map((i) => i.code),
    ).toEqual(['O39', 'O40', 'O41']);
  });

  it('drops the three items the NACC dropped in 2566 (their pages are served by the items that replaced them)', () => {
    for (const fw of frameworks) {
      const titles = fw.items.map((i) => i.title);
      expect(titles).not.toContain('เจตจำนงสุจริตของผู้บริหาร');
      expect(titles).not.toContain('การมีส่วนร่วมของผู้บริหาร');
      expect(titles).not.toContain('การเสริมสร้างวัฒนธรรมองค์กร');
    }
    const coveredBy = (slug: string) => year(2566).items.find((i) => i.alsoCovers.includes(slug))?.code;
    expect(['integrity-declaration', 'organizational-culture', 'executive-participation'].map(coveredBy)).toEqual([
      'O31',
      'O32',
      'O43',
    ]);
  });

  it('ITA 2567 carries the 2566 list forward, every item low confidence and unverified', () => {
    expect(year(2567).items).toHaveLength(43);
    expect(year(2567).items.map((i) => i.slug)).toEqual(year(2566).items.map((i) => i.slug));
    expect(year(2567).items.every((i) => i.confidence === 'low' && !i.verified && i.carriedFrom === 2566)).toBe(true);
    expect(year(2567).subIndicators.find((s) => s.code === '9.2')?.name).toBe('การบริหารงานและการใช้จ่ายงบประมาณ');
  });

  it('ITA 2568 has 26 items grouped 4, 7, 2, 3, 4 and 4, 2, the annual reports of the previous fiscal year', () => {
    expect(year(2568).items).toHaveLength(26);
    expect(grouping(2568)).toEqual([
      'O1-O4:9.1 (4)',
      'O5-O11:9.2 (7)',
      'O12-O13:9.3 (2)',
      'O14-O16:9.4 (3)',
      'O17-O20:9.5 (4)',
      'O21-O24:10.1 (4)',
      'O25-O26:10.2 (2)',
    ]);
    expect(previousYear(2568)).toEqual(['O7', 'O13', 'O15', 'O19', 'O24', 'O26']);
    expect(
      year(2568)
        .items.filter((i) => i.confidence === 'low')
        .map((i) => i.code),
    ).toEqual(['O2', 'O5', 'O6', 'O7']);
    expect(year(2568).items[0]).toMatchObject({ title: 'โครงสร้างและอำนาจหน้าที่', alsoCovers: ['authority-and-duties'] });
  });

  it('ITA 2569 has 26 items, the monthly procurement summary O11 and the new O25, O2 and O4–O9 carried from 2568', () => {
    expect(year(2569).items).toHaveLength(26);
    expect(previousYear(2569)).toEqual(['O7', 'O12', 'O14', 'O18', 'O22', 'O24', 'O26']);
    expect(
      year(2569)
        .items.filter((i) => i.timeRule === 'monthly')
        .map((i) => i.code),
    ).toEqual(['O11']);
    expect(
      year(2569)
        .items.filter((i) => i.carriedFrom === 2568)
        .map((i) => i.code),
    ).toEqual(['O2', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9']);
    expect(year(2569).items[24]).toMatchObject({ code: 'O25', title: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร' });
  });

  it('gives every item its confidence and source, and marks none verified (no NACC manual was checked)', () => {
    for (const fw of frameworks) {
      for (const i of fw.items) {
        expect(i.source.length).toBeGreaterThan(10);
        expect(i.verified).toBe(false);
      }
    }
  });

  it('keeps research notes out of what pages show, and repository ids out of what staff read', () => {
    // Titles and evidence reach public pages: the NACC's words only, no note of where we found them.
    const researchNote = /rtrda|gh:\d|GitHub|itachon|\.go\.th|\.ac\.th|ไม่พบ.*ในหลักฐาน|เผยแพร่เป็น (?:PDF|XLSX)/;
    for (const fw of frameworks) {
      for (const i of fw.items) {
        expect(`${fw.year} ${i.code} ${i.title}`).not.toMatch(researchNote);
        expect(`${fw.year} ${i.code} ${i.evidence}`).not.toMatch(researchNote);
        // `source` is for staff (npm run oit): named sources, never a repository id.
        expect(`${fw.year} ${i.code} ${i.source}`).not.toMatch(/gh:\d|GitHub/);
      }
      expect(fw.source).not.toMatch(/gh:\d|GitHub/);
      for (const s of fw.subIndicators) expect(s.name).not.toMatch(researchNote);
    }
  });

  it('keeps one slug for the same document under a new code in every year', () => {
    expect([2566, 2567, 2568, 2569].map((y) => codeOf(y, 'structure'))).toEqual(['O1', 'O1', 'O1', 'O1']);
    expect([2566, 2567, 2568, 2569].map((y) => codeOf(y, 'procurement-monthly-summary'))).toEqual([
      'O21',
      'O21',
      'O12',
      'O11',
    ]);
    expect([2566, 2568, 2569].map((y) => codeOf(y, 'complaint-channel'))).toEqual(['O28', 'O18', 'O17']);
    expect([2566, 2568, 2569].map((y) => codeOf(y, 'anti-corruption-plan'))).toEqual(['O36', 'O25', 'O23']);
    // Every item page the site published before these lists (the 40 slugs of the old 2567/2568 files)
    // still builds: from the item itself, or from the item it was merged into or replaced by.
    const published = `structure executives authority-and-duties development-plan contact laws news qa social-network
      annual-operating-plan annual-spending-plan six-month-report annual-report work-manual service-manual
      service-statistics satisfaction-survey e-service procurement-plan procurement-announcements
      procurement-monthly-summary procurement-annual-report hr-policy hr-policy-implementation hr-criteria
      hr-annual-report complaint-guideline complaint-channel complaint-statistics participation
      integrity-declaration executive-participation corruption-risk-assessment corruption-risk-measures
      organizational-culture anti-corruption-plan anti-corruption-six-month-report anti-corruption-annual-report
      integrity-measures integrity-measures-implementation`.split(/\s+/);
    expect(published).toHaveLength(40);
    const pages = new Set(frameworks.flatMap((fw) => fw.items.flatMap(itemPageSlugs)));
    expect(published.filter((s) => !pages.has(s))).toEqual([]);
  });
});
