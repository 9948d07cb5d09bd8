// The CMS's configuration is generated from the schemas (src/lib/cms/): every schema field has a form
// field, with the schema's Thai words, requiredness, choices, numbers and patterns; its YAML writer keeps
// hand-written files as they are; a save is refused with the check's own message.
import { readFileSync } from 'node:fs';
import { readExample } from '../helpers/example';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS } from '../../src/schemas/collections';
import { procurementMonthSchema } from '../../src/schemas/oit';
import { measuresPlanSchema } from '../../src/schemas/measures';
import {
  cmsConfig,
  FOLDER_KEY,
  NOT_EDITED,
  toCmsCollection,
  withFolder,
  type CmsCollection,
} from '../../src/lib/cms/config';
import { unwrap, type CmsField } from '../../src/lib/cms/fields';
import { readYaml, writeYaml, SOURCE_KEY } from '../../src/lib/cms/yaml';
import { formProblems } from '../../src/lib/cms/validate';
import { checkContent } from '../../src/lib/content-check/check';
import { formatProblem } from '../../src/lib/content-check/messages';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '../../src/lib/site/csp';
import { collectionOfPath } from '../../src/lib/content-check/check';

const config = cmsConfig(CONTENT_COLLECTIONS, { backend: { name: 'github', repo: 'khokko/website', branch: 'main' } });
const collection = (name: string): CmsCollection => {
  const c = config.collections.find((x) => x.name === name);
  if (!c) throw new Error(`no CMS collection ${name}`);
  return c;
};
const fieldsOf = (c: CmsCollection): CmsField[] => c.fields ?? c.files?.[0]?.fields ?? [];
const field = (fields: readonly CmsField[] | undefined, path: string): CmsField => {
  const [name = '', ...rest] = path.split('.');
  const f = fields?.find((x) => x.name === name);
  if (!f) throw new Error(`no form field ${name}`);
  return rest.length ? field(f.fields ?? f.field?.fields, rest.join('.')) : f;
};

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path of a schema ("rows.bids.price"), through groups and lists of groups. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const core = unwrap(schema).core;
  const d = def(core);
  const item = d.type === 'array' && d.element ? unwrap(d.element).core : undefined;
  const shape = d.type === 'object' ? d.shape : item && def(item).type === 'object' ? def(item).shape : undefined;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([name, s]) => [`${prefix}${name}`, ...schemaPaths(s, `${prefix}${name}.`)]);
}

/** Every form field path of a form, the same way. */
function formPaths(fields: readonly CmsField[] | undefined, prefix = ''): string[] {
  return (fields ?? []).flatMap((f) => [`${prefix}${f.name}`, ...formPaths(f.fields, `${prefix}${f.name}.`)]);
}

describe('the CMS collections, generated from the collections table', () => {
  const edited = CONTENT_COLLECTIONS.filter((c) => !NOT_EDITED.includes(c.name));

  it('offers every collection staff edit, and not the NACC frameworks', () => {
    expect(config.collections.map((c) => c.name)).toEqual(edited.map((c) => c.name));
    expect(config.collections.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'ข้อมูลหน่วยงาน',
        'มาตรการและความก้าวหน้า',
        'เอกสาร (PDF)',
        'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)',
      ]),
    );
    expect(config.collections.some((c) => c.name === 'oitFrameworks' || c.name === 'itaFrameworks')).toBe(false);
  });

  it.each(edited.map((c) => [c.name, c] as const))(
    '%s: every schema field has a form field at the same place',
    (name, spec) => {
      const form = formPaths(fieldsOf(collection(name)));
      const missing = schemaPaths(spec.schema).filter((path) => !form.includes(path));
      expect(missing).toEqual([]);
      // …and the form has nothing the schema does not know (a strict schema would refuse it).
      // (A Markdown/MDX collection's form also has its text, the body below the frontmatter.)
      const prose = /\bmdx?\b/.test(spec.pattern);
      expect(form.filter((path) => !schemaPaths(spec.schema).includes(path) && !(prose && path === 'body'))).toEqual(
        [],
      );
    },
  );

  it('a schema field without a form field is found by the comparison above', () => {
    const schema = z.object({ title: z.string(), extra: z.object({ inner: z.number() }) });
    const form: CmsField[] = [{ name: 'title', label: 'ชื่อ', widget: 'string' }];
    expect(schemaPaths(schema).filter((p) => !formPaths(form).includes(p))).toEqual(['extra', 'extra.inner']);
  });

  it('names files as the schema does: procurement/<fiscal year>/<month>.yaml, measures/<fiscal year>.yaml', () => {
    const procurement = collection('procurement');
    expect(procurement).toMatchObject({
      folder: 'content/procurement',
      extension: 'yaml',
      format: 'prongsai-yaml-procurement',
      slug: '{{fields.month}}',
      path: `{{${FOLDER_KEY}}}/{{slug}}`,
      identifier_field: 'month',
      create: true,
      delete: false,
    });
    expect(withFolder('procurement', { fiscalYear: 2569, month: '2025-10' })).toEqual({
      fiscalYear: 2569,
      month: '2025-10',
      [FOLDER_KEY]: '2569',
    });
    expect(withFolder('documents', { title: 'x' })).toBeUndefined();
    expect(collection('measuresPlans')).toMatchObject({ folder: 'content/measures', slug: '{{fields.fiscalYear}}' });
    expect(collection('measuresPlans').path).toBeUndefined();
    expect(collection('organization').files).toEqual([
      expect.objectContaining({ name: 'organization', file: 'content/organization.yaml' }),
    ]);
  });

  it('uses the schema descriptions as Thai labels and hints, with required fields, choices, numbers and patterns', () => {
    const procurement = fieldsOf(collection('procurement'));
    expect(field(procurement, 'month')).toEqual({
      name: 'month',
      label: 'เดือน ค.ศ.-เดือน',
      hint: 'เดือน ค.ศ.-เดือน เช่น 2024-10 ชื่อไฟล์ต้องเป็นเดือนนี้ (ช่อง month)',
      widget: 'string',
      pattern: ['^\\d{4}-(0[1-9]|1[0-2])$', 'เดือนต้องเขียนเป็น ค.ศ.-เดือน เช่น 2024-10 / expected a month such as 2024-10'],
    });
    // A year's bounds are a refinement (its messages say how to write a two-digit or Christian-Era year),
    // so the form takes any whole number and the save is refused with the check's own message.
    expect(field(procurement, 'fiscalYear')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(field(procurement, 'fiscalYear').min).toBeUndefined();
    expect(field(procurement, 'fiscalYear').required).toBeUndefined();
    expect(field(procurement, 'unit')).toMatchObject({ label: 'หน่วยงานที่เผยแพร่', required: false });
    expect(field(procurement, 'example')).toMatchObject({
      widget: 'boolean',
      label: 'เป็นข้อมูลตัวอย่าง ไม่ใช่ข้อมูลจริงของหน่วยงาน',
      required: false,
    });
    expect(field(procurement, 'rows')).toMatchObject({
      widget: 'list',
      label: 'รายการจัดซื้อจัดจ้างของเดือน',
      required: false,
    });
    expect(field(procurement, 'rows.budget')).toMatchObject({ widget: 'number', value_type: 'float', min: 0 });
    expect(field(procurement, 'rows.contract.date')).toMatchObject({ widget: 'string', label: 'วันที่ของสัญญา' });
    const measures = fieldsOf(collection('measuresPlans'));
    expect(field(measures, 'topics.measures.status')).toMatchObject({
      widget: 'select',
      options: ['planned', 'in-progress', 'done', 'dropped'],
      default: 'planned',
      required: false,
    });
    expect(field(measures, 'topics.timeframe')).toMatchObject({ widget: 'string', label: 'ระยะเวลาดำเนินงาน' });
    expect(field(measures, 'topics.units.responsible')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    // An optional group's own fields are optional in the form; the check on save refuses a half-filled one.
    expect(field(measures, 'topics.measures.progress.evidence.url')).toMatchObject({ required: false });
    expect(field(fieldsOf(collection('documents')), 'file')).toMatchObject({ widget: 'file', choose_url: false });
  });

  it('handles a Markdown/MDX collection generically: frontmatter fields and the body', () => {
    const news = toCmsCollection({
      name: 'news',
      root: 'content',
      folder: 'news',
      pattern: '*.{md,mdx}',
      key: 'name',
      schema: z.object({
        title: z.string().describe('หัวข้อข่าว'),
        date: z.string().describe('วันที่ข่าว เช่น "1 ต.ค. 2567"'),
        draft: z.boolean().default(false).describe('true เมื่อยังไม่เผยแพร่'),
      }),
    });
    expect(news).toMatchObject({
      name: 'news',
      label: 'ข่าวประชาสัมพันธ์',
      folder: 'content/news',
      extension: 'md',
      format: 'frontmatter',
      identifier_field: 'title',
      slug: '{{fields.title}}',
    });
    expect(news.fields?.map((f) => [f.name, f.widget, f.label])).toEqual([
      ['title', 'string', 'หัวข้อข่าว'],
      ['date', 'string', 'วันที่ข่าว'],
      ['draft', 'boolean', 'ยังไม่เผยแพร่'],
      ['body', 'markdown', 'เนื้อหา'],
    ]);
  });

  it('works online against the organization git host and locally against the proxy, in Thai', () => {
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'khokko/website', branch: 'main' },
      local_backend: true,
      locale: 'th',
      media_folder: 'public/documents',
      public_folder: '/documents',
    });
  });
});

describe('the YAML the CMS writes', () => {
  const files = readExample().files;
  const edited = Object.keys(files).filter((path) => {
    const c = collectionOfPath(path);
    // YAML files; Markdown/MDX are saved by the CMS's own frontmatter format.
    return c && !NOT_EDITED.includes(c.name) && /\.(?:ya?ml|json)$/.test(path);
  });
  const formOf = (path: string) => fieldsOf(collection(collectionOfPath(path)!.name));

  it.each(edited)('examples/khok-ko/content/%s read and saved unchanged is byte for byte the same', (path) => {
    expect(writeYaml(readYaml(files[path]!), formOf(path))).toBe(files[path]);
  });

  it('writes a new file in the schema order with nothing for empty fields', () => {
    const form = fieldsOf(collection('procurement'));
    const data = {
      rows: [
        {
          contract: { date: '10 ต.ค. 2568', number: '1/2569' },
          winner: { price: 500, name: 'ร้าน ก' },
          item: 'กระดาษ',
          bids: [{ price: 500, name: 'ร้าน ก' }],
          budget: 500,
          method: 'เฉพาะเจาะจง',
          reason: 'ราคาต่ำสุด',
        },
      ],
      note: '',
      unit: null,
      date: '5 พ.ย. 2568',
      month: '2025-10',
      fiscalYear: 2569,
      [FOLDER_KEY]: '2569',
    };
    expect(writeYaml(data, form)).toBe(
      [
        'fiscalYear: 2569',
        'month: 2025-10',
        'date: 5 พ.ย. 2568',
        'rows:',
        '  - item: กระดาษ',
        '    budget: 500',
        '    method: เฉพาะเจาะจง',
        '    bids:',
        '      - name: ร้าน ก',
        '        price: 500',
        '    winner:',
        '      name: ร้าน ก',
        '      price: 500',
        '    reason: ราคาต่ำสุด',
        '    contract:',
        '      number: 1/2569',
        '      date: 10 ต.ค. 2568',
        '',
      ].join('\n'),
    );
  });

  it('changes only what the form changed: comments, quotes and [a, b] lists stay; a new key goes to its schema place', () => {
    const lines = [
      '# แผนตัวอย่าง',
      'title: "แผน"',
      'topics:',
      '  - slug: a # หัวข้อ',
      '    indicators: [1, 2]',
      '    measures:',
      '      - id: m1',
      '        text: ทำ',
      '        status: planned',
      '',
    ];
    const text = lines.join('\n');
    const form: CmsField[] = [
      { name: 'title', label: '', widget: 'string' },
      {
        name: 'topics',
        label: '',
        widget: 'list',
        fields: [
          { name: 'slug', label: '', widget: 'string' },
          {
            name: 'measures',
            label: '',
            widget: 'list',
            fields: ['id', 'text', 'status', 'steps', 'progress'].map((name) => ({
              name,
              label: '',
              widget: 'string' as const,
            })),
          },
          { name: 'indicators', label: '', widget: 'list' },
        ],
      },
    ];
    const data = readYaml(text) as { topics: { measures: Record<string, unknown>[] }[] };
    expect(data[SOURCE_KEY as keyof typeof data]).toBe(text);
    data.topics[0]!.measures[0] = {
      progress: [{ date: '1 ม.ค. 2567', text: 'เสร็จ' }],
      ...data.topics[0]!.measures[0],
      status: 'done',
    };
    expect(writeYaml(data as unknown as Record<string, unknown>, form)).toBe(
      [
        ...lines.slice(0, -2),
        '        status: done',
        '        progress:',
        '          - date: 1 ม.ค. 2567',
        '            text: เสร็จ',
        '',
      ].join('\n'),
    );
  });
});

describe('saving refuses what the check refuses, with the same message', () => {
  it('a date that does not exist: the message npm run check prints for the same file', () => {
    const path = 'procurement/2568/2024-10.yaml';
    const source = readExample();
    const data = readYaml(source.files[path]!);
    data['date'] = '31 ก.ย. 2567';
    const inForm = formProblems(procurementMonthSchema, data, `examples/khok-ko/content/${path}`);
    const text = writeYaml(data, fieldsOf(collection('procurement')));
    const byCheck = checkContent({ ...source, files: { ...source.files, [path]: text } }).problems.map(formatProblem);
    expect(inForm).toHaveLength(1);
    expect(inForm[0]).toMatch(/^examples\/khok-ko\/content\/procurement\/2568\/2024-10\.yaml › date: /);
    expect(byCheck).toEqual(inForm);
  });

  it('a form left half-filled (evidence without its address) is refused with the schema message', () => {
    const data = readYaml(readFileSync('examples/khok-ko/content/measures/2567.yaml', 'utf8')) as {
      topics: { measures: { progress?: unknown[] }[] }[];
    };
    data.topics[0]!.measures[0]!.progress = [
      { date: '15 ม.ค. 2567', text: 'แจ้งเวียน', evidence: { label: 'หนังสือ', url: '' } },
    ];
    const problems = formProblems(measuresPlanSchema, data, 'examples/khok-ko/content/measures/2567.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^examples\/khok-ko\/content\/measures\/2567\.yaml › topics\.0\.measures\.0\.progress\.0\.evidence\.url: /,
    );
  });

  it('what passes the schema passes the form', () => {
    const data = readYaml(readFileSync('examples/khok-ko/content/documents/procurement-plan-2568.yaml', 'utf8'));
    expect(formProblems(CONTENT_COLLECTIONS.find((c) => c.name === 'documents')!.schema, data, 'x')).toEqual([]);
  });
});

describe('the Content-Security-Policy of /admin/ in the deploy recipes', () => {
  it('allows what Decap CMS needs there, and only there', () => {
    expect(adminContentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
  });

  it.each([
    ['deploy/_headers', ['/admin/*', `  Content-Security-Policy: ${adminContentSecurityPolicy()}`]],
    [
      'deploy/nginx.conf',
      [
        '    location /admin/ {',
        `        add_header Content-Security-Policy "${adminContentSecurityPolicy()}" always;`,
      ],
    ],
    [
      'deploy/.htaccess',
      [
        '  <If "%{REQUEST_URI} =~ m#/admin/#">',
        `    Header always set Content-Security-Policy "${adminContentSecurityPolicy()}"`,
      ],
    ],
  ])('%s sends it for /admin/ (the block, then the policy)', (file, [block, line]) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines).toContain(block);
    expect(lines.indexOf(line!)).toBeGreaterThan(lines.indexOf(block!));
  });
});
