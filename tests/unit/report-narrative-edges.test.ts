// The report page the importer writes from a report's text (src/lib/import/report-narrative.ts), line for
// line for a small report: what is kept as prose, what becomes a heading, which figures become <Score>, and
// where the measures table (not copied) starts.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/import/report';
import { mdxText, narrativeFile } from '../../src/lib/import/report-narrative';
import type { FrameworkIndicator } from '../../src/lib/import/report-content';

const INDICATORS: FrameworkIndicator[] = [
  { number: 1, slug: 'duty-performance', name: 'การปฏิบัติหน้าที่' },
  { number: 2, slug: 'budget-use', name: 'การใช้งบประมาณ' },
];
const HEADER = 'หัวข้อ\tมาตรการ\tผู้รับผิดชอบ\tขั้นตอน\tระยะเวลาดำเนินงาน';
const ROW = (n: number, topic: string) => `${n}. ${topic}\tรายงานผล\tกองคลัง\tจัดทำ\t1 ต.ค. 2566 - 30 ก.ย. 2567`;

/** A short report with every kind of line the narrative treats differently. */
const TEXT = [
  'รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566',
  '',
  'ได้คะแนนรวม ๗๒.๘๐ คะแนน {ผ่าน}',
  'ตัวชี้วัดของการประเมิน ITA\tประเด็นที่ต้องแก้ไข',
  '<b>แบบวัด (IIT)</b>\t',
  '1. การปฏิบัติหน้าที่ 78.31 คะแนน\tรักษาระดับ {ดี}',
  '2. การใช้งบประมาณ',
  '67.28',
  'ตัวชี้วัดที่ 2 ต่ำกว่า *85*',
  'ควรปรับปรุง',
  '๒) แนวทางในปีงบประมาณ พ.ศ. 2567',
  'หัวข้อ\tหมายเหตุ',
  'จากการประชุม เมื่อวันที่ 30 ธันวาคม 2566 ผู้บริหาร ได้ร่วมกันพิจารณา',
  HEADER,
  // Text inside the table, before its first row: not prose of the report.
  'ตารางที่ 1',
  'หัวข้อที่ควรพัฒนา',
  '--\t--\t--',
  ROW(1, 'การใช้งบประมาณ'),
  // The header repeated after a page break, and the page's number.
  HEADER,
  'หน้า 2',
  ROW(2, 'การบริหารงาน'),
  'ข้อความหลังตาราง',
].join('\n');

const page = (text: string) => narrativeFile(text, parseReport(text, { indicators: [1, 2] }), 'อบต.ตัวอย่าง', INDICATORS);

describe('the report page of a small report', () => {
  it('keeps the prose up to the measures table, with the figures as Score components and markup escaped', () => {
    expect(page(TEXT)).toEqual({
      path: 'ita/reports/2566.mdx',
      text: [
        '---',
        '# ข้อความของรายงานนี้มาจากรายงานการวิเคราะห์ผลการประเมิน ITA ปี 2566 ของอบต.ตัวอย่าง (นำเข้าด้วย npm run import)',
        '# คะแนนทุกตัวเป็นคอมโพเนนต์ <Score> ที่อ่านจาก content/ita/assessments/2566.yaml จึงตรงกับผลการประเมินเสมอ',
        'title: "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ปี 2566"',
        'source: "รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566"',
        'example: false',
        '---',
        '',
        'รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566',
        '',
        'ได้คะแนนรวม <Score year={2566} /> คะแนน \\{ผ่าน\\}',
        '',
        '## แบบวัด (IIT)',
        '',
        '1. การปฏิบัติหน้าที่ <Score year={2566} indicator="duty-performance" /> คะแนน (รักษาระดับ \\{ดี\\})',
        '2. การใช้งบประมาณ <Score year={2566} indicator="budget-use" /> คะแนน',
        '',
        'ตัวชี้วัดที่ 2 ต่ำกว่า \\*85\\*',
        '',
        'ควรปรับปรุง',
        '',
        '## ๒) แนวทางในปีงบประมาณ พ.ศ. 2567',
        '',
        'จากการประชุม เมื่อวันที่ 30 ธันวาคม 2566 ผู้บริหาร ได้ร่วมกันพิจารณา',
        '',
      ].join('\n'),
    });
  });

  it('starts a new list when a paragraph comes between two scores', () => {
    const split = TEXT.replace('2. การใช้งบประมาณ\n67.28', 'ข้อสังเกต\n2. การใช้งบประมาณ\n67.28');
    expect(page(split).text).toContain(
      '\n1. การปฏิบัติหน้าที่ <Score year={2566} indicator="duty-performance" /> คะแนน (รักษาระดับ \\{ดี\\})\n\nข้อสังเกต\n\n2. การใช้งบประมาณ <Score year={2566} indicator="budget-use" /> คะแนน\n',
    );
  });

  it('without a header row the table starts at its first topic, and a score of an indicator the framework lacks has no slug', () => {
    const bare = [
      '1. การปฏิบัติหน้าที่ 78.31 คะแนน',
      '2. การใช้งบประมาณ 67.28 คะแนน',
      'แนวทางในปีงบประมาณ พ.ศ. 2567',
      ROW(1, 'การใช้งบประมาณ'),
    ].join('\n');
    const file = narrativeFile(bare, parseReport(bare, { indicators: [1, 2] }), 'อบต.ตัวอย่าง', INDICATORS.slice(0, 1));
    expect(file.text.split('---\n')[2]).toBe(
      [
        '',
        '1. การปฏิบัติหน้าที่ <Score year={2566} indicator="duty-performance" /> คะแนน',
        '2. การใช้งบประมาณ <Score year={2566} indicator="" /> คะแนน',
        '',
        '## แนวทางในปีงบประมาณ พ.ศ. 2567',
        '',
      ].join('\n'),
    );
  });
});

describe('text that MDX reads as markup', () => {
  it('every such character is escaped with a backslash', () => {
    expect(mdxText('<>{}\\*_`[]#|')).toBe('\\<\\>\\{\\}\\\\\\*\\_\\`\\[\\]\\#\\|');
    expect(mdxText('ก (ข) - ค.')).toBe('ก (ข) - ค.');
  });
});

describe('the report page at its edges', () => {
  const body = (text: string, indicators = [1, 2]) =>
    narrativeFile(text, parseReport(text, { indicators }), 'อบต.ตัวอย่าง', INDICATORS).text.split('---\n')[2];

  it('a report without a heading before its table keeps its prose up to the table header', () => {
    const text = ['1. การปฏิบัติหน้าที่ 78.31 คะแนน', '2. การใช้งบประมาณ 67.28 คะแนน', 'สรุปผล', HEADER, ROW(1, 'ก')].join(
      '\n',
    );
    expect(body(text)).toBe(
      [
        '',
        '1. การปฏิบัติหน้าที่ <Score year={2566} indicator="duty-performance" /> คะแนน',
        '2. การใช้งบประมาณ <Score year={2566} indicator="budget-use" /> คะแนน',
        '',
        'สรุปผล',
        '',
      ].join('\n'),
    );
  });

  it('a paragraph that mentions a numbered item ends the list of scores', () => {
    const text = [
      '1. การปฏิบัติหน้าที่ 78.31 คะแนน',
      'ตามข้อ 1. ควรรักษาระดับ',
      '2. การใช้งบประมาณ 67.28 คะแนน',
      HEADER,
      ROW(1, 'ก'),
    ].join('\n');
    expect(body(text)).toContain('\n\nตามข้อ 1. ควรรักษาระดับ\n\n2. การใช้งบประมาณ');
  });

  it('indicators numbered from 10 on are one list', () => {
    const text = ['10. การบริหาร 80.00 คะแนน', '11. การพัฒนา 70.00 คะแนน', HEADER, ROW(1, 'ก')].join('\n');
    expect(body(text, [10, 11])).toBe(
      [
        '',
        '10. การบริหาร <Score year={2566} indicator="" /> คะแนน',
        '11. การพัฒนา <Score year={2566} indicator="" /> คะแนน',
        '',
      ].join('\n'),
    );
  });
});
