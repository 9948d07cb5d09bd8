/**
 * What a clerk does on the admin page (/admin/), step by step, for chromium through playwright-core: used by
 * the done-when test (tests/browser/cms.test.ts) and the guide's screenshots (scripts/cms-screenshots.ts).
 * The words are the CMS's Thai interface and the labels generated from the schemas.
 */
import type { Page } from 'playwright-core';

/**
 * Opens an entry's form ("documents/entries/procurement-plan-2568") or a new one ("procurement/new") as a
 * fresh page: the CMS keeps the previous form's data when only the address's #… changes.
 */
export async function openForm(page: Page, origin: string, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${origin}admin/#/collections/${hash}`);
  // Each load compiles the CMS's configuration schema again: slow on a busy machine.
  await page.locator('input[id^=date-field]').first().waitFor({ timeout: 150_000 });
}

/** Asks to save the open form: "เผยแพร่" → "เผยแพร่ตอนนี้" (the CMS's confirm dialog must be accepted). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
  await page.getByText('เผยแพร่ตอนนี้').click();
}

/** Adds a progress entry to the first measure of the open plan. */
export async function addProgress(page: Page, date: string, text: string): Promise<void> {
  await page
    .getByRole('button', { name: /เพิ่ม ความคืบหน้าที่รายงานแล้ว/ })
    .first()
    .click();
  await page.locator('input[id^=date-field][value=""]').first().fill(date);
  await page.locator('input[id^=text-field][value=""]').first().fill(text);
}

/** Uploads a file in the open document's file field ("เลือกไฟล์อื่น" → the media library's upload). */
export async function uploadFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'เลือกไฟล์อื่น' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
}
