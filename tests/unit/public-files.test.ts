// What a file under public/ is, by its bytes: the reader (scripts/lib/content-files.ts) hands the checker
// each file's first bytes, its size as stat gives it and a ZIP's entry names; the rules
// (src/lib/content-check/file-types.ts, public-rules.ts) judge documents, pictures, sizes and site paths.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSystemJunk, listPublic, zipEntryNames } from '../../scripts/lib/content-files';
import { removeSystemJunk } from '../../scripts/lib/deploy-files-integration';
import {
  GIT_LIMIT,
  PHONE_LIMIT,
  publishedName,
  publishedPath,
  sniffKind,
  svgCode,
} from '../../src/lib/content-check/file-types';
import { publicFileProblems, proseSitePaths, resolves } from '../../src/lib/content-check/public-rules';

const dir = mkdtempSync(join(tmpdir(), 'prongsai-public-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A minimal ZIP (stored entries) with these names, as an Office program writes its parts. */
function zip(names: string[], first?: { name: string; data: string }): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const entries = first
    ? [first, ...names.map((name) => ({ name, data: 'x' }))]
    : names.map((n) => ({ name: n, data: 'x' }));
  for (const { name, data } of entries) {
    const body = Buffer.from(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(Buffer.byteLength(name), 26);
    locals.push(local, Buffer.from(name), body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(Buffer.byteLength(name), 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, Buffer.from(name));
    offset += 30 + Buffer.byteLength(name) + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const latin1 = (b: Buffer) => b.toString('latin1');

describe('what a file is, by its bytes', () => {
  it('names each type the site allows and each it refuses', () => {
    const kinds = {
      '%PDF-1.7\n': 'pdf',
      '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest': 'ole',
      '\x89PNG\r\n\x1A\n....': 'png',
      '\xFF\xD8\xFF\xE0': 'jpeg',
      GIF89a: 'gif',
      'RIFF\0\0\0\0WEBPVP8 ': 'webp',
      '\0\0\0\x1CftypavifXX': 'avif',
      'MZ\x90\0': 'exe',
      '\x7FELF': 'elf',
      '\xEF\xBB\xBF  <!DOCTYPE html><p>': 'html',
      '<script>alert(1)</script>': 'html',
      '<?xml version="1.0"?>\n<!-- map -->\n<svg xmlns="http://www.w3.org/2000/svg">': 'svg',
      '<?xml version="1.0"?><note/>': 'xml',
      'ลำดับ,รายการ\n1,ซ่อมถนน\n': 'text',
      '\xFF\xFEa\0,\0': 'text16',
      'a\0b': 'unknown',
      '': 'empty',
    };
    expect(Object.fromEntries(Object.keys(kinds).map((h) => [h, sniffKind(h).id]))).toEqual(kinds);
  });

  it('tells the Office Open XML formats apart by their parts, OpenDocument by its mimetype, a plain ZIP as such', () => {
    const head = (b: Buffer) => latin1(b).slice(0, 1024);
    const types = ['[Content_Types].xml', '_rels/.rels'];
    const docx = zip([...types, 'word/document.xml']);
    writeFileSync(join(dir, 'plan.docx'), docx);
    expect(zipEntryNames(join(dir, 'plan.docx'), docx.length)).toEqual([...types, 'word/document.xml']);
    expect(sniffKind(head(docx), [...types, 'word/document.xml']).id).toBe('docx');
    expect(sniffKind(head(docx), [...types, 'xl/workbook.xml']).id).toBe('xlsx');
    expect(sniffKind(head(docx), [...types, 'ppt/presentation.xml']).id).toBe('pptx');
    expect(sniffKind(head(docx), ['budget.csv']).id).toBe('zip');
    expect(sniffKind(head(docx)).id).toBe('zip-unread');
    const odt = zip(['content.xml'], { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' });
    expect(sniffKind(head(odt), []).id).toBe('odt');
    // A ZIP whose directory cannot be found (cut short) lists no entries.
    writeFileSync(join(dir, 'cut.docx'), docx.subarray(0, 40));
    expect(zipEntryNames(join(dir, 'cut.docx'), 40)).toEqual([]);
  });

  it('finds code in an SVG: a script, an event handler, a javascript: link', () => {
    expect(svgCode('<svg><script>alert(1)</script></svg>')).toBe('<script');
    expect(svgCode('<svg onload="alert(1)"/>')).toBe('onload=');
    expect(svgCode('<svg><a href="javascript:alert(1)"/></svg>')).toBe('javascript:');
    expect(svgCode('<svg><rect width="10"/></svg>')).toBeUndefined();
  });
});

describe('published names', () => {
  it('says what to rename a file to: lower case, other characters as "-"', () => {
    expect(publishedName('Plan-2568.PDF')).toBe('plan-2568.pdf');
    expect(publishedName('แผนจัดซื้อ 2568.pdf')).toBe('document-2568.pdf');
    expect(publishedName('แผน.pdf')).toBe('document.pdf');
    expect(publishedName('Road Repair (final).docx')).toBe('road-repair-final.docx');
    expect(publishedPath('/documents/2568/Plan.PDF')).toBe('/documents/2568/plan.pdf');
  });
});

describe('the listing of public/', () => {
  it('takes a file size from stat: a sparse 120 MB file is judged without 120 MB written', () => {
    const pub = join(dir, 'public');
    mkdirSync(join(pub, 'documents'), { recursive: true });
    writeFileSync(join(pub, 'documents', 'scan.pdf'), '%PDF-1.7\n');
    truncateSync(join(pub, 'documents', 'scan.pdf'), GIT_LIMIT + 20 * 1024 * 1024);
    writeFileSync(join(pub, 'documents', 'phone.pdf'), '%PDF-1.7\n');
    truncateSync(join(pub, 'documents', 'phone.pdf'), PHONE_LIMIT + 1);
    writeFileSync(join(pub, 'documents', '.DS_Store'), '\0\0\0\x01Bud1');
    writeFileSync(join(pub, 'Thumbs.db'), '\xD0\xCF\x11\xE0');
    const listing = listPublic(pub);
    expect([...listing.files].sort()).toEqual(['/documents/phone.pdf', '/documents/scan.pdf']);
    expect(listing.sizes.get('/documents/scan.pdf')).toBe(GIT_LIMIT + 20 * 1024 * 1024);
    expect(listing.heads.get('/documents/scan.pdf')?.startsWith('%PDF-1.7')).toBe(true);
    const problems = publicFileProblems(
      { root: 'public', ...listing, owned: true },
      [],
      ['/documents/scan.pdf /documents/phone.pdf'],
    );
    expect(problems.map((p) => [p.file, p.code, p.found])).toEqual([
      ['public/documents/phone.pdf', 'public.too-large', '25.0 MB'],
      ['public/documents/scan.pdf', 'public.over-git-limit', '120.0 MB'],
    ]);
  });

  it("removes the operating system's files from the built site, and only those", () => {
    const out = join(dir, 'dist');
    mkdirSync(join(out, 'documents', '._plan.pdf'), { recursive: true });
    writeFileSync(join(out, '.DS_Store'), '');
    writeFileSync(join(out, 'documents', 'desktop.ini'), '');
    writeFileSync(join(out, 'documents', 'plan.pdf'), '%PDF-');
    writeFileSync(join(out, '.htaccess'), '');
    removeSystemJunk(out);
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      '.htaccess',
      'documents',
      'documents/plan.pdf',
    ]);
    expect(['.DS_Store', 'Thumbs.db', 'desktop.ini', '._x', 'ehthumbs.db', '.gitkeep'].every(isSystemJunk)).toBe(true);
    expect(['ds_store.pdf', 'thumbs.png', '.htaccess'].some(isSystemJunk)).toBe(false);
  });
});

describe('site paths', () => {
  const pages = { exact: new Set(['/', '/measures/2567/']), prefixes: ['/guide/'] };
  const files = new Set(['/documents/plan.pdf', '/logo.svg']);

  it('lead to a page the build writes or a file of public/, with or without a slash, query or fragment', () => {
    expect(resolves('/measures/2567', pages, files)).toBe(true);
    expect(resolves('/measures/2567/#topic-1', pages, files)).toBe(true);
    expect(resolves('/guide/news/', pages, files)).toBe(true);
    expect(resolves('/documents/plan.pdf?v=2', pages, files)).toBe(true);
    expect(resolves('/measures/2576/', pages, files)).toBe(false);
    expect(resolves('/documents/plan.PDF', pages, files)).toBe(false);
    expect(resolves('/%E0%A4%A', pages, files)).toBe(false);
  });

  it('are read from Markdown links and href/src attributes of prose, with their lines', () => {
    expect(proseSitePaths('a [x](/a/) b\n<a href="/b/">b</a> [y](https://x.example/)\n<img src="/c.png" />')).toEqual([
      { line: 1, path: '/a/' },
      { line: 2, path: '/b/' },
      { line: 3, path: '/c.png' },
    ]);
  });
});
