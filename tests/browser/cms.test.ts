// The done-when of the CMS (issue 14), in chromium against a copy of the example content in local mode:
// open /admin/, add a procurement month with two rows, add a progress entry to a measure, upload a PDF
// to a document, save; the files on disk are what a person would write, npm run check passes on the
// copy, and the copy's rebuilt site shows all three. The real content/ and public/ are never written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { axeViolations, describeViolations, launchBrowser } from '../helpers/browser';
import { buildFixture } from '../helpers/fixtures';
import { DIST, loadPage, text } from '../helpers/site';
import { serveCms, type CmsServer } from '../../scripts/lib/cms-server';
import { addProgress, openForm, publish, uploadFile } from '../../scripts/lib/cms-admin';
import { ADMIN_SECURITY_HEADERS } from '../../src/lib/site/csp';
import { formProblemList } from '../../src/lib/cms/validate';
import { messageText } from '../../src/lib/content-check/messages';
import { procurementMonthSchema } from '../../src/schemas/oit';
import { EXAMPLE } from '../helpers/example';

let repo = '';
let server: CmsServer | undefined;
let browser: Browser | undefined;
let page: Page;

/** A small PDF with text, as a clerk would save from a word processor. */
async function samplePdf(path: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([400, 200]).drawText('Procurement plan 2568, revised', { x: 40, y: 120, size: 14, font });
  writeFileSync(path, await pdf.save());
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'admin/index.html'))) throw new Error(`No /admin/ in ${DIST}: run npm run build first`);
  repo = mkdtempSync(join(tmpdir(), 'prongsai-cms-'));
  // The organization's folders of a repository, filled with the example's data.
  cpSync(EXAMPLE.content, join(repo, 'content'), { recursive: true });
  cpSync(EXAMPLE.public, join(repo, 'public'), { recursive: true });
  await samplePdf(join(repo, 'procurement-plan-2568-rev1.pdf'));
  // Served with the deploy recipes' headers for /admin/ (its own Content-Security-Policy).
  server = await serveCms(repo, DIST, Object.fromEntries(ADMIN_SECURITY_HEADERS));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations?: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // The CMS asks "publish this?" in a confirm dialog; a clerk answers yes.
  // A refused save leaves a draft the CMS offers to restore in the next new form: a clerk starts afresh.
  page.on('dialog', (dialog) => void (dialog.message().includes('ข้อมูลสำรอง') ? dialog.dismiss() : dialog.accept()));
  await page.goto(`${server.url}admin/`);
  // Decap CMS compiles its configuration's schema first: tens of seconds on a busy 2-core machine.
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click({ timeout: 150_000 });
  await page.getByText('สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)').first().waitFor({ timeout: 60_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (repo && !process.env['KEEP_CMS_COPY']) rmSync(repo, { recursive: true, force: true });
});

/** Opens an entry's form (or a new one) by its address in the CMS. */
const open = (hash: string) => openForm(page, server!.url, hash);

/** Saves the open form and waits until the CMS says it is saved. */
async function save(): Promise<void> {
  await publish(page);
  await page.getByText('เนื้อหาถูกบันทึก').first().waitFor({ timeout: 15_000 });
}

const onDisk = (path: string) => readFileSync(join(repo, path), 'utf8');

const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('editing the example content in the browser (local mode)', () => {
  it("refuses a date that does not exist: the check's Thai message stays beside the field until corrected", async () => {
    await open('procurement/new');
    await page.locator('input[id^=fiscalYear-field]').fill('2569');
    await page.locator('input[id^=month-field]').fill('2025-11');
    await page.locator('input[id^=date-field]').first().fill('31 ก.ย. 2568');
    await publish(page);
    const [problem] = formProblemList(
      procurementMonthSchema,
      { fiscalYear: 2569, month: '2025-11', date: '31 ก.ย. 2568' },
      'content/procurement/2569/2025-11.yaml',
    );
    expect(problem?.field).toBe('date');
    const { th } = messageText(problem!);
    // Beside the date field, outlined: the Thai words only (no "Error:", no path, no file name).
    const field = page.locator('[data-prongsai-problem]:has(> input[id^=date-field])');
    const message = field.locator('.prongsai-field-problem');
    await message.waitFor();
    // The message quotes the date it found: not said twice.
    expect(th).toContain(problem!.found);
    expect(await message.textContent()).toBe(th);
    expect(await field.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // The panel names the field in the form's words, and stays after the CMS's toast is gone.
    const panel = page.locator('#prongsai-problems');
    expect(await panel.textContent()).toContain(`วันที่เผยแพร่: ${th}`);
    expect(await panel.textContent()).not.toMatch(/Error:|content\/|› date/);
    await page.waitForTimeout(9_000);
    expect(await message.isVisible()).toBe(true);
    // Another field changed: the date's message stays; the date corrected: it goes.
    await page.locator('input[id^=unit-field]').fill('กองคลัง');
    expect(await message.isVisible()).toBe(true);
    await page.locator('input[id^=date-field]').first().fill('5 ธ.ค. 2568');
    await page.locator('.prongsai-field-problem').waitFor({ state: 'detached' });
    expect(existsSync(join(repo, 'content/procurement/2569/2025-11.yaml'))).toBe(false);
    expect(await violations()).toEqual([]);
  }, 300_000);

  it('blames a month typed in พ.ศ. (2569-11) on the month field, with the Common Era advice', async () => {
    await open('procurement/new');
    await page.locator('input[id^=fiscalYear-field]').fill('2569');
    await page.locator('input[id^=month-field]').fill('2569-11');
    await page.locator('input[id^=date-field]').first().fill('5 ธ.ค. 2568');
    await publish(page);
    const field = page.locator('[data-prongsai-problem]:has(> input[id^=month-field])');
    await field.locator('.prongsai-field-problem').waitFor();
    expect(await field.locator('.prongsai-field-problem').textContent()).toMatch(/^ปีของเดือนเป็น พ\.ศ\./);
    expect(await page.locator('[data-prongsai-problem]').count()).toBe(1);
  }, 300_000);

  it('a save the whole check refuses (a cross-file rule) is refused by the file API, at the field, writing nothing', async () => {
    await open('procurement/new');
    // November 2025 lies in fiscal 2569: saved as 2570, the month would sit in the 2570 folder.
    await page.locator('input[id^=fiscalYear-field]').fill('2570');
    await page.locator('input[id^=month-field]').fill('2025-11');
    await page.locator('input[id^=date-field]').first().fill('5 ธ.ค. 2568');
    await page.locator('[id^=note-field]').first().fill('ไม่มีการจัดซื้อจัดจ้างในเดือนนี้');
    await publish(page);
    const field = page.locator('[data-prongsai-problem]:has(> input[id^=fiscalYear-field])');
    await field.locator('.prongsai-field-problem').waitFor();
    expect(await field.locator('.prongsai-field-problem').textContent()).toMatch(/^เดือน 2025-11 อยู่ในปีงบประมาณ 2569/);
    expect(existsSync(join(repo, 'content/procurement/2570'))).toBe(false);
  }, 300_000);

  it('adds a procurement month with two rows as a new file in the schema order', async () => {
    await open('procurement/new');
    await page.locator('input[id^=fiscalYear-field]').fill('2569');
    await page.locator('input[id^=month-field]').fill('2025-10');
    await page.locator('input[id^=date-field]').first().fill('5 พ.ย. 2568');
    await page.locator('input[id^=unit-field]').fill('กองคลัง');
    const rows = [
      {
        item: 'จัดซื้อวัสดุคอมพิวเตอร์',
        budget: '12000',
        bidder: 'ร้านตัวอย่างไอที',
        price: '11500',
        number: '1/2569',
        date: '10 ต.ค. 2568',
      },
      {
        item: 'จ้างเหมาทำความสะอาดอาคาร',
        budget: '9000',
        bidder: 'นางสาวตัวอย่าง ใจดี',
        price: '9000',
        number: '2/2569',
        date: '15 ต.ค. 2568',
      },
    ];
    for (const [i, row] of rows.entries()) {
      await page.getByRole('button', { name: /เพิ่ม รายการจัดซื้อจัดจ้างของเดือน/ }).click();
      const item = page.locator('input[id^=item-field]').nth(i);
      await item.fill(row.item);
      await page.locator('input[id^=budget-field]').nth(i).fill(row.budget);
      await page.locator('input[id^=method-field]').nth(i).fill('เฉพาะเจาะจง');
      await page
        .getByRole('button', { name: /เพิ่ม รายชื่อผู้เสนอราคาและราคาที่เสนอ/ })
        .nth(i)
        .click();
      // Each row: one bid's name and price, then the winner's name and price.
      await page
        .locator('input[id^=name-field]')
        .nth(2 * i)
        .fill(row.bidder);
      await page
        .locator('input[id^=price-field]')
        .nth(2 * i)
        .fill(row.price);
      await page
        .locator('input[id^=name-field]')
        .nth(2 * i + 1)
        .fill(row.bidder);
      await page
        .locator('input[id^=price-field]')
        .nth(2 * i + 1)
        .fill(row.price);
      await page.locator('input[id^=reason-field]').nth(i).fill('เป็นผู้มีอาชีพโดยตรงและเสนอราคาไม่เกินวงเงินงบประมาณ');
      await page.locator('input[id^=number-field]').nth(i).fill(row.number);
      await page
        .locator('input[id^=date-field]')
        .nth(i + 1)
        .fill(row.date);
    }
    await save();
    expect(onDisk('content/procurement/2569/2025-10.yaml')).toBe(
      [
        'fiscalYear: 2569',
        'month: 2025-10',
        'date: 5 พ.ย. 2568',
        'unit: กองคลัง',
        'rows:',
        ...rows.flatMap((row) => [
          `  - item: ${row.item}`,
          `    budget: ${row.budget}`,
          '    method: เฉพาะเจาะจง',
          '    bids:',
          `      - name: ${row.bidder}`,
          `        price: ${row.price}`,
          '    winner:',
          `      name: ${row.bidder}`,
          `      price: ${row.price}`,
          '    reason: เป็นผู้มีอาชีพโดยตรงและเสนอราคาไม่เกินวงเงินงบประมาณ',
          '    contract:',
          `      number: ${row.number}`,
          `      date: ${row.date}`,
        ]),
        '',
      ].join('\n'),
    );
  }, 300_000);

  it('adds a progress entry to a measure, changing nothing else in the hand-written plan', async () => {
    const before = onDisk('content/measures/2567.yaml');
    await open('measuresPlans/entries/2567');
    await addProgress(page, '15 ม.ค. 2567', 'แจ้งเวียนคู่มือการปฏิบัติงานให้บุคลากรทราบแล้ว');
    await save();
    const lines = before.split('\n');
    const next = lines.indexOf('      - id: ethics-awareness');
    lines.splice(
      next,
      0,
      '        progress:',
      '          - date: 15 ม.ค. 2567',
      '            text: แจ้งเวียนคู่มือการปฏิบัติงานให้บุคลากรทราบแล้ว',
    );
    expect(onDisk('content/measures/2567.yaml')).toBe(lines.join('\n'));
  }, 300_000);

  it('uploads a PDF to a document: the file lands in public/documents/ and only the file line changes', async () => {
    const before = onDisk('content/documents/procurement-plan-2568.yaml');
    await open('documents/entries/procurement-plan-2568');
    await uploadFile(page, join(repo, 'procurement-plan-2568-rev1.pdf'));
    await page.getByRole('button', { name: 'เลือกข้อมูลที่ถูกเลือก' }).click();
    await save();
    expect(readFileSync(join(repo, 'public/documents/procurement-plan-2568-rev1.pdf'))).toEqual(
      readFileSync(join(repo, 'procurement-plan-2568-rev1.pdf')),
    );
    expect(onDisk('content/documents/procurement-plan-2568.yaml')).toBe(
      before.replace('file: /documents/procurement-plan-2568.pdf', 'file: /documents/procurement-plan-2568-rev1.pdf'),
    );
    // The admin page's own Content-Security-Policy allowed everything the CMS did.
    expect(await violations()).toEqual([]);
  }, 300_000);

  it('what the forms wrote passes npm run check, once the replaced PDF is removed as the guide says', () => {
    const check = () =>
      spawnSync('npm', ['run', '--silent', 'check'], {
        encoding: 'utf8',
        env: { ...process.env, PRONGSAI_CONTENT: join(repo, 'content'), PRONGSAI_PUBLIC: join(repo, 'public') },
      });
    // The upload keeps the old file; nothing refers to it any more, and the check says so.
    const refused = check();
    expect(`${refused.stdout}${refused.stderr}`).toContain(
      'public/documents/procurement-plan-2568.pdf › (ทั้งไฟล์ / whole file): ไม่มีไฟล์ข้อมูลใดใน content/ อ้างถึงไฟล์นี้',
    );
    expect(refused.status).toBe(1);
    rmSync(join(repo, 'public/documents/procurement-plan-2568.pdf'));
    const r = check();
    expect(`${r.stdout}${r.stderr}`).toMatch(/ไม่พบปัญหา/);
    expect(r.status).toBe(0);
  }, 300_000);

  it('/admin/ passes axe at 360 px: the login screen, a list and a form', async () => {
    const phone = await browser!.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await phone.goto(`${server!.url}admin/`);
      await phone.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor({ timeout: 150_000 });
      await phone.waitForTimeout(300);
      const login = describeViolations(await axeViolations(phone));
      await phone.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
      await phone.goto(`${server!.url}admin/#/collections/procurement`);
      await phone.getByText('เพิ่มเดือนใหม่', { exact: true }).waitFor({ timeout: 150_000 });
      // Months by their Thai names, the example's marked, and no glyph the fonts lack on the new button.
      await phone.getByText('กันยายน 2568 (2025-09) · ข้อมูลตัวอย่าง').first().waitFor();
      expect(await phone.getByText('เพิ่มเดือนใหม่', { exact: true }).count()).toBe(1);
      await phone.waitForTimeout(300);
      const list = describeViolations(await axeViolations(phone));
      await openForm(phone, server!.url, 'procurement/new');
      await phone.waitForTimeout(300);
      const form = describeViolations(await axeViolations(phone));
      expect(await phone.getByText('การเปลี่ยนเปลง').count()).toBe(0);
      expect({ login, list, form }).toEqual({ login: '', list: '', form: '' });
    } finally {
      await phone.close();
    }
  }, 400_000);

  it('the rebuilt site shows the new month, the progress entry and the new PDF', () => {
    const dist = resolve('node_modules/.prongsai-fixtures/cms-copy/dist');
    const build = buildFixture('cms-copy', {
      PRONGSAI_CONTENT: join(repo, 'content'),
      PRONGSAI_PUBLIC: join(repo, 'public'),
      PRONGSAI_OUT_DIR: dist,
    });
    expect(build.output).toMatch(/site written to/);
    expect(build.ok).toBe(true);
    const month = loadPage('/procurement/2569/', dist);
    expect(text(month('main').text())).toContain('จัดซื้อวัสดุคอมพิวเตอร์');
    expect(text(month('main').text())).toContain('จ้างเหมาทำความสะอาดอาคาร');
    const plan = loadPage('/measures/2567/', dist);
    expect(text(plan('#service-manual').text())).toContain('แจ้งเวียนคู่มือการปฏิบัติงานให้บุคลากรทราบแล้ว');
    const doc = loadPage('/documents/procurement-plan-2568/', dist);
    expect(doc('a[data-document-file]').attr('href')).toBe('/documents/procurement-plan-2568-rev1.pdf');
    expect(existsSync(join(dist, 'documents/procurement-plan-2568-rev1.pdf'))).toBe(true);
  }, 300_000);
});
