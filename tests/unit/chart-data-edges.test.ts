// The tables the charts are drawn from, at the pass mark: exactly 85.00 reads "ผ่านเกณฑ์" in every chart.
import { describe, expect, it } from 'vitest';
import { assessmentChart, indicatorChart, PASS_TEXT, trendChart } from '../../src/lib/ita/chart-data';
import { evaluateAssessment, type AssessmentResult } from '../../src/lib/ita/scoring';
import { loadYaml } from './load';
import { itaFrameworkSchema, type ItaFramework } from '../../src/schemas/ita';

const frameworkOf = (year: number) => itaFrameworkSchema.parse(loadYaml(`nacc/ita/frameworks/${year}.yaml`));

/** The result of `framework` with indicator n scored scores[n - 1]. */
function result(framework: ItaFramework, scores: readonly number[], year = framework.year): AssessmentResult {
  return evaluateAssessment(
    { ...framework, year },
    {
      year,
      source: 'ทดสอบ',
      scores: framework.indicators.map((i) => ({ indicator: i.number, score: scores[i.number - 1]!, note: '' })),
    },
  );
}

const atMark = [85, 84.99, 90, 85, 85, 85, 85, 85, 85, 85];
const thaiNumber = (n: number) => `#${n}`;

// Every figure is computed inside its test, so Stryker's per-test coverage sees which test reads it.
const yearChart = () => assessmentChart(result(frameworkOf(2568), atMark), thaiNumber);

describe('the year chart at the pass mark', () => {
  it('marks an indicator of exactly 85.00 as passing and 84.99 as below the mark', () => {
    const chart = yearChart();
    const rows = chart.groups.flatMap((g) => g.rows);
    expect(rows.slice(0, 3).map((r) => [r.values, r.notes])).toEqual([
      [[85], [PASS_TEXT.passed]],
      [[84.99], [PASS_TEXT.failed]],
      [[90], [PASS_TEXT.passed]],
    ]);
    expect(PASS_TEXT).toEqual({ passed: 'ผ่านเกณฑ์', failed: 'ต่ำกว่าเกณฑ์' });
  });

  it('writes the year, the indicator numbers and the pass mark with the digits it is given', () => {
    const chart = yearChart();
    expect(chart.caption).toBe('คะแนนรายตัวชี้วัด ITA ปี #2568 เทียบกับเกณฑ์ผ่าน #85 คะแนน');
    expect([chart.rowHeader, chart.series, chart.noteHeaders, chart.passMark]).toEqual([
      'ตัวชี้วัด',
      ['คะแนน'],
      ['ผลเทียบเกณฑ์'],
      85,
    ]);
    expect(chart.groups[0]!.rows[0]!.label.startsWith('#1. ')).toBe(true);
  });

  it('adds the comparison as a second series, with a gap where it has no figure', () => {
    const fw = frameworkOf(2568);
    const withRef = evaluateAssessment(fw, {
      year: 2568,
      source: 'ทดสอบ',
      scores: fw.indicators.map((i) => ({ indicator: i.number, score: atMark[i.number - 1]!, note: '' })),
      reference: { label: 'ค่าเฉลี่ยประเทศ', source: 'ทดสอบ', example: true, scores: [{ indicator: 1, score: 80 }] },
    });
    const c = assessmentChart(withRef, String);
    expect(c.series).toEqual(['คะแนน', 'ค่าเฉลี่ยประเทศ']);
    expect(c.groups[0]!.rows.slice(0, 2).map((r) => r.values)).toEqual([
      [85, 80],
      [84.99, null],
    ]);
  });
});

describe('an indicator across years', () => {
  const fw = frameworkOf(2568);
  const older = () => result(fw, [84.99, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2566);
  const newer = () => result(fw, [85, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2567);
  const slug = fw.indicators[0]!.slug;

  it('marks exactly 85.00 as passing, oldest year first', () => {
    const c = indicatorChart([newer(), older()], slug, 'ทดสอบ', String);
    expect(c.groups[0]!.rows.map((r) => [r.label, r.values, r.notes, r.href])).toEqual([
      ['ITA 2566', [84.99], ['ต่ำกว่าเกณฑ์'], `/ita/2566/${slug}/`],
      ['ITA 2567', [85], ['ผ่านเกณฑ์'], `/ita/2567/${slug}/`],
    ]);
    expect([c.caption, c.rowHeader, c.series, c.noteHeaders]).toEqual([
      'คะแนนตัวชี้วัดทดสอบ ในแต่ละปีที่ประเมิน เทียบกับเกณฑ์ผ่าน 85 คะแนน',
      'ปีที่ประเมิน',
      ['คะแนน'],
      ['ผลเทียบเกณฑ์'],
    ]);
    expect(c.groups.map((g) => g.label)).toEqual([null]);
  });

  it('measures every year against the pass mark of the newest year that has the indicator', () => {
    const strict = { ...newer(), passMark: 90 };
    const c = indicatorChart([older(), strict], slug, 'ทดสอบ', String);
    expect([c.passMark, c.groups[0]!.rows.map((r) => r.notes![0])]).toEqual([90, ['ต่ำกว่าเกณฑ์', 'ต่ำกว่าเกณฑ์']]);
    const later = { ...strict, year: 2569, passMark: 80, indicators: [] };
    expect(indicatorChart([older(), strict, later], slug, 'ทดสอบ', String).passMark).toBe(90);
  });

  it('refuses an indicator no assessment has', () => {
    expect(() => indicatorChart([older()], 'no-such', 'x', String)).toThrow('No assessment has the indicator no-such');
  });
});

describe('the trend of totals', () => {
  const fw = frameworkOf(2568);
  const at85 = () => result(fw, Array(10).fill(85), 2567);
  const below = () => result(fw, Array(10).fill(84.99), 2566);

  it('marks a total of exactly 85.00 as passing, oldest first, with its level', () => {
    const c = trendChart([at85(), below()], String);
    expect(c.groups[0]!.rows.map((r) => [r.label, r.values, r.notes, r.href])).toEqual([
      ['ITA 2566', [84.99], ['ต้องปรับปรุง', 'ต่ำกว่าเกณฑ์'], '/ita/2566/'],
      ['ITA 2567', [85], ['ผ่านดี', 'ผ่านเกณฑ์'], '/ita/2567/'],
    ]);
    expect([c.caption, c.rowHeader, c.series, c.noteHeaders]).toEqual([
      'คะแนนรวม ITA ในแต่ละปี เทียบกับเกณฑ์ผ่าน 85 คะแนน',
      'ปีที่ประเมิน',
      ['คะแนนรวม'],
      ['ระดับ', 'ผลเทียบเกณฑ์'],
    ]);
  });

  it('judges each year by its own pass mark and draws the line of the newest', () => {
    const c = trendChart(
      [
        { ...at85(), passMark: 80 },
        { ...below(), passMark: 84 },
      ],
      String,
    );
    expect(c.groups[0]!.rows.map((r) => r.notes![1])).toEqual(['ผ่านเกณฑ์', 'ผ่านเกณฑ์']);
    expect(c.passMark).toBe(80);
    const three = trendChart([{ ...at85(), year: 2568, passMark: 70 }, { ...below(), passMark: 84 }, at85()], String);
    expect([three.passMark, three.groups[0]!.rows.map((r) => r.label)]).toEqual([
      70,
      ['ITA 2566', 'ITA 2567', 'ITA 2568'],
    ]);
    expect(three.groups.map((g) => g.label)).toEqual([null]);
  });

  it('needs at least one assessment', () => {
    expect(() => trendChart([], String)).toThrow('A trend needs at least one assessment');
  });
});
