import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  completeInput,
  existingOrganizationText,
  FIELDS,
  missingText,
  nextStepsText,
  normaliseType,
  organizationFiles,
  organizationYaml,
  parseNewOrgArgs,
  suggestShortName,
  typeOfName,
  USAGE,
  yamlScalar,
  type NewOrgInput,
} from '../../src/lib/organization/new-org';
import { readYaml } from '../../src/lib/content-check/yaml';
import { organizationSchema } from '../../src/schemas/organization';

const BAN_MAI: NewOrgInput = {
  name: 'องค์การบริหารส่วนตำบลบ้านใหม่',
  shortName: 'อบต.บ้านใหม่',
  nameEn: 'Ban Mai Subdistrict Administrative Organization',
  type: 'องค์การบริหารส่วนตำบล',
  province: 'ขอนแก่น',
  siteUrl: 'https://www.banmai.go.th',
};

const { siteUrl: _address, ...BAN_MAI_NO_ADDRESS } = BAN_MAI;

describe('normaliseType', () => {
  it.each([
    ['องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนตำบล'],
    ['องค์การบริหารส่วนตำบล (อบต.)', 'องค์การบริหารส่วนตำบล'],
    ['อบต.', 'องค์การบริหารส่วนตำบล'],
    ['อบต', 'องค์การบริหารส่วนตำบล'],
    [' อ.บ.ต. ', 'องค์การบริหารส่วนตำบล'],
    ['1', 'องค์การบริหารส่วนตำบล'],
    ['เทศบาลตำบล', 'เทศบาลตำบล'],
    ['ทต.', 'เทศบาลตำบล'],
    ['2', 'เทศบาลตำบล'],
    ['เทศบาลเมือง', 'เทศบาลเมือง'],
    ['ทม', 'เทศบาลเมือง'],
    ['เทศบาลนคร', 'เทศบาลนคร'],
    ['ทน.', 'เทศบาลนคร'],
    ['องค์การบริหารส่วนจังหวัด (อบจ.)', 'องค์การบริหารส่วนจังหวัด'],
    ['อบจ.', 'องค์การบริหารส่วนจังหวัด'],
    ['5', 'องค์การบริหารส่วนจังหวัด'],
    ['town municipality', 'เทศบาลเมือง'],
  ])('reads %j as %s', (input, name) => {
    expect(normaliseType(input)?.name).toBe(name);
  });

  it.each(['', 'เทศบาล', 'กรุงเทพมหานคร', '0', '6', 'อบต.บ้านใหม่'])('does not know %j', (input) => {
    expect(normaliseType(input)).toBeUndefined();
  });
});

describe('suggestShortName', () => {
  it('puts the short type before the rest of the name', () => {
    expect(suggestShortName('องค์การบริหารส่วนตำบลบ้านใหม่', normaliseType('อบต.'))).toBe('อบต.บ้านใหม่');
    expect(suggestShortName('เทศบาลเมืองบ้านไผ่', normaliseType('ทม.'))).toBe('ทม.บ้านไผ่');
    expect(suggestShortName('องค์การบริหารส่วนจังหวัดขอนแก่น', normaliseType('5'))).toBe('อบจ.ขอนแก่น');
  });

  it('suggests nothing when the name does not start with the type', () => {
    expect(suggestShortName('บ้านใหม่', normaliseType('อบต.'))).toBeUndefined();
    expect(suggestShortName('องค์การบริหารส่วนตำบล', normaliseType('อบต.'))).toBeUndefined();
    expect(suggestShortName('องค์การบริหารส่วนตำบลบ้านใหม่', undefined)).toBeUndefined();
  });
});

describe('typeOfName', () => {
  it('reads the type a full name starts with', () => {
    expect(typeOfName('เทศบาลเมืองบ้านไผ่')?.short).toBe('ทม.');
    expect(typeOfName('องค์การบริหารส่วนจังหวัดขอนแก่น')?.short).toBe('อบจ.');
    expect(typeOfName('เทศบาลตำบลบ้านใหม่')?.short).toBe('ทต.');
    expect(typeOfName('เทศบาลตำบล')).toBeUndefined();
    expect(typeOfName('บ้านใหม่')).toBeUndefined();
  });
});

describe('checkAnswer', () => {
  it('keeps the answers as they should be written', () => {
    expect(checkAnswer('name', '  องค์การบริหารส่วนตำบล  บ้านใหม่ ')).toEqual({
      ok: true,
      value: 'องค์การบริหารส่วนตำบล บ้านใหม่',
    });
    expect(checkAnswer('type', 'ทต')).toEqual({ ok: true, value: 'เทศบาลตำบล' });
    expect(checkAnswer('province', 'จังหวัดขอนแก่น')).toEqual({ ok: true, value: 'ขอนแก่น' });
    expect(checkAnswer('province', 'จ. ขอนแก่น')).toEqual({ ok: true, value: 'ขอนแก่น' });
    expect(checkAnswer('siteUrl', 'https://www.banmai.go.th/')).toEqual({
      ok: true,
      value: 'https://www.banmai.go.th',
    });
  });

  it('says in Thai, then English, what is wrong', () => {
    const message = (field: Parameters<typeof checkAnswer>[0], input: string) => {
      const r = checkAnswer(field, input);
      return r.ok ? '' : r.message;
    };
    expect(message('name', 'Ban Mai')).toMatch(/^ชื่อเต็มต้องเป็นภาษาไทย \/ /);
    expect(message('nameEn', 'บ้านใหม่')).toMatch(/^ชื่อภาษาอังกฤษ/);
    expect(message('type', 'เทศบาล')).toMatch(/^ไม่รู้จักประเภทหน่วยงาน "เทศบาล" \(ใช้ได้: องค์การบริหารส่วนตำบล \(อบต\.\)/);
    expect(message('province', 'Khon Kaen')).toMatch(/^จังหวัดต้องเป็นชื่อภาษาไทย/);
    expect(message('shortName', '  ')).toBe('ต้องระบุ --short-name / --short-name is required');
    for (const url of ['http://localhost:4321', 'http://127.0.0.1', 'http://[::1]:4321', 'http://0.0.0.0'])
      expect(message('siteUrl', url)).toMatch(/^ที่อยู่ของเว็บไซต์ต้องเป็นที่อยู่สาธารณะ ไม่ใช่ localhost/);
    expect(message('siteUrl', 'www.banmai.go.th')).toMatch(/^ที่อยู่ของเว็บไซต์ต้องขึ้นต้นด้วย https:\/\//);
    expect(message('siteUrl', 'https://www.banmai.go.th/ita')).toMatch(/ไม่มีโฟลเดอร์ย่อย/);
  });
});

describe('parseNewOrgArgs', () => {
  it('reads "--flag value" and "--flag=value"', () => {
    const args = parseNewOrgArgs([
      '--name',
      'องค์การบริหารส่วนตำบลบ้านใหม่',
      '--type=อบต.',
      '--short-name',
      'อบต.บ้านใหม่',
      '--name-en=Ban Mai Subdistrict Administrative Organization',
      '--province',
      'ขอนแก่น',
      '--url',
      'https://www.banmai.go.th',
      '--content',
      'tmp/content',
      '--public=tmp/public',
      '--replace',
    ]);
    expect(args).toEqual({
      values: {
        name: 'องค์การบริหารส่วนตำบลบ้านใหม่',
        type: 'อบต.',
        shortName: 'อบต.บ้านใหม่',
        nameEn: 'Ban Mai Subdistrict Administrative Organization',
        province: 'ขอนแก่น',
        siteUrl: 'https://www.banmai.go.th',
      },
      content: 'tmp/content',
      public: 'tmp/public',
      replace: true,
      help: false,
      errors: [],
    });
  });

  it('reports unknown flags, stray words and flags without a value', () => {
    const args = parseNewOrgArgs(['--nmae', 'x', '--province', '--url', '-h']);
    expect(args.help).toBe(true);
    expect(args.errors).toEqual([
      'ไม่รู้จักตัวเลือก --nmae / unknown option --nmae',
      'ไม่รู้จัก "x" / unexpected "x"',
      '--province ต้องมีค่า เช่น --province "…" / --province needs a value',
      '--url ต้องมีค่า เช่น --url "…" / --url needs a value',
    ]);
  });

  it('names every flag in its usage', () => {
    for (const f of FIELDS) expect(USAGE).toContain(f.flag);
    for (const flag of ['--content', '--public', '--replace']) expect(USAGE).toContain(flag);
  });
});

describe('completeInput', () => {
  const given = {
    name: BAN_MAI.name,
    type: 'อบต',
    nameEn: BAN_MAI.nameEn,
    province: 'จังหวัดขอนแก่น',
  };

  it('fills the short name from the full name, and leaves the address out when not given', () => {
    expect(completeInput(given)).toEqual({ ok: true, input: BAN_MAI_NO_ADDRESS });
    const r = completeInput(given);
    expect(r.ok && 'siteUrl' in r.input).toBe(false);
    const { type: _, ...withoutType } = given;
    expect(completeInput(withoutType)).toEqual({ ok: true, input: { ...BAN_MAI_NO_ADDRESS } });
  });

  it('lists what is missing and what is wrong', () => {
    const r = completeInput({ name: 'บ้านใหม่', type: 'อบต.', url: 'x' } as Record<string, string>);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing.map((f) => f.flag)).toEqual(['--short-name', '--name-en', '--province']);
    expect(r.problems).toEqual([]);
    expect(missingText(r.missing)).toBe(
      'ยังไม่ได้ระบุ --short-name --name-en --province (ไม่มีหน้าจอเทอร์มินัลให้ถาม) / missing --short-name --name-en --province (no terminal to ask on)',
    );
    const wrong = completeInput({ ...given, siteUrl: 'http://localhost:4321', type: 'เทศบาล' });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.problems).toHaveLength(2);
    // Without a known type the short name cannot be made from the full name.
    expect(wrong.missing.map((f) => f.flag)).toEqual(['--short-name']);
  });
});

describe('organizationYaml', () => {
  const valid = (input: NewOrgInput) => {
    const read = readYaml('organization.yaml', organizationYaml(input));
    expect(read.problems).toEqual([]);
    return organizationSchema.parse(read.data);
  };

  it('writes a file the organization schema accepts, with the answers and example contacts', () => {
    const org = valid(BAN_MAI);
    expect(org).toMatchObject({ ...BAN_MAI, display: { thaiDigits: false, mourning: false } });
    expect(org.address.example).toBe(true);
    expect(org.phone.example).toBe(true);
    expect(org.email.example).toBe(true);
    expect(org.social.every((s) => s.example)).toBe(true);
    expect(org.logo).toBeUndefined();
  });

  it('leaves siteUrl as a comment to fill in when there is no address yet', () => {
    const { siteUrl: _, ...noAddress } = BAN_MAI;
    const text = organizationYaml(noAddress);
    expect(text).toMatch(/^# siteUrl: https:\/\/www\.ชื่อหน่วยงาน\.go\.th/m);
    expect(valid(noAddress).siteUrl).toBeUndefined();
  });

  it('explains itself in Thai comments', () => {
    const text = organizationYaml(BAN_MAI);
    expect(text).toMatch(/^# ข้อมูลหน่วยงาน \(สร้างด้วย npm run new-org\)/);
    expect(text).toContain('example: true เป็น example: false');
    expect(text).toContain('npm run build:publish');
  });

  it('quotes any answer YAML would read otherwise', () => {
    const odd: NewOrgInput = {
      ...BAN_MAI,
      name: 'เทศบาลตำบล: "บ้าน" #1',
      shortName: 'true',
      nameEn: "Ban Mai's - [Town]: 2568-01-01",
      province: 'yes',
    };
    const org = valid(odd);
    expect(org.name).toBe(odd.name);
    expect(org.shortName).toBe('true');
    expect(org.nameEn).toBe(odd.nameEn);
    expect(org.province).toBe('yes');
  });

  it.each(['อบต.บ้านใหม่', 'Ban Mai Subdistrict', 'https://www.banmai.go.th'])('writes %s plainly', (value) => {
    expect(yamlScalar(value)).toBe(value);
  });
});

describe('the files cleared', () => {
  it("are the organization's: not the template's note, not hidden files", () => {
    expect(
      organizationFiles([
        '.gitkeep',
        'README.md',
        'organization.yaml',
        'ita/assessments/2566.yaml',
        'ita/reports/2566.mdx',
        'measures/2567.yaml',
        'measures/README.md',
        'news/2568/road.jpg',
        'documents/.gitkeep',
      ]),
    ).toEqual([
      'organization.yaml',
      'ita/assessments/2566.yaml',
      'ita/reports/2566.mdx',
      'measures/2567.yaml',
      'measures/README.md',
      'news/2568/road.jpg',
    ]);
  });

  it('a refusal names the folder, the organization and --replace', () => {
    const text = existingOrganizationText('content', 'องค์การบริหารส่วนตำบลโคกก่อ', 80);
    expect(text).toMatch(/^โฟลเดอร์ content มีข้อมูลหน่วยงานขององค์การบริหารส่วนตำบลโคกก่อ อยู่แล้ว \(80 ไฟล์\)/);
    expect(text).toContain('--replace');
    expect(text.split('\n')[1]).toMatch(/^content already holds/);
  });

  it('the next steps name the commands, for another folder too', () => {
    const text = nextStepsText(BAN_MAI, 'content/organization.yaml', 0);
    for (const command of ['npm run check', 'npm start', 'npm run import -- <ไฟล์รายงาน.txt>', 'npm run build:publish'])
      expect(text).toContain(command);
    expect(text).toContain('example: true เป็น example: false');
    const elsewhere = nextStepsText(BAN_MAI, 'x/organization.yaml', 3, 'PRONGSAI_CONTENT=x PRONGSAI_PUBLIC=y');
    expect(elsewhere).toContain('PRONGSAI_CONTENT=x PRONGSAI_PUBLIC=y npm run check');
    expect(elsewhere).toContain('ลบข้อมูลหน่วยงานเดิม 3 ไฟล์');
  });
});
