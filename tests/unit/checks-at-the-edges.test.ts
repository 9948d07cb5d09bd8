// What staff must be told, and what the open data must keep: a file named for another year, an
// assessment without its framework, a CSV cell with a lone carriage return, and the importer's choice
// of the timeframe cell. Through the public functions, so a rewrite of their insides keeps these.
import { describe, expect, it } from 'vitest';
import { assessmentFileProblems, planFileProblems } from '../../src/lib/content-check/rules';
import { csvCell, parseCsv } from '../../src/lib/open-data/csv';
import { readMeasuresTable } from '../../src/lib/import/report-table';
import { splitLines } from '../../src/lib/import/report-text';
import { isoDate } from '../../src/lib/thai/format';
import type { ItaAssessment } from '../../src/schemas/ita';
import type { MeasuresPlan } from '../../src/schemas/measures';

const assessment = (year: number) => ({ year, source: 's', scores: [] }) as unknown as ItaAssessment;
const plan = (fiscalYear: number, assessmentYear: number) =>
  ({ fiscalYear, assessmentYear, topics: [] }) as unknown as MeasuresPlan;

describe('content files against each other', () => {
  it('reports an assessment whose year has no framework file, and one named for another year', () => {
    expect(assessmentFileProblems('2566', assessment(2566), new Set([2566]), 'a.yaml')).toEqual([]);
    expect(assessmentFileProblems('2567', assessment(2567), new Set([2566]), 'a.yaml')).toEqual([
      { file: 'a.yaml', field: 'year', code: 'assessment.no-framework', params: { year: 2567 }, found: '2567' },
    ]);
    expect(assessmentFileProblems('2566', assessment(2567), new Set([2566, 2567]), 'a.yaml')).toEqual([
      { file: 'a.yaml', field: 'year', code: 'assessment.file-name', params: { year: 2567 }, found: '2567' },
    ]);
  });

  it('reports a measures file named for another fiscal year, and a plan based on a missing assessment', () => {
    const years = new Set([2566]);
    expect(planFileProblems('2567', plan(2567, 2566), years, years, 'm.yaml')).toEqual([]);
    expect(planFileProblems('2568', plan(2567, 2566), years, years, 'm.yaml')).toEqual([
      { file: 'm.yaml', field: 'fiscalYear', code: 'plan.file-name', params: { year: 2567 }, found: '2567' },
    ]);
    const noAssessment = {
      file: 'm.yaml',
      field: 'assessmentYear',
      code: 'plan.no-assessment',
      params: { year: 2565 },
      found: '2565',
    };
    expect(planFileProblems('2567', plan(2567, 2565), years, years, 'm.yaml')).toEqual([noAssessment]);
    expect(planFileProblems('2567', plan(2567, 2565), new Set([2565]), years, 'm.yaml')).toEqual([noAssessment]);
    expect(planFileProblems('2567', plan(2567, 2565), years, new Set([2565]), 'm.yaml')).toEqual([noAssessment]);
  });
});

describe('CSV cells', () => {
  it('quotes a cell holding a lone carriage return or a lone line feed, and reads it back whole', () => {
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(parseCsv(`x,${csvCell('a\rb')}\r\n`)).toEqual([['x', 'a\rb']]);
  });

  it('quotes a cell that starts or ends with a space, and leaves inner spaces alone', () => {
    expect([csvCell(' a'), csvCell('a '), csvCell('a b')]).toEqual(['" a"', '"a "', 'a b']);
  });
});

describe('the timeframe cell of a measures row', () => {
  const HEADER = 'หัวข้อ\tมาตรการ\tผู้รับผิดชอบ\tขั้นตอน\tหมายเหตุ\tระยะเวลาดำเนินงาน';
  const read = (row: string) => {
    const m = readMeasuresTable(splitLines([HEADER, row].join('\n')), 0).topics[0]!.measures[0]!;
    return [isoDate(m.start), isoDate(m.end)];
  };

  it('is the last cell from the fifth on that is not empty', () => {
    expect(read('1. ก\tข\tสำนักปลัด\tค\t1 ต.ค. 2566 - 31 ธ.ค. 2566\t1 ม.ค. 2567 - 30 ก.ย. 2567')).toEqual([
      '2024-01-01',
      '2024-09-30',
    ]);
    expect(read('1. ก\tข\tสำนักปลัด\tค\t1 ต.ค. 2566 - 31 ธ.ค. 2566\t')).toEqual(['2023-10-01', '2023-12-31']);
  });

  it('is never the steps cell, even when the steps are a date range', () => {
    expect(read('1. ก\tข\tสำนักปลัด\t1 ต.ค. 2566 - 31 ธ.ค. 2566\t\t1 ม.ค. 2567 - 30 ก.ย. 2567')).toEqual([
      '2024-01-01',
      '2024-09-30',
    ]);
  });
});
