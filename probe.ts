import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveCms } from './scripts/lib/cms-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';
const repo = '/tmp/prongsai-cms-mc7Yjz';
const server = await serveCms(repo, 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url + 'admin/');
await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
await page.waitForTimeout(2000);
for (const [n, h] of [['m', 'measuresPlans/entries/2567'], ['d', 'documents/entries/procurement-plan-2568']]) {
  await page.goto(server.url + 'admin/#/collections/' + h);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/cmsprobe/${n}.png` });
  const html = await page.evaluate(() => document.body.innerHTML);
  writeFileSync(`/tmp/cmsprobe/${n}.html`, html);
  console.log(n, (await page.getByRole('button').allInnerTexts()).slice(0, 30).join(' | '));
}
await browser.close(); await server.close();
