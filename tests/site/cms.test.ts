// The built site's editing page (/admin/) and its guide: the CMS is served by the site itself, only at
// /admin/, out of the sitemap, the search index and the navigation; the guide walks through it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, loadPage, text } from '../helpers/site';
import { sitePaths, sitemapPaths } from '../helpers/pages';

describe('/admin/ — the staff editing page', () => {
  it('is a noindex page that loads the CMS from the site itself', () => {
    const $ = loadPage('/admin/');
    expect($('html').attr('lang')).toBe('th');
    expect($('meta[name=robots]').attr('content')).toBe('noindex, nofollow');
    expect($('title').text()).toBe('แก้ไขเนื้อหาเว็บไซต์');
    expect($('[data-pagefind-body]')).toHaveLength(0);
    expect($('script[src^="http"]')).toHaveLength(0);
    // Decap CMS and the chunks it loads on demand, copied from node_modules.
    const copied = readdirSync(join(DIST, 'admin')).filter((f) => f.endsWith('.js'));
    const shipped = readdirSync('node_modules/decap-cms/dist').filter((f) => /^(?:\d+\.)?decap-cms\.js$/.test(f));
    expect(copied.sort()).toEqual(shipped.sort());
    expect(readFileSync(join(DIST, 'admin/decap-cms.js'))).toEqual(
      readFileSync('node_modules/decap-cms/dist/decap-cms.js'),
    );
  });

  it('publishes the configuration generated from the schemas', () => {
    const config = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8')) as {
      locale: string;
      collections: { name: string; label: string }[];
    };
    expect(config.locale).toBe('th');
    expect(config.collections.map((c) => c.label)).toEqual([
      'ข้อมูลหน่วยงาน',
      'ผลการประเมิน ITA',
      'มาตรการและความก้าวหน้า',
      'ข้อมูลเปิดเผย (OIT)',
      'เอกสาร (PDF)',
      'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)',
      'ข่าวประชาสัมพันธ์',
      'หน้าเว็บ',
      'รายงานผล ITA',
    ]);
  });

  it('is not in the sitemap nor linked from any page, and its script is on no other page', () => {
    expect(sitemapPaths(DIST).filter((p) => p.startsWith('/admin'))).toEqual([]);
    const adminScript = loadPage('/admin/')('script[type=module]').attr('src');
    expect(adminScript).toMatch(/^\/_astro\/.+\.js$/);
    for (const path of sitePaths(DIST)) {
      const html = readFileSync(join(DIST, path === '/404.html' ? '404.html' : join(path, 'index.html')), 'utf8');
      expect(html.includes('href="/admin/'), path).toBe(false);
      expect(html.includes(adminScript!), path).toBe(false);
    }
  });
});

describe('/guide/edit-in-browser/ — editing in the browser, step by step', () => {
  it('walks through both ways of working and the three edits of the done-when', () => {
    const $ = loadPage('/guide/edit-in-browser/');
    expect($('h1').text()).toBe('แก้ไขข้อมูลในเบราว์เซอร์');
    expect(
      $('main h2, main h3')
        .toArray()
        .map((h) => text($(h).text())),
    ).toEqual([
      'ก. บนเครื่องของเจ้าหน้าที่',
      '1. เพิ่มสรุปผลการจัดซื้อจัดจ้างของเดือนใหม่',
      '2. รายงานความก้าวหน้าของมาตรการ',
      '3. อัปโหลดไฟล์ PDF ของเอกสาร',
      'หลังแก้ไข',
      'ข. ออนไลน์ ผ่านที่เก็บไฟล์ของหน่วยงาน (GitHub หรือ GitLab)',
      'ข้อควรรู้',
      'หน้าในคู่มือ',
    ]);
    expect($('main pre').first().text()).toBe('npm run edit');
  });

  it('shows six screenshots of the real admin page, each described', () => {
    const $ = loadPage('/guide/edit-in-browser/');
    const images = $('article img').toArray();
    expect(images.map((img) => $(img).attr('alt'))).toEqual([
      'หน้าเข้าสู่ระบบของหน้าแก้ไขเนื้อหา มีปุ่มเข้าสู่ระบบ',
      'รายการสรุปผลการจัดซื้อจัดจ้างรายเดือน เรียงตามเดือนพร้อมชื่อเดือนภาษาไทย และเมนูกลุ่มข้อมูลด้านซ้าย',
      'แบบฟอร์มเดือนใหม่ กรอกงานที่จัดซื้อจัดจ้างและวงเงินของรายการแรก',
      'ช่องวันที่เผยแพร่มีกรอบสีแดงและข้อความว่าวันที่ 31 ก.ย. 2568 ไม่มีอยู่จริงในปฏิทิน และรายการปัญหาที่มุมล่าง',
      'ความคืบหน้ารายการใหม่ใต้มาตรการ กรอกวันที่ 15 ม.ค. 2567 และสิ่งที่ดำเนินการแล้ว',
      'หน้าต่างไฟล์สื่อหลังอัปโหลดไฟล์ procurement-plan-2568-rev1.pdf พร้อมปุ่มเลือกข้อมูลที่ถูกเลือก',
    ]);
    for (const img of images) expect(existsSync(join(DIST, $(img).attr('src')!))).toBe(true);
  });

  it('is linked from the guide', () => {
    expect(loadPage('/guide/')('main a[href="edit-in-browser/"]').text()).toBe('แก้ไขข้อมูลในเบราว์เซอร์');
  });
});
