import { describe, expect, it } from 'vitest';
import { routes, withBase } from '../../src/lib/site/routes';
import { assessmentChart, indicatorChart, trendChart } from '../../src/lib/ita/chart-data';
import { evaluateAssessment } from '../../src/lib/ita/scoring';
import { itaAssessmentSchema, itaFrameworkSchema } from '../../src/schemas/ita';
import { loadYaml } from './load';

const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
const result = evaluateAssessment(
  framework,
  itaAssessmentSchema.parse(loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml')),
);

describe('published URLs', () => {
  it('are ASCII with a trailing slash', () => {
    expect(routes.ita()).toBe('/ita/');
    expect(routes.itaYear(2566)).toBe('/ita/2566/');
    expect(routes.indicator(2566, 'budget-use')).toBe('/ita/2566/budget-use/');
  });

  it('follow the configured base', () => {
    expect(withBase('/ita/', '/')).toBe('/ita/');
    expect(withBase('/ita/', '/prongsai/')).toBe('/prongsai/ita/');
    expect(withBase('/ita/', '/prongsai')).toBe('/prongsai/ita/');
  });
});

describe('chart tables', () => {
  it('group the ten indicators by tool, with pass/fail in words', () => {
    const chart = assessmentChart(result, String);
    expect(chart.groups.map((g) => [g.label, g.rows.length])).toEqual([
      ['IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', 5],
      ['EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', 3],
      ['OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ', 2],
    ]);
    expect(chart.groups[2]!.rows[0]).toEqual({
      label: '9. การเปิดเผยข้อมูล',
      href: '/ita/2566/information-disclosure/',
      values: [85.5],
      notes: ['ผ่านเกณฑ์'],
    });
    expect(chart.passMark).toBe(85);
  });

  it('show one indicator across years, and the totals as a trend oldest first', () => {
    const later = { ...result, year: 2567, total: 80.1, level: 'ต้องปรับปรุง' };
    const ind = indicatorChart([later, result], 'budget-use', 'การใช้งบประมาณ', String);
    expect(ind.groups[0]!.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['ITA 2566', 67.28],
      ['ITA 2567', 67.28],
    ]);
    const trend = trendChart([later, result], String);
    expect(trend.groups[0]!.rows.map((r) => [r.label, r.values[0], r.notes])).toEqual([
      ['ITA 2566', 74.58, ['ต้องปรับปรุง', 'ต่ำกว่าเกณฑ์']],
      ['ITA 2567', 80.1, ['ต้องปรับปรุง', 'ต่ำกว่าเกณฑ์']],
    ]);
  });
});
