// npm run check: every content rule (schemas and cross-checks) in seconds, without building the site.
// Prints every problem as "file › field: Thai / English (พบ / found: value)" and exits 1 if there is any.
// Also the first step of scripts/build.mjs, so a build stops with exactly the same messages.
import { readContentDir } from './lib/content-files.ts';
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatProblem } from '../src/lib/content-check/messages.ts';
import { contentDir } from '../src/data/content-dir.ts';

const root = contentDir().replace(/^\.\//, '').replace(/\/+$/, '');
const started = performance.now();
const { problems, files } = checkContent(readContentDir(root));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(
    `\nพบปัญหา ${problems.length} รายการใน ${root}/ แก้ไขตามข้อความด้านบนแล้วสั่ง npm run check อีกครั้ง` +
      `\n${problems.length} problem(s) in ${root}/: fix them and run npm run check again.`,
  );
  process.exit(1);
}
console.log(
  `ตรวจข้อมูล ${files} ไฟล์ใน ${root}/ ไม่พบปัญหา (${seconds} วินาที) / checked ${files} files, no problems (${seconds} s)`,
);
