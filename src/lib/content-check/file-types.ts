/**
 * What a file under public/ really is, from its bytes (never from its name), and which files the site
 * publishes: documents are an allow-list of types a browser never runs (PDF, the Office formats, CSV and
 * pictures, never HTML, SVG or scripts), file names are lower-case ASCII (they are part of an address),
 * and sizes stay within what a phone downloads and what GitHub and Cloudflare Pages accept. Pure: the
 * caller (scripts/lib/content-files.ts) reads the bytes.
 */

/** A file's type as its bytes show it, with its name in Thai and in English for messages. */
export interface FileKind {
  id: string;
  th: string;
  en: string;
}

const kind = (id: string, th: string, en: string): FileKind => ({ id, th, en });

export const KINDS = {
  empty: kind('empty', 'ไฟล์ว่าง (0 ไบต์)', 'an empty file'),
  pdf: kind('pdf', 'ไฟล์ PDF', 'a PDF'),
  docx: kind('docx', 'ไฟล์ Word (.docx)', 'a Word .docx file'),
  xlsx: kind('xlsx', 'ไฟล์ Excel (.xlsx)', 'an Excel .xlsx file'),
  pptx: kind('pptx', 'ไฟล์ PowerPoint (.pptx)', 'a PowerPoint .pptx file'),
  odt: kind('odt', 'ไฟล์ OpenDocument ข้อความ (.odt)', 'an OpenDocument text (.odt)'),
  ods: kind('ods', 'ไฟล์ OpenDocument ตารางคำนวณ (.ods)', 'an OpenDocument spreadsheet (.ods)'),
  odp: kind('odp', 'ไฟล์ OpenDocument งานนำเสนอ (.odp)', 'an OpenDocument presentation (.odp)'),
  /** A ZIP whose entries were not read (content held in memory): any Office format that is a ZIP. */
  zipUnread: kind('zip-unread', 'ไฟล์ ZIP', 'a ZIP file'),
  zip: kind('zip', 'ไฟล์บีบอัด ZIP', 'a ZIP archive'),
  ole: kind('ole', 'ไฟล์ Office รุ่นเก่า (.doc .xls .ppt)', 'a legacy Office file (.doc, .xls, .ppt)'),
  png: kind('png', 'ภาพ PNG', 'a PNG picture'),
  jpeg: kind('jpeg', 'ภาพ JPEG', 'a JPEG picture'),
  gif: kind('gif', 'ภาพ GIF', 'a GIF picture'),
  webp: kind('webp', 'ภาพ WebP', 'a WebP picture'),
  avif: kind('avif', 'ภาพ AVIF', 'an AVIF picture'),
  ico: kind('ico', 'ไอคอน (.ico)', 'an icon (.ico)'),
  html: kind('html', 'หน้าเว็บ (HTML)', 'a web page (HTML)'),
  svg: kind('svg', 'ภาพ SVG', 'an SVG image'),
  xml: kind('xml', 'ไฟล์ XML', 'an XML file'),
  text: kind('text', 'ไฟล์ข้อความ', 'plain text'),
  /** Text saved as UTF-16 with its byte-order mark (Excel's "Unicode text"): a CSV still. */
  text16: kind('text16', 'ไฟล์ข้อความ UTF-16', 'UTF-16 text'),
  exe: kind('exe', 'โปรแกรม Windows (.exe)', 'a Windows program'),
  elf: kind('elf', 'โปรแกรม (ELF)', 'a program (ELF)'),
  unknown: kind('unknown', 'ไฟล์ชนิดที่ไม่รู้จัก', 'a file of an unknown type'),
} as const satisfies Record<string, FileKind>;

/** How many first bytes the reader hands over for each file (the ODF mimetype, an SVG after its prolog). */
export const HEAD_BYTES = 1024;

const ODF: Readonly<Record<string, FileKind>> = {
  'application/vnd.oasis.opendocument.text': KINDS.odt,
  'application/vnd.oasis.opendocument.spreadsheet': KINDS.ods,
  'application/vnd.oasis.opendocument.presentation': KINDS.odp,
};

/** The markup a browser renders as a page (HTML), at the start of a text file. */
const HTML_START = /^<(?:!doctype\s+html|html|head|body|script|meta|iframe|title|div|p|a|form|img|style|link|base)\b/i;

/** A ZIP file by its entries: an Office Open XML package names its content types and its part folder. */
function zipKind(head: string, entries: readonly string[] | undefined): FileKind {
  // An OpenDocument file starts with its uncompressed "mimetype" entry (ODF 1.2, section 3.3).
  if (head.slice(30, 38) === 'mimetype') {
    const mime = Object.keys(ODF).find((m) => head.slice(38).startsWith(m));
    if (mime) return ODF[mime] ?? KINDS.zip;
  }
  if (!entries) return KINDS.zipUnread;
  if (!entries.includes('[Content_Types].xml')) return KINDS.zip;
  if (entries.some((e) => e.startsWith('word/'))) return KINDS.docx;
  if (entries.some((e) => e.startsWith('xl/'))) return KINDS.xlsx;
  if (entries.some((e) => e.startsWith('ppt/'))) return KINDS.pptx;
  return KINDS.zip;
}

/** A text file's kind: a page, an SVG, other XML, or plain text (a file with NUL bytes is not text). */
function textKind(head: string): FileKind {
  if (head.includes('\0')) return KINDS.unknown;
  const text = head.replace(/^\xEF\xBB\xBF/, '').trimStart();
  if (/<svg[\s>]/i.test(text) && /^<(?:\?xml|!--|!doctype\s+svg|svg)/i.test(text)) return KINDS.svg;
  if (HTML_START.test(text) || /^<!--/.test(text)) return KINDS.html;
  if (/^<\?xml/i.test(text)) return /<html[\s>]/i.test(text) ? KINDS.html : KINDS.xml;
  return KINDS.text;
}

/**
 * What a file is by its first bytes (Latin-1 text, `HEAD_BYTES` of them) and, for a ZIP, the names of
 * its entries (undefined when not read).
 */
export function sniffKind(head: string, zipEntries?: readonly string[]): FileKind {
  if (head === '') return KINDS.empty;
  if (head.startsWith('%PDF-')) return KINDS.pdf;
  if (head.startsWith('PK\x03\x04')) return zipKind(head, zipEntries);
  if (head.startsWith('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1')) return KINDS.ole;
  if (head.startsWith('\x89PNG\r\n\x1A\n')) return KINDS.png;
  if (head.startsWith('\xFF\xD8\xFF')) return KINDS.jpeg;
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return KINDS.gif;
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return KINDS.webp;
  if (/^ftypavi[fs]$/.test(head.slice(4, 12))) return KINDS.avif;
  if (head.startsWith('\0\0\x01\0')) return KINDS.ico;
  if (head.startsWith('\xFF\xFE') || head.startsWith('\xFE\xFF')) return KINDS.text16;
  if (head.startsWith('MZ')) return KINDS.exe;
  if (head.startsWith('\x7FELF')) return KINDS.elf;
  return textKind(head);
}

/** The kinds a document's extension allows, by lower-case extension: nothing a browser runs. */
export const DOCUMENT_TYPES: Readonly<Record<string, { type: string; kinds: readonly FileKind[] }>> = {
  pdf: { type: 'PDF', kinds: [KINDS.pdf] },
  docx: { type: 'Word .docx', kinds: [KINDS.docx, KINDS.zipUnread] },
  xlsx: { type: 'Excel .xlsx', kinds: [KINDS.xlsx, KINDS.zipUnread] },
  pptx: { type: 'PowerPoint .pptx', kinds: [KINDS.pptx, KINDS.zipUnread] },
  odt: { type: 'OpenDocument .odt', kinds: [KINDS.odt] },
  ods: { type: 'OpenDocument .ods', kinds: [KINDS.ods] },
  odp: { type: 'OpenDocument .odp', kinds: [KINDS.odp] },
  doc: { type: 'Word .doc', kinds: [KINDS.ole] },
  xls: { type: 'Excel .xls', kinds: [KINDS.ole] },
  ppt: { type: 'PowerPoint .ppt', kinds: [KINDS.ole] },
  csv: { type: 'CSV', kinds: [KINDS.text, KINDS.text16] },
  jpg: { type: 'JPEG', kinds: [KINDS.jpeg] },
  jpeg: { type: 'JPEG', kinds: [KINDS.jpeg] },
  png: { type: 'PNG', kinds: [KINDS.png] },
  webp: { type: 'WebP', kinds: [KINDS.webp] },
  gif: { type: 'GIF', kinds: [KINDS.gif] },
};

/** The extensions a document may have, for messages: "pdf, docx, …". */
export const DOCUMENT_EXTENSIONS = Object.keys(DOCUMENT_TYPES).join(', ');

/** The pictures the site shows from outside documents/ (the logo, a photo), by lower-case extension. */
export const PICTURE_TYPES: Readonly<Record<string, { type: string; kinds: readonly FileKind[] }>> = {
  jpg: { type: 'JPEG', kinds: [KINDS.jpeg] },
  jpeg: { type: 'JPEG', kinds: [KINDS.jpeg] },
  png: { type: 'PNG', kinds: [KINDS.png] },
  webp: { type: 'WebP', kinds: [KINDS.webp] },
  gif: { type: 'GIF', kinds: [KINDS.gif] },
  avif: { type: 'AVIF', kinds: [KINDS.avif] },
  svg: { type: 'SVG', kinds: [KINDS.svg] },
  ico: { type: 'ICO', kinds: [KINDS.ico] },
};

/** A file's lower-case extension ("" without one). */
export const extensionOf = (path: string) => {
  const name = path.split('/').pop() ?? '';
  return name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
};

/**
 * A published file name: lower-case ASCII letters, digits, "-", "_" and ".", as part of an address that
 * reads the same everywhere (no Thai letters, spaces or capitals, which servers and phones treat apart).
 */
export const isPublishedName = (name: string) => /^[a-z0-9][a-z0-9._-]*$/.test(name);

/** A path's segments after its first "/", each a published name. */
export const hasPublishedNames = (path: string) => path.split('/').slice(1).every(isPublishedName);

/**
 * The name to rename a file to: lower case, every run of other characters (Thai, spaces) as one "-";
 * a name left with no letter or digit is "document-" plus what is left, or "document".
 */
export function publishedName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-._]+|[-._]+$/g, '');
  const base = clean(stem);
  const safeStem = /^[a-z]/.test(base) ? base : base ? `document-${base}` : 'document';
  const safeExt = clean(ext);
  return safeExt ? `${safeStem}.${safeExt}` : safeStem;
}

/** A path with every segment renamed to a published name ("/documents/แผน 2568.PDF" → "/documents/document-2568.pdf"). */
export const publishedPath = (path: string) =>
  path
    .split('/')
    .map((s, i) => (i === 0 || isPublishedName(s) ? s : publishedName(s)))
    .join('/');

const MIB = 1024 * 1024;

/**
 * The size a published file may have: 25 MiB, the most Cloudflare Pages serves per file, and about what a
 * phone on a prepaid data plan downloads in reasonable time (a scanned document at 150 dpi is a few MB).
 */
export const PHONE_LIMIT = 25 * MIB;
/** GitHub refuses a pushed file over 100 MiB, so the site could not be published from the repository at all. */
export const GIT_LIMIT = 100 * MIB;

/** A size for messages, in MB with one decimal ("26.3 MB"). */
export const megabytes = (bytes: number) => `${(bytes / MIB).toFixed(1)} MB`;

/** Code in an SVG that runs when the picture is opened on its own: scripts, event handlers, javascript: links. */
const SVG_CODE = /<script\b|<foreignObject\b|<iframe\b|<embed\b|<object\b|\son[a-z]+\s*=|javascript:|<!ENTITY\b/i;

/** The code an SVG's text holds ("<script"), or undefined when it holds none. */
export const svgCode = (text: string): string | undefined => SVG_CODE.exec(text)?.[0]?.trim();
