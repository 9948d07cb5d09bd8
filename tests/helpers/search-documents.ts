/**
 * A copy of a built site with document pages added, indexed by scripts/search-index.mjs: proves
 * that PDF text reaches the search index before the document pages of the OIT section exist.
 * Each document page is the site's own layout (taken from a built page) with the contract of a
 * document page: <a data-document-file href="…pdf"> and the search facets of a document.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { buildSearchIndex } from '../../scripts/search-index.mjs';

export interface FixtureDocument {
  slug: string;
  title: string;
  fiscalYear: number;
  date: string;
  /** Lines of text written into the PDF; none makes an image-only ("scanned") PDF. */
  lines: string[];
}

/** A procurement plan whose PDF has a text layer. */
export const PLAN: FixtureDocument = {
  slug: 'procurement-plan-2567',
  title: 'แผนการจัดซื้อจัดจ้างโครงการปรับปรุงประปาหมู่บ้าน ประจำปีงบประมาณ ๒๕๖๗',
  fiscalYear: 2567,
  date: '2023-10-20',
  lines: [
    'Annual procurement plan, fiscal year 2567.',
    'Item 1: renovation of the Ban Nong Waeng waterworks, budget 450,000 baht.',
    'Item 2: E-Service kiosk for the subdistrict office.',
  ],
};

/** Council minutes scanned to an image-only PDF: found by its page, not its text. */
export const SCAN: FixtureDocument = {
  slug: 'council-minutes-scan',
  title: 'รายงานการประชุมสภาองค์การบริหารส่วนตำบล (ฉบับสแกน)',
  fiscalYear: 2567,
  date: '2024-02-14',
  lines: [],
};

export const DOCUMENTS: FixtureDocument[] = [PLAN, SCAN];

export const fileHref = (d: FixtureDocument) => `/documents/${d.slug}/${d.slug}.pdf`;
export const pageHref = (d: FixtureDocument) => `/documents/${d.slug}/`;

async function makePdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  if (lines.length) {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  } else {
    // A scan: only shapes, no text layer.
    for (let i = 0; i < 20; i++)
      page.drawRectangle({ x: 50, y: 780 - i * 30, width: 400, height: 12, color: rgb(0.2, 0.2, 0.2) });
  }
  return doc.save();
}

function documentPage(layout: string, d: FixtureDocument): string {
  const main =
    `<main id="main" class="container" tabindex="-1" data-pagefind-body>` +
    `<div hidden><span data-pagefind-filter="ประเภท:เอกสาร"></span><span data-pagefind-filter="ปีงบประมาณ:${d.fiscalYear}"></span>` +
    `<span data-pagefind-sort="date:${d.date}"></span><span data-pagefind-meta="type:เอกสาร"></span></div>` +
    `<h1>${d.title}</h1><p><a data-document-file href="${fileHref(d)}">ดาวน์โหลดไฟล์ PDF</a></p></main>`;
  return layout.replace(/<main\b[\s\S]*<\/main>/, main).replace(/<title>[^<]*<\/title>/, `<title>${d.title}</title>`);
}

/** A page of the built site's layout with `main` as its <main> content (indexed, Thai). */
export function pageWithMain(dist: string, title: string, main: string): string {
  const layout = readFileSync(join(dist, 'ita', 'index.html'), 'utf8');
  return layout
    .replace(
      /<main\b[\s\S]*<\/main>/,
      `<main id="main" class="container" tabindex="-1" data-pagefind-body>${main}</main>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
}

export interface DocumentSite {
  dir: string;
  pages: number;
  documents: { page: string; href: string; file: string | null; characters: number; status: string }[];
  errors: string[];
  log: string[];
  remove: () => void;
}

/** Copies the built site `dist`, adds the documents (and `extra` pages), and rebuilds its search index. */
export async function documentSite(
  dist: string,
  documents = DOCUMENTS,
  extra: Record<string, string> = {},
): Promise<DocumentSite> {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-search-'));
  cpSync(dist, dir, { recursive: true });
  rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
  const layout = readFileSync(join(dist, 'ita', 'index.html'), 'utf8');
  for (const d of documents) {
    mkdirSync(join(dir, 'documents', d.slug), { recursive: true });
    writeFileSync(join(dir, 'documents', d.slug, 'index.html'), documentPage(layout, d));
    writeFileSync(join(dir, 'documents', d.slug, `${d.slug}.pdf`), await makePdf(d.lines));
  }
  for (const [path, html] of Object.entries(extra)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  const log: string[] = [];
  const result = await buildSearchIndex({ site: dir, log: (line: string) => log.push(line) });
  return { dir, ...result, log, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
