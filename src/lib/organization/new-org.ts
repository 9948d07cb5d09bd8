/**
 * `npm run new-org` without the terminal and the files (scripts/new-org.ts does those): the command's
 * flags, the answers' checks, the organization types and their short forms, the organization file it
 * writes, which files of a content folder are the organization's own data, and what it prints.
 */
import { checkSiteUrl } from '../site/site-address';

/** A kind of local government organization: the full Thai name, its short form and its English name. */
export interface OrganizationType {
  name: string;
  short: string;
  en: string;
}

/** The five kinds of local government organization (องค์กรปกครองส่วนท้องถิ่น) the command offers. */
export const ORGANIZATION_TYPES: readonly OrganizationType[] = [
  { name: 'องค์การบริหารส่วนตำบล', short: 'อบต.', en: 'Subdistrict Administrative Organization' },
  { name: 'เทศบาลตำบล', short: 'ทต.', en: 'Subdistrict Municipality' },
  { name: 'เทศบาลเมือง', short: 'ทม.', en: 'Town Municipality' },
  { name: 'เทศบาลนคร', short: 'ทน.', en: 'City Municipality' },
  { name: 'องค์การบริหารส่วนจังหวัด', short: 'อบจ.', en: 'Provincial Administrative Organization' },
];

/** Text compared without spaces, dots and case ("อบต", "อบต.", "อ.บ.ต."). */
const key = (value: string) => value.toLowerCase().replace(/[\s.]/g, '');

/**
 * The full name of an organization type from what someone typed: the full name, the short form
 * (with or without dots), "ชื่อเต็ม (ชื่อย่อ)", the English name, or its number in the list (1–5).
 */
export function normaliseType(input: string): OrganizationType | undefined {
  const text = input.trim();
  if (/^[1-9]$/.test(text)) return ORGANIZATION_TYPES[Number(text) - 1];
  const bare = key(text.replace(/\s*\([^)]*\)\s*$/, ''));
  return ORGANIZATION_TYPES.find((t) => [t.name, t.short, t.en].some((form) => key(form) === bare));
}

/** The type a full name starts with ("เทศบาลเมืองบ้านไผ่" is a เทศบาลเมือง), if any. */
export function typeOfName(name: string): OrganizationType | undefined {
  const full = name.trim();
  return ORGANIZATION_TYPES.find((t) => full.startsWith(t.name) && full.length > t.name.length);
}

/** "อบต.บ้านใหม่" from "องค์การบริหารส่วนตำบลบ้านใหม่" and its type; undefined when the name does not start with the type. */
export function suggestShortName(name: string, type: OrganizationType | undefined): string | undefined {
  const full = name.trim();
  if (!type || !full.startsWith(type.name)) return undefined;
  const rest = full.slice(type.name.length).trim();
  return rest ? `${type.short}${rest}` : undefined;
}

/** The answers of the command, each a flag. */
export type FieldKey = 'name' | 'shortName' | 'nameEn' | 'type' | 'province' | 'siteUrl';

export interface Field {
  key: FieldKey;
  flag: string;
  /** The question on the terminal. */
  prompt: string;
  /** Whether the command needs it (the site's address may be set later). */
  required: boolean;
}

export const FIELDS: readonly Field[] = [
  { key: 'name', flag: '--name', prompt: 'ชื่อเต็มของหน่วยงาน เช่น องค์การบริหารส่วนตำบลบ้านใหม่', required: true },
  { key: 'type', flag: '--type', prompt: 'ประเภทหน่วยงาน (พิมพ์หมายเลข ชื่อ หรือชื่อย่อ)', required: true },
  { key: 'shortName', flag: '--short-name', prompt: 'ชื่อย่อ เช่น อบต.บ้านใหม่', required: true },
  {
    key: 'nameEn',
    flag: '--name-en',
    prompt: 'ชื่อภาษาอังกฤษ เช่น Ban Mai Subdistrict Administrative Organization',
    required: true,
  },
  { key: 'province', flag: '--province', prompt: 'จังหวัด เช่น ขอนแก่น', required: true },
  {
    key: 'siteUrl',
    flag: '--url',
    prompt: 'ที่อยู่สาธารณะของเว็บไซต์ เช่น https://www.banmai.go.th (ยังไม่มีให้กด Enter ตั้งภายหลังได้)',
    required: false,
  },
];

/** The command's input, checked. */
export interface NewOrgInput {
  name: string;
  shortName: string;
  nameEn: string;
  type: string;
  province: string;
  siteUrl?: string;
}

export type Answer = { ok: true; value: string } | { ok: false; message: string };

const THAI = /[\u0E00-\u0E7F]/;
const LATIN = /[A-Za-z]/;
const fail = (th: string, en: string): Answer => ({ ok: false, message: `${th} / ${en}` });

/** Checks one answer and gives the value written to the file (the full type name, the province without "จังหวัด"). */
export function checkAnswer(field: FieldKey, input: string): Answer {
  const value = input.trim().replace(/\s+/g, ' ');
  const flag = FIELDS.find((f) => f.key === field)!.flag;
  if (value === '') return fail(`ต้องระบุ ${flag}`, `${flag} is required`);
  switch (field) {
    case 'name':
      return THAI.test(value) ? { ok: true, value } : fail('ชื่อเต็มต้องเป็นภาษาไทย', 'expected the full Thai name');
    case 'nameEn':
      return LATIN.test(value) && !THAI.test(value)
        ? { ok: true, value }
        : fail('ชื่อภาษาอังกฤษต้องเป็นตัวอักษรภาษาอังกฤษ', 'expected the English name in Latin letters');
    case 'type': {
      const type = normaliseType(value);
      return type
        ? { ok: true, value: type.name }
        : fail(
            `ไม่รู้จักประเภทหน่วยงาน "${value}" (ใช้ได้: ${ORGANIZATION_TYPES.map((t) => `${t.name} (${t.short})`).join(', ')})`,
            `unknown organization type "${value}"`,
          );
    }
    case 'province': {
      const province = value.replace(/^(?:จังหวัด|จ\.)\s*/, '');
      return province && THAI.test(province)
        ? { ok: true, value: province }
        : fail('จังหวัดต้องเป็นชื่อภาษาไทย เช่น ขอนแก่น', 'expected the province in Thai');
    }
    case 'siteUrl': {
      const checked = checkSiteUrl(value);
      if (checked.ok) return { ok: true, value: checked.origin };
      const th = {
        format: 'ที่อยู่ของเว็บไซต์ต้องขึ้นต้นด้วย https:// ตามด้วยชื่อโดเมน เช่น https://www.banmai.go.th',
        path: 'ที่อยู่ของเว็บไซต์ต้องเป็นชื่อโดเมนเท่านั้น ไม่มีโฟลเดอร์ย่อย เช่น https://www.banmai.go.th',
        local: 'ที่อยู่ของเว็บไซต์ต้องเป็นที่อยู่สาธารณะ ไม่ใช่ localhost หรือที่อยู่ในเครื่องนี้',
      }[checked.problem];
      const en = {
        format: 'expected https:// and a domain name',
        path: 'expected the domain only, without a path',
        local: 'expected a public address, not localhost',
      }[checked.problem];
      return fail(`${th} (พบ: ${value})`, `${en} (found: ${value})`);
    }
    default:
      return { ok: true, value };
  }
}

/** What the command line says. */
export interface NewOrgArgs {
  values: Partial<Record<FieldKey, string>>;
  /** The content folder to write (`--content`), and the site's own files (`--public`). */
  content?: string;
  public?: string;
  replace: boolean;
  help: boolean;
  /** Unknown flags, flags without a value, stray words. */
  errors: string[];
}

const PATH_FLAGS = { '--content': 'content', '--public': 'public' } as const;

/** Reads `--flag value` and `--flag=value` (the answers, --content, --public), `--replace` and `--help`. */
export function parseNewOrgArgs(argv: readonly string[]): NewOrgArgs {
  const args: NewOrgArgs = { values: {}, replace: false, help: false, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--replace') {
      args.replace = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const field = FIELDS.find((f) => f.flag === flag);
    const path = PATH_FLAGS[flag as keyof typeof PATH_FLAGS];
    if (!field && !path) {
      args.errors.push(
        arg.startsWith('-') ? `ไม่รู้จักตัวเลือก ${arg} / unknown option ${arg}` : `ไม่รู้จัก "${arg}" / unexpected "${arg}"`,
      );
      continue;
    }
    let value: string | undefined;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) value = argv[++i];
    if (value === undefined) {
      args.errors.push(`${flag} ต้องมีค่า เช่น ${flag} "…" / ${flag} needs a value`);
      continue;
    }
    if (field) args.values[field.key] = value;
    else if (path) args[path] = value;
  }
  return args;
}

export const USAGE = `วิธีใช้ / usage: npm run new-org -- [ตัวเลือก / options]
  --name "องค์การบริหารส่วนตำบลบ้านใหม่"   ชื่อเต็มภาษาไทย / full Thai name
  --type อบต.                               ประเภท / type: ${ORGANIZATION_TYPES.map((t) => t.short).join(' ')} (หรือชื่อเต็ม / or the full name; เว้นได้เมื่อชื่อเต็มขึ้นต้นด้วยประเภท)
  --short-name "อบต.บ้านใหม่"              ชื่อย่อ / short name (เว้นได้เมื่อชื่อเต็มขึ้นต้นด้วยประเภท)
  --name-en "Ban Mai Subdistrict Administrative Organization"   ชื่อภาษาอังกฤษ / English name
  --province ขอนแก่น                        จังหวัด / province
  --url https://www.banmai.go.th            ที่อยู่สาธารณะของเว็บไซต์ (ไม่บังคับ) / public address (optional)
  --content DIR --public DIR                โฟลเดอร์ที่เขียน (ค่าเริ่มต้น content/ และ public/) / folders written
  --replace                                 ลบข้อมูลหน่วยงานเดิมในโฟลเดอร์นั้น / replace the organization already there
บนหน้าจอเทอร์มินัล คำสั่งจะถามสิ่งที่ยังไม่ได้ระบุ / on a terminal, the command asks for what is missing.`;

/**
 * Checks every answer given; fills the short name from the full name when it can. Returns the input,
 * or the messages of what is wrong or missing (missing only for required fields).
 */
export function completeInput(
  values: Partial<Record<FieldKey, string>>,
): { ok: true; input: NewOrgInput } | { ok: false; problems: string[]; missing: Field[] } {
  const checked: Partial<Record<FieldKey, string>> = {};
  const problems: string[] = [];
  for (const field of FIELDS) {
    const raw = values[field.key];
    if (raw === undefined || raw.trim() === '') continue;
    const answer = checkAnswer(field.key, raw);
    if (answer.ok) checked[field.key] = answer.value;
    else problems.push(answer.message);
  }
  // The type and the short name a full name gives, when they were not given.
  if (checked.type === undefined && checked.name !== undefined && values.type === undefined) {
    const type = typeOfName(checked.name);
    if (type) checked.type = type.name;
  }
  if (checked.shortName === undefined && checked.name !== undefined && values.shortName === undefined) {
    const suggested = suggestShortName(checked.name, normaliseType(checked.type ?? ''));
    if (suggested) checked.shortName = suggested;
  }
  const missing = FIELDS.filter(
    (f) => f.required && checked[f.key] === undefined && (values[f.key] === undefined || values[f.key]!.trim() === ''),
  );
  if (problems.length || missing.length) return { ok: false, problems, missing };
  const { name, shortName, nameEn, type, province, siteUrl } = checked as Required<typeof checked>;
  return { ok: true, input: { name, shortName, nameEn, type, province, ...(siteUrl ? { siteUrl } : {}) } };
}

/** The message for required answers not given (no terminal to ask on). */
export function missingText(missing: readonly Field[]): string {
  const flags = missing.map((f) => f.flag).join(' ');
  return `ยังไม่ได้ระบุ ${flags} (ไม่มีหน้าจอเทอร์มินัลให้ถาม) / missing ${flags} (no terminal to ask on)`;
}

/** A YAML scalar: plain when it can only be read as this text, else double-quoted (JSON is YAML). */
export function yamlScalar(value: string): string {
  if (/^https?:\/\/[\w.\-:[\]/]+$/i.test(value)) return value;
  const plain =
    /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,()\-–/&']*$/u.test(value) &&
    !/[ ]$/.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The organization file the command writes: the answers, example contacts, and what each part is for. */
export function organizationYaml(input: NewOrgInput): string {
  const s = yamlScalar;
  const siteUrl = input.siteUrl
    ? `siteUrl: ${s(input.siteUrl)}`
    : `# siteUrl: https://www.ชื่อหน่วยงาน.go.th   <- ลบเครื่องหมาย # แล้วใส่ที่อยู่จริงก่อนเผยแพร่`;
  return `# ข้อมูลหน่วยงาน (สร้างด้วย npm run new-org): แก้ไขไฟล์นี้ได้ตลอด แล้วตรวจด้วย npm run check
# ค่าใดที่ยังเป็นข้อมูลตัวอย่าง ให้คง example: true ไว้ เว็บไซต์จะแสดงป้าย "ข้อมูลตัวอย่าง"
# เมื่อใส่ข้อมูลจริงแล้ว ให้เปลี่ยนเป็น example: false

# ชื่อเต็มภาษาไทย (หัวเรื่องของเว็บไซต์) ชื่อย่อ (ใช้ในชื่อหน้าเว็บ) และชื่อภาษาอังกฤษ
name: ${s(input.name)}
shortName: ${s(input.shortName)}
nameEn: ${s(input.nameEn)}
# ประเภทหน่วยงาน: ${ORGANIZATION_TYPES.map((t) => t.name).join(' ')}
type: ${s(input.type)}
province: ${s(input.province)}

# ที่อยู่สาธารณะของเว็บไซต์นี้ (ชื่อโดเมนเท่านั้น) ใช้ในลิงก์ที่ส่งในระบบ ITAS (/oit/<ปี>/itas.csv)
# แผนผังเว็บไซต์ และลิงก์ canonical: npm run build:publish ไม่สร้างเว็บไซต์ถ้ายังไม่ได้ตั้ง
${siteUrl}

# ช่องทางติดต่อ: ยังเป็นข้อมูลตัวอย่าง โปรดแก้ไขเป็นข้อมูลจริง แล้วเปลี่ยน example: true เป็น example: false
address:
  value: ${s(`ที่ทำการ${input.name} จังหวัด${input.province} (ที่อยู่ตัวอย่าง โปรดแก้ไขเป็นที่อยู่จริง)`)}
  example: true
phone:
  value: 0-0000-0000
  example: true
email:
  value: contact@example.org
  example: true
# เว็บไซต์เดิมของหน่วยงาน (ถ้ามี): ลบเครื่องหมาย # แล้วใส่ที่อยู่
# website: https://www.ชื่อหน่วยงาน.go.th
social:
  - label: Facebook
    url: https://www.facebook.com/
    example: true

# ตราสัญลักษณ์ (ถ้ามี): วางไฟล์ในโฟลเดอร์ public เช่น public/logo.svg แล้วลบเครื่องหมาย # สี่บรรทัดนี้
# logo:
#   src: /logo.svg
#   alt: ${`ตราสัญลักษณ์${input.name}`}
#   example: false

openData:
  # สัญญาอนุญาตของชุดข้อมูลเปิดที่ /data/ (ค่าเริ่มต้นของศูนย์ข้อมูลเปิดภาครัฐ data.go.th)
  licence: Open Data Common
display:
  # true = แสดงตัวเลขไทย (๗๔.๕๘), false = แสดงตัวเลขอารบิก (74.58)
  thaiDigits: false
  # true = แสดงเว็บไซต์เป็นสีขาวดำ (ไว้ทุกข์) ในช่วงไว้ทุกข์ของชาติ แล้วเปลี่ยนกลับเป็น false เมื่อพ้นช่วงไว้ทุกข์
  mourning: false
`;
}

/** The template's note for people at the top of content/ (and public/): never the organization's data, never cleared. */
export const NOTE = 'README.md';

/**
 * The organization's own files among a content folder's files (paths relative to it, "/"-separated):
 * everything but the template's note and hidden files (.gitkeep).
 */
export function organizationFiles(paths: readonly string[]): string[] {
  return paths.filter((p) => p !== NOTE && !p.split('/').some((part) => part.startsWith('.')));
}

/** The refusal when a content folder already holds an organization and --replace was not given. */
export function existingOrganizationText(contentDir: string, name: string | undefined, files: number): string {
  const who = name ? `ของ${name} ` : '';
  return (
    `โฟลเดอร์ ${contentDir} มีข้อมูลหน่วยงาน${who}อยู่แล้ว (${files} ไฟล์) จึงไม่เขียนทับ` +
    ` ถ้าต้องการลบข้อมูลเดิมทั้งหมดแล้วเริ่มหน่วยงานใหม่ ให้สั่งอีกครั้งพร้อม --replace` +
    `\n${contentDir} already holds an organization's data (${files} files): nothing was changed. Run again with --replace to delete it and start anew.`
  );
}

/** What to do next, printed once the file is written. */
export function nextStepsText(input: NewOrgInput, organizationFile: string, cleared: number, env = ''): string {
  // Commands for a folder other than content/ name it first (PRONGSAI_CONTENT=… npm run check).
  const npm = env ? `${env} npm` : 'npm';
  const lines = [
    `สร้าง ${organizationFile} ของ${input.name}แล้ว` + (cleared ? ` (ลบข้อมูลหน่วยงานเดิม ${cleared} ไฟล์)` : ''),
    `wrote ${organizationFile}` + (cleared ? ` (deleted ${cleared} files of the previous organization)` : ''),
    '',
    'ขั้นต่อไป / next steps:',
    `  1. แก้ที่อยู่ โทรศัพท์ อีเมล และโซเชียลมีเดียใน ${organizationFile} เป็นข้อมูลจริง แล้วเปลี่ยน example: true เป็น example: false`,
    `  2. ${npm} run check   ตรวจข้อมูล (ต้องแจ้งว่าไม่พบปัญหา)`,
    `  3. ${npm} start   สร้างและเปิดดูเว็บไซต์ในเครื่องนี้ที่ http://127.0.0.1:4321/`,
    `  4. ${npm} run import -- <ไฟล์รายงาน.txt>   นำเข้ารายงานผลการประเมิน ITA ปีแรก (ยังไม่มีผลก็เปิดเว็บไซต์ได้)`,
    `  5. ${npm} run oit   รายการ OIT ที่ยังไม่มีข้อมูล เพิ่มข้อมูลตามคู่มือเจ้าหน้าที่`,
    input.siteUrl
      ? `  6. ${npm} run build:publish   สร้างเว็บไซต์สำหรับเผยแพร่ที่ ${input.siteUrl} ในโฟลเดอร์ dist/`
      : `  6. ใส่ siteUrl: https://… ใน ${organizationFile} แล้ว ${npm} run build:publish สร้างเว็บไซต์สำหรับเผยแพร่ในโฟลเดอร์ dist/`,
    'คู่มือ / guide: docs/guide/new-organization.md',
  ];
  return lines.join('\n');
}
