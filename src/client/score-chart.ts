/**
 * Draws a horizontal bar chart from each `figure[data-chart]` table. Only the chart.js pieces used
 * here are registered, so the bundle stays small. The table stays on the page: it is the text form.
 */
import { placeValueLabel } from '../lib/ita/value-label';
import { wrapLabel } from '../lib/thai/wrap-label';
import { pageCompounds } from './page-compounds';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const SERIES_COLOURS = ['#0b4f6c', '#b35c00', '#6b4fa0'];

interface TableData {
  labels: string[];
  series: { label: string; values: (number | null)[]; texts: string[] }[];
}

export function readTable(figure: HTMLElement): TableData {
  const series = [...figure.querySelectorAll<HTMLElement>('thead th[data-series]')].map((th) => ({
    label: th.dataset.series ?? '',
    values: [] as (number | null)[],
    texts: [] as string[],
  }));
  const labels: string[] = [];
  for (const row of figure.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) {
    labels.push(row.dataset.row ?? '');
    row.querySelectorAll<HTMLElement>('td[data-value]').forEach((cell, i) => {
      const raw = cell.dataset.value ?? '';
      series[i]?.values.push(raw === '' ? null : Number(raw));
      series[i]?.texts.push(cell.textContent?.trim() ?? '');
    });
  }
  return { labels, series };
}

/**
 * Draws the pass mark as a dashed line with its label, so the threshold does not rely on colour, and
 * writes each bar's figure (as the table shows it) where it never touches the line: past the bar,
 * inside its end, or past the line (src/lib/ita/value-label.ts). The boxes of the figures and the
 * line's position are left on the figure (data-value-labels, data-pass-line-x) for the tests.
 */
const annotations = (
  value: number,
  label: string,
  series: TableData['series'],
  figure: HTMLElement,
): Plugin<'bar'> => ({
  id: 'prongsaiAnnotations',
  afterDatasetsDraw(chart) {
    const x = chart.scales.x;
    const { top, bottom } = chart.chartArea;
    if (!x) return;
    const px = x.getPixelForValue(value);
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = '#9b2a1a';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(px, top);
    ctx.lineTo(px, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#9b2a1a';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(label, px - 4, top - 2);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    const boxes: number[][] = [];
    chart.data.datasets.forEach((_, d) => {
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const text = series[d]?.texts[i];
        if (!text || series[d]?.values[i] === null) return;
        const { x: barEnd, y, base } = bar.getProps(['x', 'y', 'base']) as { x: number; y: number; base: number };
        const width = ctx.measureText(text).width;
        const place = placeValueLabel({ barStart: base, barEnd, textWidth: width, lineX: px, right: chart.width });
        ctx.fillStyle = place.where === 'inside-bar' ? '#ffffff' : '#1b1f24';
        ctx.fillText(text, place.left, y);
        boxes.push([Math.round(place.left * 10) / 10, Math.round((place.left + width) * 10) / 10, Math.round(y)]);
      });
    });
    ctx.restore();
    figure.dataset.valueLabels = JSON.stringify(boxes);
    figure.dataset.passLineX = String(Math.round(px * 10) / 10);
  },
});

/** The widest figure as the chart writes it, so the canvas keeps room for it right of a full bar. */
function widestText(series: TableData['series'], font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 48;
  ctx.font = font;
  return Math.max(0, ...series.flatMap((s) => s.texts.map((t) => ctx.measureText(t).width)));
}

async function draw(figure: HTMLElement) {
  const holder = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  if (!holder || holder.querySelector('canvas')) return;
  const { labels, series } = readTable(figure);
  const passMark = Number(figure.dataset.passMark);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', figure.dataset.label ?? '');
  holder.style.height = `${Math.max(160, labels.length * Math.max(series.length * 30, holder.clientWidth < 480 ? 44 : 30) + 90)}px`;
  holder.append(canvas);
  // The page's layout with the canvas in place is worked out in this task, the chart in the next one.
  const width = holder.clientWidth;
  await nextTask();
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  new Chart(canvas, {
    type: 'bar',
    data: {
      // Long Thai names wrap at word boundaries so a phone shows them whole.
      labels: labels.map((l) => wrapLabel(l, width < 480 ? 14 : width < 768 ? 22 : 40, pageCompounds())),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        borderRadius: 3,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      layout: { padding: { top: 18, right: Math.ceil(widestText(series, `14px ${Chart.defaults.font.family}`)) + 8 } },
      scales: {
        x: { min: 0, max: 100 },
        y: { ticks: { autoSkip: false, font: { size: 13 } } },
      },
      plugins: { legend: { display: series.length > 1 } },
    },
    plugins: [annotations(passMark, figure.dataset.passLabel ?? '', series, figure)],
  });
  figure.dataset.chartReady = 'true';
}

export async function drawChartsOnPage() {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (!figures.length) return;
  // Thai labels drawn before the web font arrives would stay in a fallback font.
  const fontFamily = getComputedStyle(document.body).fontFamily;
  await Promise.all([document.fonts.load(`400 14px ${fontFamily}`, 'กขค'), document.fonts.ready]).catch(
    () => undefined,
  );
  Chart.defaults.font.family = fontFamily;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1b1f24';
  // Each chart is drawn in its own task, so no single task blocks the page for long on a slow phone.
  for (const figure of figures) {
    await nextTask();
    await draw(figure);
  }
}

/** Gives the browser its turn (input, paint) before the next piece of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
