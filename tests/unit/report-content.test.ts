// What the importer writes (src/lib/import/report-content.ts), line for line, for a small report: the
// assessment file and the measures plan as staff would write them by hand, and what a re-import keeps
// from the plans staff already wrote.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/import/report';
import {
  assessmentFile,
  measuresFile,
  meetingBody,
  proposeIndicators,
  reportFiles,
  splitUnits,
  type ExistingPlan,
  type FrameworkIndicator,
} from '../../src/lib/import/report-content';

const ORG = 'อบต.ตัวอย่าง';
const HEADER = 'หัวข้อ\tมาตรการ\tผู้รับผิดชอบ\tขั้นตอน\tระยะเวลาดำเนินงาน';
const FY2567 = '1 ต.ค. 2566 - 30 ก.ย. 2567';
const INDICATORS: FrameworkIndicator[] = [
  { number: 1, slug: 'duty-performance', name: 'การปฏิบัติหน้าที่' },
  { number: 2, slug: 'budget-use', name: 'การใช้งบประมาณ' },
];

/** A report of two indicators with a title, a heading, a meeting and two topics, one of them in two rows. */
const SMALL = [
  'รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566',
  '1. การปฏิบัติหน้าที่ 78.31 คะแนน\tรักษาระดับ',
  '2. การใช้งบประมาณ 67.28 คะแนน',
  '๒) แนวทางในปีงบประมาณ พ.ศ. 2567',
  'จากการประชุม เมื่อวันที่ 30 ธันวาคม 2566 ผู้บริหารและพนักงาน ได้ร่วมกันพิจารณา',
  HEADER,
  `1. การใช้งบประมาณ\t<ul><li>รายงานผลการจัดซื้อ</li><li>ติดตามการเบิกจ่าย</li></ul>\tกองคลัง/ งานพัสดุ\t1. จัดทำ 2. เผยแพร่\t${FY2567}`,
  '\tสรุปผล\tกองคลัง\tสรุปรายไตรมาส\t1 ม.ค. 2567 - 30 ก.ย. 2567',
  'การบริหารงาน\tประชุมประจำเดือน\tสำนักปลัด\tประชุม\tตลอดปีงบประมาณ 2567',
].join('\n');

/** The same scores with no title, heading or meeting, and three one-row topics. */
const BARE = [
  '1. การปฏิบัติหน้าที่ 78.31 คะแนน',
  '2. การใช้งบประมาณ 67.28 คะแนน',
  HEADER,
  `1. การใช้งบประมาณ\t<ul><li>รายงานผลการจัดซื้อ</li><li>ติดตามการเบิกจ่าย</li></ul>\tกองคลัง\t1. จัดทำ 2. เผยแพร่\t${FY2567}`,
  `2. การบริหารงาน\tประชุมประจำเดือน\tสำนักปลัด\tประชุม\t${FY2567}`,
  `3. การบริการ\tสำรวจความพึงพอใจ\tสำนักปลัด\tสำรวจ\t${FY2567}`,
].join('\n');

const read = (text: string) => parseReport(text, { indicators: [1, 2] });

describe('the assessment file', () => {
  it('has the report title as its source, each score with two decimals and its note quoted', () => {
    expect(assessmentFile(read(SMALL), ORG)).toEqual({
      path: 'ita/assessments/2566.yaml',
      text: [
        '# ผลการประเมิน ITA ปี 2566 ของอบต.ตัวอย่าง',
        '# คะแนนจากรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ส่วนที่ 1)',
        '# indicator คือเลขตัวชี้วัดตามกรอบการประเมินของปีเดียวกัน (nacc/ita/frameworks/2566.yaml)',
        '# note คือ "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ"',
        'year: 2566',
        'source: รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566',
        'scores:',
        '  - { indicator: 1, score: 78.31, note: "รักษาระดับ" }',
        '  - { indicator: 2, score: 67.28, note: "" }',
        '',
      ].join('\n'),
    });
  });

  it('without a title names the report by its usual title, and says when the notes column was left empty', () => {
    expect(assessmentFile(read(BARE), ORG).text).toBe(
      [
        '# ผลการประเมิน ITA ปี 2566 ของอบต.ตัวอย่าง',
        '# คะแนนจากรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ส่วนที่ 1)',
        '# indicator คือเลขตัวชี้วัดตามกรอบการประเมินของปีเดียวกัน (nacc/ita/frameworks/2566.yaml)',
        '# note คือ "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ" (รายงานปีนี้เว้นว่างไว้)',
        'year: 2566',
        'source: รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566 อบต.ตัวอย่าง',
        'scores:',
        '  - { indicator: 1, score: 78.31, note: "" }',
        '  - { indicator: 2, score: 67.28, note: "" }',
        '',
      ].join('\n'),
    );
  });
});

describe('the measures plan', () => {
  it('is written as staff would write it: header, heading as title, meeting, topics, and what to review', () => {
    expect(measuresFile(read(SMALL), ORG, INDICATORS)).toEqual({
      path: 'measures/2567.yaml',
      text: [
        '# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567',
        '# ที่มา: รายงานการวิเคราะห์ผลการประเมิน ITA ปี 2566 ส่วนที่ 2 (ข้อความตามที่หน่วยงานเขียนไว้)',
        '# นำเข้าด้วย npm run import: ตรวจดูบรรทัดที่มีคำว่า "ตรวจสอบ" ก่อนเผยแพร่',
        '',
        '# วิธีแก้ไขไฟล์นี้',
        '# - fiscalYear     ปีงบประมาณของแผน (ชื่อไฟล์ต้องเป็นปีเดียวกัน เช่น 2567.yaml)',
        '# - assessmentYear ปีของผลการประเมิน ITA ที่นำมาวิเคราะห์ (ตัวชี้วัดใน indicators ตรวจกับกรอบการประเมินปีนี้)',
        '# - วันที่ พิมพ์ได้อย่างที่เขียนในหนังสือราชการ เช่น "๑ ต.ค.๒๕๖๖", "1 ต.ค. 2566", "30 กันยายน 2567"',
        '# - timeframe      ระยะเวลาดำเนินงาน "วันเริ่ม - วันสิ้นสุด"',
        '# - slug และ id    ภาษาอังกฤษตัวเล็กและขีดกลาง ใช้เป็นที่อยู่เว็บ (#หัวข้อ) ห้ามเปลี่ยนเมื่อเผยแพร่แล้ว',
        '# - indicators     ตัวชี้วัด ITA ที่หัวข้อนี้มุ่งแก้ไข: slug ของตัวชี้วัด (ดู nacc/ita/frameworks/<ปี>.yaml) หรือเลขตัวชี้วัด',
        '# - steps          ขั้นตอน/วิธีการปฏิบัติ เรียงตามลำดับ ใส่ที่หัวข้อ หรือที่มาตรการแต่ละรายการ',
        '# - status         planned = ยังไม่เริ่ม, in-progress = กำลังดำเนินการ, done = ดำเนินการแล้ว, dropped = ยกเลิก',
        '# - progress       ความก้าวหน้า: - { date: "15 ม.ค. 2567", text: ..., evidence: { label: ..., url: /documents/... } }',
        'fiscalYear: 2567',
        'assessmentYear: 2566',
        'title: แนวทางในปีงบประมาณ พ.ศ. 2567',
        'source: รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2566',
        'meeting:',
        '  date: "30 ธันวาคม 2566"',
        '  body: ผู้บริหารและพนักงาน อบต.ตัวอย่าง',
        '  text: จากการประชุม เมื่อวันที่ 30 ธันวาคม 2566 ผู้บริหารและพนักงาน ได้ร่วมกันพิจารณา',
        '',
        'topics:',
        '  - number: 1',
        '    # ตรวจสอบ: slug และ id ตั้งให้อัตโนมัติ เปลี่ยนเป็นคำภาษาอังกฤษที่สื่อความหมายได้ก่อนเผยแพร่ครั้งแรก',
        '    slug: topic-1',
        '    title: การใช้งบประมาณ',
        '    measures:',
        '      - id: topic-1-1',
        '        text: รายงานผลการจัดซื้อ',
        '        status: planned',
        '        steps:',
        '          - จัดทำ',
        '          - เผยแพร่',
        '      - id: topic-1-2',
        '        text: ติดตามการเบิกจ่าย',
        '        status: planned',
        '        steps:',
        '          - จัดทำ',
        '          - เผยแพร่',
        '      - id: topic-1-3',
        '        text: สรุปผล',
        '        status: planned',
        '        steps:',
        '          - สรุปรายไตรมาส',
        '    # รายงานเขียนว่า "กองคลัง/ งานพัสดุ" ในช่อง "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง"',
        '    units:',
        '      responsible: [กองคลัง]',
        '      related: [งานพัสดุ]',
        '    timeframe: "1 ต.ค. 2566 - 30 ก.ย. 2567"',
        '    # 2 การใช้งบประมาณ',
        '    # ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ',
        '    indicators: [budget-use]',
        '',
        '  - number: 2',
        '    # ตรวจสอบ: slug และ id ตั้งให้อัตโนมัติ เปลี่ยนเป็นคำภาษาอังกฤษที่สื่อความหมายได้ก่อนเผยแพร่ครั้งแรก',
        '    slug: topic-2',
        '    title: การบริหารงาน',
        '    measures:',
        '      - id: topic-2-1',
        '        text: ประชุมประจำเดือน',
        '        status: planned',
        '    units:',
        '      responsible: [สำนักปลัด]',
        '      related: []',
        '    steps:',
        '      - ประชุม',
        '    # รายงานเขียนว่า "ตลอดปีงบประมาณ 2567"',
        '    timeframe: "1 ต.ค. 2566 - 30 ก.ย. 2567"',
        '    # 1 การปฏิบัติหน้าที่, 2 การใช้งบประมาณ',
        '    # ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ',
        '    indicators: [duty-performance, budget-use]',
        '',
      ].join('\n'),
    });
  });

  it('on re-import keeps what staff wrote: slugs, ids, status, progress and indicators from the same year, slugs from the newest other year', () => {
    const existing: ExistingPlan[] = [
      {
        fiscalYear: 2565,
        topics: [{ title: 'การบริหารงาน', slug: 'old-management', indicators: ['duty-performance'] }],
      },
      {
        fiscalYear: '2567',
        topics: [
          {
            title: 'การใช้งบประมาณ',
            slug: 'budget',
            indicators: [1, 'budget-use', 'unknown'],
            measures: [
              {
                id: 'procurement-report',
                text: 'รายงานผลการจัดซื้อ',
                status: 'done',
                progress: [{ date: '15 ม.ค. 2567', text: 'รายงานแล้ว' }],
              },
              { id: 'x', text: 'อื่น', status: 'dropped' },
            ],
          },
          { title: 'การบริการ', slug: 'Bad Slug' },
        ],
      },
      { fiscalYear: 2566, topics: [{ title: 'การบริหารงาน', slug: 'management', indicators: [] }] },
    ];
    const text = measuresFile(read(BARE), ORG, INDICATORS, existing).text;
    expect(text.slice(text.indexOf('fiscalYear:'))).toBe(
      [
        'fiscalYear: 2567',
        'assessmentYear: 2566',
        'title: มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567',
        'source: รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566 อบต.ตัวอย่าง',
        '',
        'topics:',
        '  - number: 1',
        '    slug: budget',
        '    title: การใช้งบประมาณ',
        '    measures:',
        '      - id: procurement-report',
        '        text: รายงานผลการจัดซื้อ',
        '        status: done',
        '        progress:',
        '          - date: 15 ม.ค. 2567',
        '            text: รายงานแล้ว',
        '      - id: budget-2',
        '        text: ติดตามการเบิกจ่าย',
        '        status: planned',
        '    units:',
        '      responsible: [กองคลัง]',
        '      related: []',
        '    steps:',
        '      - จัดทำ',
        '      - เผยแพร่',
        '    timeframe: "1 ต.ค. 2566 - 30 ก.ย. 2567"',
        '    # 1 การปฏิบัติหน้าที่, 2 การใช้งบประมาณ',
        '    indicators: [1, budget-use]',
        '',
        '  - number: 2',
        '    # ตรวจสอบ: slug และ id ตั้งให้อัตโนมัติ เปลี่ยนเป็นคำภาษาอังกฤษที่สื่อความหมายได้ก่อนเผยแพร่ครั้งแรก',
        '    slug: management',
        '    title: การบริหารงาน',
        '    measures:',
        '      - id: management-1',
        '        text: ประชุมประจำเดือน',
        '        status: planned',
        '    units:',
        '      responsible: [สำนักปลัด]',
        '      related: []',
        '    steps:',
        '      - ประชุม',
        '    timeframe: "1 ต.ค. 2566 - 30 ก.ย. 2567"',
        '    # 1 การปฏิบัติหน้าที่, 2 การใช้งบประมาณ',
        '    # ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ',
        '    indicators: [duty-performance, budget-use]',
        '',
        '  - number: 3',
        '    # ตรวจสอบ: slug และ id ตั้งให้อัตโนมัติ เปลี่ยนเป็นคำภาษาอังกฤษที่สื่อความหมายได้ก่อนเผยแพร่ครั้งแรก',
        '    slug: topic-3',
        '    title: การบริการ',
        '    measures:',
        '      - id: topic-3-1',
        '        text: สำรวจความพึงพอใจ',
        '        status: planned',
        '    units:',
        '      responsible: [สำนักปลัด]',
        '      related: []',
        '    steps:',
        '      - สำรวจ',
        '    timeframe: "1 ต.ค. 2566 - 30 ก.ย. 2567"',
        '    # 1 การปฏิบัติหน้าที่, 2 การใช้งบประมาณ',
        '    # ตรวจสอบ: รายงานไม่ได้ระบุตัวชี้วัด ระบบเสนอจากชื่อหัวข้อ แก้ให้ตรงกับที่หน่วยงานตั้งใจ',
        '    indicators: [duty-performance, budget-use]',
        '',
      ].join('\n'),
    );
  });
});

describe('what the plan proposes from the report', () => {
  it('splits the unit cell at "/", ",", "،" and " และ ": the first unit is responsible, the others related', () => {
    expect(splitUnits(' กองคลัง , สำนักปลัด และ กองช่าง/งานพัสดุ،งานแผน ')).toEqual({
      responsible: ['กองคลัง'],
      related: ['สำนักปลัด', 'กองช่าง', 'งานพัสดุ', 'งานแผน'],
    });
    expect(splitUnits('งานนโยบายและแผน/')).toEqual({ responsible: ['งานนโยบายและแผน'], related: [] });
    expect(splitUnits('')).toEqual({ responsible: [], related: [] });
  });

  it('takes who met from the meeting sentence, or says "ผู้บริหารและเจ้าหน้าที่" when it does not say', () => {
    expect(meetingBody('จากการประชุม เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖ ผู้บริหารและพนักงาน ได้ร่วมกันพิจารณา', ORG)).toBe(
      'ผู้บริหารและพนักงาน อบต.ตัวอย่าง',
    );
    expect(meetingBody('เมื่อวันที่ 15 พ.ย. 2567 คณะทำงาน ร่วมกันกำหนดมาตรการ', ORG)).toBe('คณะทำงาน อบต.ตัวอย่าง');
    expect(meetingBody('มีการประชุมแล้ว', ORG)).toBe('ผู้บริหารและเจ้าหน้าที่ อบต.ตัวอย่าง');
  });

  it('finds who met after a date whose month is spaced or abbreviated ("30 ธ. ค. 2566", "30ธ.ค.2566")', () => {
    expect(meetingBody('เมื่อวันที่ 30 ธ. ค. 2566 ผู้บริหารและพนักงาน ได้ร่วมกันพิจารณา', ORG)).toBe('ผู้บริหารและพนักงาน อบต.ตัวอย่าง');
    expect(meetingBody('เมื่อวันที่30ธ.ค.2566 คณะทำงาน ร่วมกันกำหนดมาตรการ', ORG)).toBe('คณะทำงาน อบต.ตัวอย่าง');
  });

  it('proposes an indicator without keywords by its own name, without a leading "การ"', () => {
    const own = [
      { number: 11, slug: 'risk', name: 'การบริหารความเสี่ยง' },
      { number: 12, slug: 'plan', name: 'แผนการทำงาน' },
    ];
    expect(proposeIndicators('แผนบริหารความเสี่ยง', own).map((i) => i.slug)).toEqual(['risk']);
    expect(proposeIndicators('การทำงาน', own)).toEqual([]);
    expect(proposeIndicators('ปรับปรุงแผนการทำงาน', own).map((i) => i.slug)).toEqual(['plan']);
  });

  /** The topics' slugs and the measures' ids of a plan file, in order. */
  const slugsAndIds = (text: string) => ({
    slugs: [...text.matchAll(/^ {4}slug: (.*)$/gm)].map((m) => m[1]),
    ids: [...text.matchAll(/^ {6}- id: (.*)$/gm)].map((m) => m[1]),
  });

  it('gives every topic a slug of its own: a slug taken twice, or not a slug, is replaced by topic-<n>', () => {
    const existing: ExistingPlan[] = [
      {
        fiscalYear: 2567,
        topics: [
          { title: 'การใช้งบประมาณ', slug: 'shared' },
          { title: 'การบริหารงาน', slug: 'shared' },
          { title: 'การบริการ', slug: 'Service-1' },
        ],
      },
    ];
    expect(slugsAndIds(measuresFile(read(BARE), ORG, INDICATORS, existing).text)).toEqual({
      slugs: ['shared', 'topic-2', 'topic-3'],
      ids: ['shared-1', 'shared-2', 'topic-2-1', 'topic-3-1'],
    });
  });

  it('never gives a fallback slug or id twice: a staff slug "topic-2" on topic 1 (ids topic-2-1, topic-2-2) makes topic 2 "topic-2-3"', () => {
    const existing: ExistingPlan[] = [{ fiscalYear: 2567, topics: [{ title: 'การใช้งบประมาณ', slug: 'topic-2' }] }];
    expect(slugsAndIds(measuresFile(read(BARE), ORG, INDICATORS, existing).text)).toEqual({
      slugs: ['topic-2', 'topic-2-3', 'topic-3'],
      ids: ['topic-2-1', 'topic-2-2', 'topic-2-3-1', 'topic-3-1'],
    });
  });

  it('a heading naming another year than the plan is kept as the title, with a comment saying so', () => {
    const text = measuresFile(read(SMALL.replace('พ.ศ. 2567', 'พ.ศ. 2566')), ORG, INDICATORS).text;
    expect(text).toContain(
      '\n# หัวเรื่องตามรายงาน (รายงานเขียนว่าปีงบประมาณ พ.ศ. 2566 แต่ระยะเวลาดำเนินงานคือปีงบประมาณ พ.ศ. 2567)\ntitle: แนวทางในปีงบประมาณ พ.ศ. 2566\n',
    );
  });

  it('every file of an import: the assessment, then the plan', () => {
    const report = read(SMALL);
    expect(reportFiles(report, ORG, INDICATORS, [])).toEqual([
      assessmentFile(report, ORG),
      measuresFile(report, ORG, INDICATORS),
    ]);
  });
});

describe('the meeting in the plan', () => {
  it('keeps the date as the report wrote it, however it is spaced', () => {
    const dateOf = (sentence: string) => {
      const text = measuresFile(read(SMALL.replace(/^จากการประชุม.*$/m, sentence)), ORG, INDICATORS).text;
      return /^ {2}date: (.*)$/m.exec(text)?.[1];
    };
    expect(dateOf('จากการประชุม เมื่อวันที่ 30 ธ. ค. 2566 ผู้บริหาร ได้ร่วมกันพิจารณา')).toBe('"30 ธ. ค. 2566"');
    expect(dateOf('จากการประชุม เมื่อวันที่๓๐ธ.ค.๒๕๖๖ ผู้บริหาร ได้ร่วมกันพิจารณา')).toBe('"๓๐ธ.ค.๒๕๖๖"');
  });

  it('reads who met with any spacing, or with none after "วันที่"', () => {
    expect(meetingBody('เมื่อวันที่  ๓๐  ธันวาคม  ๒๕๖๖  ผู้บริหารและพนักงาน  ได้ร่วมกันพิจารณา', ORG)).toBe(
      'ผู้บริหารและพนักงาน อบต.ตัวอย่าง',
    );
    expect(meetingBody('เมื่อวันที่๓๐ ธันวาคม ๒๕๖๖ คณะผู้บริหาร ได้ประชุม', ORG)).toBe('คณะผู้บริหาร อบต.ตัวอย่าง');
  });
});

describe('what a re-import takes from older plans', () => {
  it('takes a topic slug from the newest of the other years, in whatever order the plans come', () => {
    const plan = (fiscalYear: number) => ({
      fiscalYear,
      topics: [{ title: 'การบริการ', slug: `service-${fiscalYear}` }],
    });
    for (const years of [
      [2564, 2566, 2565],
      [2566, 2565, 2564],
      [2565, 2564, 2566],
    ]) {
      const text = measuresFile(read(BARE), ORG, INDICATORS, years.map(plan)).text;
      expect(/^ {4}slug: (service-\d+)$/m.exec(text)?.[1]).toBe('service-2566');
    }
  });

  it('does not keep a slug with anything but lowercase letters, digits and single hyphens', () => {
    for (const slug of ['service_1', 'Service', 'service-', 'บริการ', 'a--b']) {
      const existing: ExistingPlan[] = [{ fiscalYear: 2567, topics: [{ title: 'การบริการ', slug }] }];
      const text = measuresFile(read(BARE), ORG, INDICATORS, existing).text;
      expect([...text.matchAll(/^ {4}slug: (.*)$/gm)].map((m) => m[1])).toEqual(['topic-1', 'topic-2', 'topic-3']);
    }
  });

  it('gives steps to a measure of a topic in several rows only when its row has some', () => {
    const rows = SMALL.replace('\tสรุปผล\tกองคลัง\tสรุปรายไตรมาส\t', '\tสรุปผล\tกองคลัง\t\t');
    const text = measuresFile(read(rows), ORG, INDICATORS).text;
    expect(text).toContain('      - id: topic-1-3\n        text: สรุปผล\n        status: planned\n    # รายงานเขียนว่า');
  });
});

describe('existing plans as staff may have left them', () => {
  it('reads only text where text is expected: a number as slug, title, id or status is not kept', () => {
    const existing = [
      { fiscalYear: 2565 },
      {
        fiscalYear: 2567,
        topics: [
          { title: 'การใช้งบประมาณ', slug: 2567, measures: [{ id: 7, text: 'รายงานผลการจัดซื้อ', status: 1 }] },
          { title: 2, slug: 'two' },
        ],
      },
    ] as ExistingPlan[];
    const text = measuresFile(read(BARE), ORG, INDICATORS, existing).text;
    expect([...text.matchAll(/^ {4}slug: (.*)$/gm)].map((m) => m[1])).toEqual(['topic-1', 'topic-2', 'topic-3']);
    expect(text).toContain('      - id: topic-1-1\n        text: รายงานผลการจัดซื้อ\n        status: planned\n');
  });
});

describe('the plan title from the report heading', () => {
  const titleOf = (heading: string) => {
    const text = measuresFile(read(SMALL.replace('๒) แนวทางในปีงบประมาณ พ.ศ. 2567', heading)), ORG, INDICATORS).text;
    return /^title: (.*)$/m.exec(text)?.[1];
  };

  it('drops the heading number however it is written', () => {
    expect(titleOf('๑๒ )แนวทางในปีงบประมาณ พ.ศ. 2567')).toBe('แนวทางในปีงบประมาณ พ.ศ. 2567');
    expect(titleOf('2.  แนวทางในปีงบประมาณ พ.ศ. 2567')).toBe('แนวทางในปีงบประมาณ พ.ศ. 2567');
  });

  it('keeps a number that does not start the heading', () => {
    expect(titleOf('แนวทางข้อ 2) ในปีงบประมาณ พ.ศ. 2567')).toBe('แนวทางข้อ 2) ในปีงบประมาณ พ.ศ. 2567');
    expect(titleOf('ข้อ2) แนวทางในปีงบประมาณ พ.ศ. 2567')).toBe('ข้อ2) แนวทางในปีงบประมาณ พ.ศ. 2567');
  });
});
