/**
 * The page's entry for its charts: chart.js (the bulk of the page's script) is fetched, parsed and
 * run only after the page has painted and the browser is idle, and only when the page has a chart.
 * The tables are the content; the drawing comes after them (bench/phone.mjs: blocking time on a
 * slow phone).
 */
export function drawChartsWhenIdle() {
  if (!document.querySelector('figure[data-chart]')) return;
  const start = () => {
    // Without the chart (a failed download) the figure keeps its table.
    void import('./score-chart').then((m) => m.drawChartsOnPage());
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 200);
}
