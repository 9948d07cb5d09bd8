/**
 * The CMS's form fields, read from the project's zod schemas (never written by hand a second time):
 * a zod type becomes a Decap CMS field with the schema's Thai description as label and hint, required
 * unless optional or defaulted, enumerations as selects, numbers as numbers, dates as the text staff
 * write, and a string pattern with the catalogue's message the check would give.
 */
import type { z } from 'astro/zod';

/** A Decap CMS field (the subset this project writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'file' | 'markdown';
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: string[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  choose_url?: boolean;
  allow_multiple?: boolean;
}

/** What the generator needs to know beyond the schema: where uploaded files are published. */
export interface FieldOptions {
  /** The site path of the media folder, e.g. "/documents": a string pattern under it becomes an upload. */
  publicFolder: string;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  in?: z.ZodType;
  out?: z.ZodType;
  defaultValue?: unknown;
  checks?: { _zod: { def: Check } }[];
};
type Check = {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
};

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The wrappers that only say "may be left out" or "has a default" around the real type. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** The type under optional/default wrappers, whether it may be left out, its default, its description. */
export function unwrap(schema: z.ZodType): {
  core: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
  description: string | undefined;
} {
  let core = schema;
  let required = true;
  let defaultValue: unknown;
  let description = schema.description;
  for (let d = def(core); WRAPPERS.has(d.type) && d.innerType; d = def(core)) {
    if (d.type !== 'readonly') required = false;
    if (d.type === 'default' && defaultValue === undefined) defaultValue = d.defaultValue;
    core = d.innerType;
    description ??= core.description;
  }
  return {
    core,
    required,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    description: description ?? core.description,
  };
}

/** A date as staff write it: a transform over "string or Date" (src/schemas/common.ts thaiDate). */
function isWrittenDate(d: Def): boolean {
  if (d.type !== 'pipe' || !d.in) return false;
  const input = def(d.in);
  return input.type === 'union' && (input.options ?? []).some((o) => def(o).type === 'date');
}

/** The text a check gives its error (the catalogue's "Thai / English" line), if it has one. */
function checkMessage(check: Check): string | undefined {
  const message = check.error?.({});
  return typeof message === 'string' ? message : undefined;
}

/** The short label (the description up to its example or remark) and the full description as hint. */
export function labelOf(name: string, description: string | undefined): { label: string; hint: string } {
  if (!description) return { label: name, hint: `ช่อง ${name}` };
  // "true เมื่อเป็นข้อมูลตัวอย่าง …" (a switch): the label is what switching it on means.
  const words = description.replace(/^true (?:เมื่อ|เพื่อ)/, '');
  const label = words.split(/ เช่น |:| \(|, /)[0]?.trim() || description;
  return { label, hint: `${description} (ช่อง ${name})` };
}

const checksOf = (d: Def) => (d.checks ?? []).map((c) => c._zod.def);

/** Number widget details: whole numbers, and the bounds the schema sets. */
function numberDetails(d: Def): Partial<CmsField> {
  const out: Partial<CmsField> = { value_type: 'float' };
  for (const c of checksOf(d)) {
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) out.value_type = 'int';
    if (c.check === 'greater_than' && c.value !== undefined) out.min = c.value;
    if (c.check === 'less_than' && c.value !== undefined) out.max = c.value;
  }
  return out;
}

/** String details: the first pattern with its message, or an upload when the pattern is a path under the media folder. */
function stringDetails(d: Def, options: FieldOptions): Partial<CmsField> {
  for (const c of checksOf(d)) {
    if (c.check !== 'string_format' || c.format !== 'regex' || !c.pattern) continue;
    const source = c.pattern.source;
    const folder = options.publicFolder.replace(/[/]/g, '\\/');
    if (source.startsWith(`^${folder}\\/`)) return { widget: 'file', choose_url: false, allow_multiple: false };
    const message = checkMessage(c);
    return message ? { pattern: [source, message] } : {};
  }
  return {};
}

/** The widget and its details for a core (unwrapped) zod type. */
function widgetOf(
  core: z.ZodType,
  name: string,
  description: string | undefined,
  options: FieldOptions,
): Partial<CmsField> {
  const d = def(core);
  switch (d.type) {
    case 'object':
      return { widget: 'object', collapsed: false, fields: objectFields(core, options) };
    case 'array': {
      const element = d.element as z.ZodType;
      const inner = unwrap(element);
      if (def(inner.core).type === 'object') {
        return { widget: 'list', collapsed: false, fields: objectFields(inner.core, options) };
      }
      const item = toField(name, element, options, inner.description ?? description);
      return { widget: 'list', collapsed: false, field: { ...item, required: true } };
    }
    case 'enum':
      return { widget: 'select', options: Object.values(d.entries ?? {}) };
    case 'number':
      return { widget: 'number', ...numberDetails(d) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'string':
      return { widget: 'string', ...stringDetails(d, options) };
    case 'pipe':
      // A written date ("1 ต.ค. 2566"), or another transform: edited as the text it is written as.
      return isWrittenDate(d) ? { widget: 'string' } : widgetOf(d.in as z.ZodType, name, description, options);
    case 'union': {
      // A value written one of several ways (a range as text or { start, end }; text or a number):
      // the form offers the first written form that is text.
      const text = (d.options ?? []).find((o) => ['string', 'pipe'].includes(def(unwrap(o).core).type));
      return text ? widgetOf(unwrap(text).core, name, description, options) : { widget: 'string' };
    }
    default:
      return { widget: 'string' };
  }
}

/** One form field for one schema field. */
export function toField(
  name: string,
  schema: z.ZodType,
  options: FieldOptions,
  fallbackDescription?: string,
): CmsField {
  const { core, required, defaultValue, description } = unwrap(schema);
  const words = description ?? fallbackDescription;
  const { label, hint } = labelOf(name, words);
  const field: CmsField = { name, label, hint, ...widgetOf(core, name, words, options) } as CmsField;
  if (!required) {
    field.required = false;
    // The form cannot say "required once the group is filled in": the group's fields are optional in
    // the form, and the check on save (the schema itself) refuses a half-filled group with its message.
    if (field.widget === 'object' && field.fields) field.fields = field.fields.map((f) => ({ ...f, required: false }));
  }
  // A default that is "nothing" ([] or false) is what leaving the field out means: nothing is written.
  if (
    defaultValue !== undefined &&
    !(Array.isArray(defaultValue) && defaultValue.length === 0) &&
    defaultValue !== false
  ) {
    field.default = defaultValue;
  }
  return field;
}

/** The form fields of an object schema, in the schema's order. */
export function objectFields(schema: z.ZodType, options: FieldOptions): CmsField[] {
  const shape = def(unwrap(schema).core).shape ?? {};
  return Object.entries(shape).map(([name, field]) => toField(name, field, options));
}
