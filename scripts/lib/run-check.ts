/**
 * Runs the content checker on the content folder and words its result for the terminal (Node only):
 * the one implementation behind `npm run check` and the content-check step of every build (the Astro
 * integration in scripts/lib/content-check-integration.ts).
 */
import { readContentDir } from './content-files.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem, type Problem } from '../../src/lib/content-check/messages.ts';
import { contentDir, EXAMPLE_DIR, programDir, publicDir } from '../../src/data/content-dir.ts';

export interface CheckRun {
  /** The content folder as staff name it, e.g. "content". */
  root: string;
  problems: Problem[];
  /** How many content files were read. */
  files: number;
  /** How long the check took, e.g. "0.84". */
  seconds: string;
}

/** Checks every file of the content folder (content/, or PRONGSAI_CONTENT) against every rule. */
export function runContentCheck(root = contentDir().replace(/^\.\//, '').replace(/\/+$/, '')): CheckRun {
  const started = performance.now();
  const { problems, files } = checkContent(readContentDir(root, publicDir(), programDir()));
  return { root, problems, files, seconds: ((performance.now() - started) / 1000).toFixed(2) };
}

/** Every problem, one per line, then what to do, in Thai and in English. */
export function problemLines(run: CheckRun): string[] {
  const n = run.problems.length;
  return [
    ...run.problems.map(formatProblem),
    '',
    `พบปัญหา ${n} รายการใน ${run.root}/ แก้ไขตามข้อความด้านบนแล้วสั่ง npm run check อีกครั้ง`,
    `${n} problem(s) in ${run.root}/: fix them and run npm run check again.`,
  ];
}

/** The line said when every rule holds; before adoption, a second line says the example was checked. */
export function passedLine(run: CheckRun): string {
  const passed = `ตรวจข้อมูล ${run.files} ไฟล์ใน ${run.root}/ ไม่พบปัญหา (${run.seconds} วินาที) / checked ${run.files} files, no problems (${run.seconds} s)`;
  return run.root.startsWith(`${EXAMPLE_DIR}/`) ? `${passed}\n${exampleLine()}` : passed;
}

/** Said whenever the example is what is checked and built: the organization has no data of its own yet. */
export function exampleLine(): string {
  return (
    `ยังไม่มีข้อมูลของหน่วยงานใน content/ จึงใช้หน่วยงานตัวอย่าง (${EXAMPLE_DIR}/) เริ่มใช้กับหน่วยงานของท่านด้วย npm run new-org` +
    ' / no organization in content/ yet: this is the example organization; start your own with npm run new-org'
  );
}
