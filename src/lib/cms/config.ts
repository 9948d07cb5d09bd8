/**
 * The CMS configuration (Decap CMS's config.yml), generated from the collections table
 * (src/schemas/collections.ts) and the schemas: every collection of the organization's content folder
 * that staff edit, with its folder, file naming and form fields. `npm run cms:config` prints it and the
 * build publishes it at /admin/config.yml, so it never drifts from the schemas.
 */
import type { CollectionSpec } from '../../schemas/collections';
import { objectFields, type CmsField } from './fields';

/** The format name of the YAML writer that keeps a hand-written file's comments and style (src/lib/cms/yaml.ts). */
export const CMS_YAML_FORMAT = 'prongsai-yaml';

/** Where uploaded files go: public/documents/ on disk, /documents/ on the site. */
export const MEDIA = { folder: 'public/documents', publicFolder: '/documents' } as const;

/** The folder of the organization's content inside the repository, as the CMS sees it. */
export const CONTENT_FOLDER = 'content';

/**
 * Collections of the content folder the forms leave alone: the NACC's checklists and frameworks of each
 * year ship with the program and change only when the NACC publishes a new year.
 */
export const NOT_EDITED: readonly string[] = ['itaFrameworks', 'oitFrameworks'];

/** The Thai name of each collection in the CMS's menu (a collection without one shows its table name). */
export const COLLECTION_LABELS: Readonly<Record<string, { label: string; singular: string }>> = {
  organization: { label: 'ข้อมูลหน่วยงาน', singular: 'ข้อมูลหน่วยงาน' },
  itaAssessments: { label: 'ผลการประเมิน ITA', singular: 'ผลการประเมิน ITA' },
  measuresPlans: { label: 'มาตรการและความก้าวหน้า', singular: 'แผนมาตรการ' },
  disclosures: { label: 'ข้อมูลเปิดเผย (OIT)', singular: 'ข้อมูลเปิดเผย' },
  documents: { label: 'เอกสาร (PDF)', singular: 'เอกสาร' },
  procurement: { label: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', singular: 'เดือน' },
  news: { label: 'ข่าวประชาสัมพันธ์', singular: 'ข่าว' },
  pages: { label: 'หน้าเว็บ', singular: 'หน้าเว็บ' },
  itaReports: { label: 'รายงานผล ITA', singular: 'รายงาน' },
};

/**
 * How a new entry's file is named, where the schema names the file after its fields ("the file is
 * named after it"): `name` is the file name, `folder` the sub-folder of a folder/name collection.
 * Other collections name a new file after its title (ASCII letters only) and staff may rename it.
 */
export const FILE_NAMES: Readonly<Record<string, { name: string; folder?: string }>> = {
  itaAssessments: { name: 'year' },
  measuresPlans: { name: 'fiscalYear' },
  procurement: { name: 'month', folder: 'fiscalYear' },
};

/**
 * The entry data key that carries a new file's sub-folder to the CMS's path template (Decap CMS lower-cases
 * path templates, so `{{fields.fiscalYear}}` cannot name the field): set before saving, never written.
 */
export const FOLDER_KEY = '__folder';

/** How the CMS's list marks an entry of the example data. */
export const EXAMPLE_LABEL = 'ข้อมูลตัวอย่าง';

/** A field's value as a file or folder name (a year, a month), or undefined when it is not one. */
function namePart(data: Record<string, unknown>, field: string | undefined): string | undefined {
  const value = field === undefined ? undefined : data[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The data a new entry is saved with: its sub-folder, from the field the folder is named after. */
export function withFolder(collection: string, data: Record<string, unknown>): Record<string, unknown> | undefined {
  const folder = namePart(data, FILE_NAMES[collection]?.folder);
  return folder === undefined ? undefined : { ...data, [FOLDER_KEY]: folder };
}

/** The file a new entry will be saved as ("content/procurement/2569/2025-10.yaml"), for the messages of a refused save. */
export function newEntryPath(collection: CmsCollection, data: Record<string, unknown>): string {
  const naming = FILE_NAMES[collection.name];
  const name = namePart(data, naming?.name);
  if (!collection.folder || !name) return `${collection.folder ?? collection.name}/(ไฟล์ใหม่ / new file)`;
  const folder = namePart(data, naming?.folder);
  return `${collection.folder}/${folder ? `${folder}/` : ''}${name}.${collection.extension ?? 'yaml'}`;
}

/** The online backend: the organization's git host (a save is a commit the deploy workflow publishes). */
export interface CmsBackend {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_type?: string;
  app_id?: string;
}

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The public origin of the site (SITE_URL), shown as "view site". */
  siteUrl?: string;
}

/** A collection of the table, with its name. */
export type NamedCollection = { name: string } & Pick<CollectionSpec, 'root' | 'folder' | 'pattern' | 'schema' | 'key'>;

/** The file extensions a glob of the table allows ("*.{yaml,yml,json}" → yaml, yml, json). */
export function extensionsOf(pattern: string): string[] {
  const m = /\.(?:\{([^}]*)\}|([A-Za-z0-9]+))$/.exec(pattern);
  return m ? (m[1] ?? m[2] ?? '').split(',') : [];
}

const isMarkdown = (ext: string) => ext === 'md' || ext === 'mdx';

/** A Decap CMS collection (the subset this project writes). */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  format: string;
  extension?: string;
  folder?: string;
  path?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  create?: boolean;
  delete?: boolean;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  fields?: CmsField[];
  sortable_fields?: string[];
}

/** The form fields of a collection: its schema's fields, and the body of a Markdown/MDX file. */
function collectionFields(c: NamedCollection, markdown: boolean): CmsField[] {
  const fields = objectFields(c.schema, { publicFolder: MEDIA.publicFolder });
  if (markdown) fields.push({ name: 'body', label: 'เนื้อหา', widget: 'markdown', hint: 'เนื้อหาของหน้า (ช่อง body)' });
  return fields;
}

/** One collection of the table as a CMS collection. */
export function toCmsCollection(c: NamedCollection): CmsCollection {
  const [ext = 'yaml'] = extensionsOf(c.pattern);
  const markdown = isMarkdown(ext);
  const fields = collectionFields(c, markdown);
  const names = COLLECTION_LABELS[c.name] ?? { label: c.name, singular: c.name };
  const folder = [CONTENT_FOLDER, c.folder].filter(Boolean).join('/');
  const base = {
    name: c.name,
    label: names.label,
    label_singular: names.singular,
    format: markdown ? 'frontmatter' : `${CMS_YAML_FORMAT}-${c.name}`,
  };
  if (!c.pattern.includes('*')) {
    // One file (organization.yaml): edited in place, never created or deleted.
    const file = `${folder ? `${folder}/` : ''}${c.pattern.replace(/\.\{[^}]*\}$/, `.${ext}`)}`;
    return { ...base, files: [{ name: c.name, label: names.label, file, fields }] };
  }
  const naming = FILE_NAMES[c.name];
  const names2 = new Set(fields.map((f) => f.name));
  const identifier = naming?.name ?? (names2.has('title') ? 'title' : fields[0]?.name);
  return {
    ...base,
    folder,
    extension: ext,
    create: true,
    delete: false,
    slug: naming ? `{{fields.${naming.name}}}` : '{{fields.title}}',
    ...(naming?.folder ? { path: `{{${FOLDER_KEY}}}/{{slug}}` } : {}),
    ...(identifier ? { identifier_field: identifier } : {}),
    // The list says which entries are the example's (example: true), so staff know what to replace.
    ...(identifier && names2.has('example')
      ? { summary: `{{fields.${identifier}}}{{fields.example | ternary(' · ${EXAMPLE_LABEL}', '')}}` }
      : {}),
    ...(names2.has('date') ? { sortable_fields: ['date', ...(identifier ? [identifier] : [])] } : {}),
    fields,
  };
}

/** Every collection staff edit, in the table's order. */
export function cmsCollections(collections: readonly NamedCollection[]): CmsCollection[] {
  return collections.filter((c) => c.root === 'content' && !NOT_EDITED.includes(c.name)).map(toCmsCollection);
}

/** The whole CMS configuration. */
export function cmsConfig(collections: readonly NamedCollection[], options: CmsConfigOptions) {
  return {
    backend: options.backend,
    // On the staff PC (npm run edit), the admin page talks to the local file server instead (its
    // address is set by the admin page itself: the same origin's /api/v1).
    local_backend: true,
    publish_mode: 'simple',
    locale: 'th',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: MEDIA.folder,
    public_folder: MEDIA.publicFolder,
    // Published URLs are ASCII: a new file's name keeps only ASCII letters, digits and hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections: cmsCollections(collections),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
