// An organization's words (its place name, its offices) come from its content, never from the
// program: derived by organizationWords, and named nowhere in the code.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { EXAMPLE } from '../helpers/example';
import { organizationSchema } from '../../src/schemas/organization';
import { organizationWords, placeNames } from '../../src/lib/thai/organization-words';
import { siteCompounds, THAI_COMPOUNDS } from '../../src/lib/thai/words';

const org = (name: string, shortName: string, more: { type?: string; offices?: string[] } = {}) => ({
  name,
  shortName,
  type: more.type,
  offices: more.offices?.map((o) => ({ name: o })),
});

describe('placeNames', () => {
  it('strips the kind of a subdistrict or provincial administrative organization, in full or abbreviated', () => {
    expect(placeNames(org('องค์การบริหารส่วนตำบลบ้านนาเหนือ', 'อบต.บ้านนาเหนือ'))).toEqual(['บ้านนาเหนือ']);
    expect(placeNames(org('องค์การบริหารส่วนจังหวัดขอนแก่น', 'อบจ.ขอนแก่น'))).toEqual(['ขอนแก่น']);
  });

  it('strips the kind of a municipality: subdistrict, town or city', () => {
    expect(placeNames(org('เทศบาลตำบลหนองบัวแดง', 'ทต.หนองบัวแดง'))).toEqual(['หนองบัวแดง']);
    expect(placeNames(org('เทศบาลเมืองท่าช้าง', 'ทม.ท่าช้าง'))).toEqual(['ท่าช้าง']);
    expect(placeNames(org('เทศบาลนครนครราชสีมา', 'ทน.นครราชสีมา'))).toEqual(['นครราชสีมา']);
  });

  it('reads an abbreviation followed by a space, and only the first word after the kind', () => {
    expect(placeNames(org('เทศบาลตำบลโคกสูง อำเภอเมือง', 'ทต. โคกสูง'))).toEqual(['โคกสูง']);
    expect(placeNames(org('อบต. โคกสูง (ตัวอย่าง)', 'อบต โคกสูง'))).toEqual(['โคกสูง']);
  });

  it('gives both names when they differ, and strips the organization type when no known kind starts the name', () => {
    expect(placeNames(org('เทศบาลตำบลบ้านนาเหนือ', 'ทต.นาเหนือ'))).toEqual(['บ้านนาเหนือ', 'นาเหนือ']);
    expect(placeNames(org('เมืองพัทยา', 'พัทยา', { type: 'เมือง' }))).toEqual(['พัทยา']);
  });

  it('gives none for a name that starts with no kind of organization', () => {
    expect(placeNames(org('กรุงเทพมหานคร', 'กทม.'))).toEqual([]);
    expect(placeNames(org('Ban Na Municipality', 'BN'))).toEqual([]);
  });
});

describe('organizationWords', () => {
  it('is the place name then the offices, each once; an office written in parts gives each part', () => {
    const words = organizationWords(
      org('เทศบาลตำบลบ้านนาเหนือ', 'ทต.บ้านนาเหนือ', {
        type: 'เทศบาลตำบล',
        offices: ['สำนักปลัดเทศบาล', ' กองการศึกษา  ศาสนาและวัฒนธรรม ', 'สำนักปลัดเทศบาล'],
      }),
    );
    expect(words).toEqual(['บ้านนาเหนือ', 'สำนักปลัดเทศบาล', 'กองการศึกษา', 'ศาสนาและวัฒนธรรม']);
  });

  it('is the place name alone without offices', () => {
    expect(organizationWords(org('องค์การบริหารส่วนตำบลโคกสูง', 'อบต.โคกสูง'))).toEqual(['โคกสูง']);
    expect(organizationWords(org('องค์การบริหารส่วนตำบลโคกสูง', 'อบต.โคกสูง', { offices: [] }))).toEqual(['โคกสูง']);
  });
});

/** The example organization, as its content folder holds it. */
const example = organizationSchema.parse(loadYaml(join(EXAMPLE.content, 'organization.yaml')));

describe("the example organization's words", () => {
  it('are its place name and its offices, all kept whole on its pages', () => {
    const words = organizationWords(example);
    expect(words.length).toBeGreaterThan(1);
    expect(words).toEqual([...placeNames(example), ...example.offices.map((o) => o.name)]);
    expect(siteCompounds(words)).toEqual([...THAI_COMPOUNDS, ...words]);
  });

  it('are named nowhere in the code (staff-facing examples in schema descriptions aside)', () => {
    const words = organizationWords(example);
    const code = (file: string) =>
      readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/\.describe\(\s*'[^']*'\s*\)/g, '');
    const named = globSync('{src,scripts}/**/*.{ts,mjs,js,astro}')
      .sort()
      .flatMap((file) => words.filter((w) => code(file).includes(w)).map((w) => `${file}: ${w}`));
    expect(named).toEqual([]);
    expect(THAI_COMPOUNDS.filter((c) => words.includes(c))).toEqual([]);
  });
});
