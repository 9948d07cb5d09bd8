/** Debian's chromium driven by playwright-core (never a downloaded browser), plus axe-core. */
import { chromium, type Browser, type Page } from 'playwright-core';
import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);

export const CHROMIUM = CHROMIUM_PATH;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string | undefined }[];
}

let AXE_SOURCE: string | undefined;
const readAxe = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and best practices; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: every page carries a
  // Content-Security-Policy <meta> that refuses inline scripts, and axe must run under it as published.
  // Once per document: a second run on the same page (e.g. after resizing it) reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((AXE_SOURCE ??= readAxe()));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary of violations for a failing assertion. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');

/** How many pixels of a canvas have been painted: proof that a chart was drawn, not just inserted. */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel);
    if (!canvas) return 0;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  }, selector);
}

/**
 * The value each bar of a horizontal bar chart shows, read back from the pixels: the length of each run
 * of rows painted in the bar colour, scaled by the dashed pass-mark line (drawn at `passMark` in its own
 * colour). Top to bottom. Lets a test compare the drawing with the figures of its table.
 */
export function drawnBarValues(
  page: Page,
  selector: string,
  passMark: number,
  colours = { bar: [0x0b, 0x4f, 0x6c], passLine: [0x9b, 0x2a, 0x1a] },
): Promise<number[]> {
  return page.evaluate(
    ({ sel, mark, bar, passLine }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(sel);
      if (!canvas) return [];
      const { width, height } = canvas;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, width, height);
      const is = (i: number, [r, g, b]: number[]) =>
        data[i + 3] === 255 &&
        Math.abs(data[i]! - r!) < 8 &&
        Math.abs(data[i + 1]! - g!) < 8 &&
        Math.abs(data[i + 2]! - b!) < 8;
      // The pass-mark line: the column with the most pixels of its colour.
      const lineCounts = new Array<number>(width).fill(0);
      const runs: { left: number; right: number }[] = [];
      let current: { left: number; right: number } | null = null;
      for (let y = 0; y < height; y++) {
        let left = -1;
        let right = -1;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (is(i, passLine)) lineCounts[x]!++;
          if (is(i, bar)) {
            if (left < 0) left = x;
            right = x;
          }
        }
        if (left >= 0) {
          current ??= { left, right };
          current.left = Math.min(current.left, left);
          current.right = Math.max(current.right, right);
        } else if (current) {
          runs.push(current);
          current = null;
        }
      }
      if (current) runs.push(current);
      const lineX = lineCounts.indexOf(Math.max(...lineCounts));
      const zero = Math.min(...runs.map((r) => r.left));
      return runs.map((r) => ((r.right + 1 - zero) / (lineX + 1 - zero)) * mark);
    },
    { sel: selector, mark: passMark, bar: colours.bar, passLine: colours.passLine },
  );
}
