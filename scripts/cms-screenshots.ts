// The staff guide's screenshots of the editing page (docs/guide/images/edit-*.png), taken in chromium
// from the real admin page of the built site (npm run build first), working on a throwaway repository
// whose content/ and public/ are copies of the example organization's, so nothing real changes:
//   node --import ./scripts/ts-hooks.mjs scripts/cms-screenshots.ts
import { chromium } from 'playwright-core';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCms } from './lib/cms-server.ts';
import { EXAMPLE_DIR } from '../src/data/content-dir.ts';
import { addProgress, openForm, publish, uploadFile } from './lib/cms-admin.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const OUT = 'docs/guide/images';
const repo = mkdtempSync(join(tmpdir(), 'prongsai-shots-'));
cpSync(`${EXAMPLE_DIR}/content`, join(repo, 'content'), { recursive: true });
cpSync(`${EXAMPLE_DIR}/public`, join(repo, 'public'), { recursive: true });
copyFileSync(`${EXAMPLE_DIR}/public/documents/procurement-plan-2568.pdf`, join(repo, 'procurement-plan-2568-rev1.pdf'));
const server = await serveCms(repo, process.env['PRONGSAI_OUT_DIR'] ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 900, height: 640 } });
page.on('dialog', (dialog) => void dialog.accept());

/** A screenshot of the visible window. */
const shot = (name: string) => page.screenshot({ path: join(OUT, `edit-${name}.png`) });
const open = (hash: string) => openForm(page, server.url, hash);

try {
  await page.goto(`${server.url}admin/`);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor({ timeout: 150_000 });
  await shot('login');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.goto(`${server.url}admin/#/collections/procurement`);
  await page.getByText('กันยายน 2568 (2025-09)').first().waitFor({ timeout: 150_000 });
  await shot('collections');

  await open('procurement/new');
  await page.locator('input[id^=fiscalYear-field]').fill('2569');
  await page.locator('input[id^=month-field]').fill('2025-10');
  await page.locator('input[id^=date-field]').first().fill('31 ก.ย. 2568');
  await publish(page);
  // The message beside the date field, and the panel of problems; the CMS's toast gone.
  await page.locator('.prongsai-field-problem').first().waitFor();
  await page.waitForTimeout(9_000);
  await page.locator('input[id^=date-field]').first().scrollIntoViewIfNeeded();
  await shot('refused');
  await page.locator('input[id^=date-field]').first().fill('5 พ.ย. 2568');
  await page.getByRole('button', { name: /เพิ่ม รายการจัดซื้อจัดจ้างของเดือน/ }).click();
  await page.locator('input[id^=item-field]').fill('จัดซื้อวัสดุคอมพิวเตอร์');
  await page.locator('input[id^=budget-field]').fill('12000');
  await page.locator('input[id^=item-field]').scrollIntoViewIfNeeded();
  await shot('procurement-row');

  await open('measuresPlans/entries/2567');
  await addProgress(page, '15 ม.ค. 2567', 'แจ้งเวียนคู่มือการปฏิบัติงานให้บุคลากรทราบแล้ว');
  await page.locator('input[id^=date-field][value="15 ม.ค. 2567"]').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 150);
  await page.waitForTimeout(300);
  await shot('progress');

  await open('documents/entries/procurement-plan-2568');
  await uploadFile(page, join(repo, 'procurement-plan-2568-rev1.pdf'));
  await page.getByText('procurement-plan-2568-rev1.pdf').first().waitFor();
  await shot('upload');
  console.log(`ภาพหน้าจออยู่ใน ${OUT}/edit-*.png / screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
  rmSync(repo, { recursive: true, force: true });
}
