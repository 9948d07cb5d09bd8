// The shipped OIT content: every file valid, every item of every framework evidenced by an example,
// every invented value marked as an example, and the CSV form of a month.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { disclosureSchema, documentSchema, oitFrameworkSchema, procurementMonthSchema } from '../../src/schemas/oit';
import { collectEvidence } from '../../src/lib/oit/evidence';
import { procurementCsv } from '../../src/lib/oit/procurement-table';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`);
const frameworks = yamlFiles('content/oit/frameworks').map((f) => oitFrameworkSchema.parse(loadYaml(f)));
const entries = <T>(dir: string, parse: (v: unknown) => T) =>
  yamlFiles(dir).map((file) => ({
    id: file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, ''),
    file,
    data: parse(loadYaml(file)),
  }));
const disclosures = entries('content/disclosures', (v) => disclosureSchema.parse(v));
const documents = entries('content/documents', (v) => documentSchema.parse(v));
const measures = entries('content/measures', (v) => measuresPlanSchema.parse(v));
const procurement = entries('content/procurement/2568', (v) => procurementMonthSchema.parse(v)).map((e) => ({
  ...e,
  id: `2568/${e.id}`,
}));

describe('content/ OIT', () => {
  it('has the frameworks of 2567 and 2568', () => {
    expect(frameworks.map((f) => f.year).sort()).toEqual([2567, 2568]);
  });

  it('evidences every item of every framework', () => {
    const evidence = collectEvidence({ disclosures, documents, procurement, measures });
    const evidenced = new Set(evidence.flatMap((e) => e.items));
    const missing = frameworks.flatMap((fw) =>
      fw.items.filter((i) => !evidenced.has(i.slug)).map((i) => `${fw.year} ${i.code} ${i.slug}`),
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
      '1,"ซื้อ ""กระดาษ"", หมึก",5000.00,เฉพาะเจาะจง,ร้านตัวอย่างเครื่องเขียน 4850.00,ร้านตัวอย่างเครื่องเขียน,4850.00,เป็นผู้มีอาชีพขายโดยตรงและเสนอราคาไม่เกินวงเงินงบประมาณ,200/2567,2024-10-10',
    );
  });
});
