/**
 * How the CMS reads and writes a content file, so that a saved file looks as staff would have written
 * it by hand: keys in the schema's order, nothing written for a field left empty (no nulls, no "",
 * no empty lists the file did not have), and an edited file keeps everything the form did not change —
 * its comments, blank lines, quoting and short [a, b] lists. (Decap CMS's own YAML writer rewrites the
 * whole file and drops comments, which the content files use to explain themselves.)
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { CmsField } from './fields';

/** The entry data key that carries the file's text from reading to writing (never written). */
export const SOURCE_KEY = '__source';

/** Keys starting with "__" are the CMS's own (the file's text, a new file's folder): never written. */
export const withoutPrivateKeys = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('__')));

/** How the files are laid out: two spaces, lists indented under their key, long lines never folded. */
const OUTPUT = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

type Value = unknown;
type Fields = readonly CmsField[] | undefined;

const isObject = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Removes what a person would not write: nulls, empty text, empty groups. Empty lists stay (the writer decides). */
export function prune(value: Value): Value {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (isObject(value)) {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

const fieldOf = (fields: Fields, name: string) => fields?.find((f) => f.name === name);

/** An object's keys in the fields' order (keys the form does not know keep their place after them). */
function orderedKeys(value: Record<string, Value>, fields: Fields): string[] {
  const order = (fields ?? []).map((f) => f.name);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.keys(value).sort((a, b) => rank(a) - rank(b));
}

/** A value as plain data in the fields' order, without the empty lists a new file would not have. */
export function ordered(value: Value, field: CmsField | { fields: Fields; field?: CmsField } | undefined): Value {
  if (Array.isArray(value)) {
    const item: CmsField | { fields: Fields } | undefined =
      field?.field ?? (field?.fields ? { fields: field.fields } : undefined);
    return value.map((v) => ordered(v, item));
  }
  if (!isObject(value)) return value;
  const fields = field?.fields;
  const out: Record<string, Value> = {};
  for (const k of orderedKeys(value, fields)) {
    const v = value[k];
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = ordered(v, fieldOf(fields, k));
  }
  return out;
}

const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** Whether a value says "nothing here": null, empty text, an empty list, a group of nothing. */
const isEmpty = (v: Value): boolean => prune(v) === undefined || (Array.isArray(v) && v.length === 0);

/** Whether a parsed node already writes "nothing" (`note: ""`, `related: []`): a person wrote it, it stays. */
const writesNothing = (node: unknown): boolean =>
  (isScalar(node) && (node.value === '' || node.value === null)) ||
  ((isSeq(node) || isMap(node)) && node.items.length === 0);

type Shape = CmsField | { fields: Fields; field?: CmsField } | undefined;
const itemShape = (field: Shape): Shape => field?.field ?? (field?.fields ? { fields: field.fields } : undefined);

/** A new node for a value: plain data in the fields' order, without empty parts. */
const create = (doc: Document, value: Value, field: Shape): Node => doc.createNode(ordered(prune(value), field));

/** Updates a parsed node to hold `value`, keeping every part of it that did not change. */
function update(doc: Document, node: unknown, value: Value, field: Shape): Node {
  if (isObject(value)) return isMap(node) ? updateMap(doc, node, value, field?.fields) : create(doc, value, field);
  if (Array.isArray(value)) {
    if (!isSeq(node)) return create(doc, value, field);
    const items = value.filter((v) => !isEmpty(v) || typeof v === 'number' || typeof v === 'boolean');
    node.items = items.map((v, i) =>
      i < node.items.length ? update(doc, node.items[i], v, itemShape(field)) : create(doc, v, itemShape(field)),
    );
    return node;
  }
  if (isScalar(node)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return doc.createNode(value);
}

function updateMap(doc: Document, node: YAMLMap, value: Record<string, Value>, fields: Fields): Node {
  const order = orderedKeys(value, fields);
  // A field emptied in the form is left out, unless the file already wrote it empty.
  node.items = node.items.filter((pair) => {
    const key = keyOf(pair);
    return key in value && (!isEmpty(value[key]) || writesNothing(pair.value));
  });
  for (const key of order) {
    const v = value[key];
    const pair = node.items.find((p) => keyOf(p) === key);
    if (pair) {
      if (!(isEmpty(v) && writesNothing(pair.value))) pair.value = update(doc, pair.value, v, fieldOf(fields, key));
      continue;
    }
    if (isEmpty(v)) continue;
    // A new key goes after the last key before it in the schema's order.
    const before = order.slice(0, order.indexOf(key));
    let at = 0;
    node.items.forEach((p, i) => {
      if (before.includes(keyOf(p))) at = i + 1;
    });
    node.items.splice(at, 0, doc.createPair(key, ordered(prune(v), fieldOf(fields, key))) as Pair);
  }
  return node;
}

/** Whether a file writes its short lists and groups with spaces inside ({ a: 1 }) or without ([a, b]): the more common. */
function flowPadding(source: string): boolean {
  const padded = source.match(/[[{] \S/g)?.length ?? 0;
  const tight = source.match(/[[{][^\s\]}]/g)?.length ?? 0;
  return padded > tight;
}

/** Reads a content file for the form; its text rides along so that saving can keep what did not change. */
export function readYaml(text: string): Record<string, Value> {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  const data: unknown = doc.toJS();
  return { ...(isObject(data) ? data : {}), [SOURCE_KEY]: text };
}

/** Writes the form's data as a content file: the edited file with only the changes, or a new file in the schema's order. */
export function writeYaml(data: Record<string, Value>, fields: readonly CmsField[]): string {
  const source = data[SOURCE_KEY];
  const value = withoutPrivateKeys(data);
  if (typeof source === 'string' && source.trim()) {
    const doc = parseDocument(source);
    doc.contents = update(doc, doc.contents, value, { fields }) as typeof doc.contents;
    return doc.toString({ ...OUTPUT, flowCollectionPadding: flowPadding(source) });
  }
  return new Document(ordered(prune(value) ?? {}, { fields })).toString(OUTPUT);
}
