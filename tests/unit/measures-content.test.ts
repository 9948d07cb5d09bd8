// The FY 2567 measures plan: the seed's seven topics with their exact wording, units, dates and indicators.
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { readdirSync } from 'node:fs';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import { resolvePlan } from '../../src/lib/ita/measures';

const plan = measuresPlanSchema.parse(loadYaml('examples/khok-ko/content/measures/2567.yaml'));
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('examples/khok-ko/content/measures/2567.yaml', () => {
  it('is the FY 2567 plan based on ITA 2566, adopted at the meeting of 30 ธันวาคม 2566', () => {
    expect([plan.fiscalYear, plan.assessmentYear]).toEqual([2567, 2566]);
    expect(iso(plan.meeting.date)).toBe('2023-12-30');
    expect(plan.meeting.text).toBe(
      'จากการประชุมองค์การปกครองส่วนท้องถิ่น เมื่อวันที่ ๓๐ ธันวาคม ๒๕๖๖ ผู้บริหารและเจ้าหน้าที่ ได้ร่วมกันพิจารณาเพื่อกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส องค์การบริหารส่วนตำบล โคกก่อ ดังนี้',
    );
    // The seed's heading names FY 2566 although its timeframes are FY 2567: quoted as written.
    expect(plan.title).toBe('การกำหนดแนวทางในการพัฒนาการประเมินคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. ๒๕๖๖');
  });

  it('has the seven topics of the seed, in order, with their exact titles', () => {
    expect(plan.topics.map((t) => [t.number, t.slug, t.title])).toEqual([
      [1, 'transparent-efficient-service', 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ'],
      [2, 'e-service', 'การให้บริการและระบบ E-Service'],
      [3, 'information-channels', 'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ'],
      [4, 'public-assets', 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ'],
      [5, 'budget-procurement', 'กระบวนการสร้างความโปร่งใสการใช้งบประมาณและการจัดซื้อจัดจ้าง'],
      [6, 'authority-personnel', 'กระบวนการควบคุมตรวจสอบการใช้อำนาจและบริหารงานบุคคล'],
      [7, 'anti-corruption', 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน'],
    ]);
  });

  it('has the exact measures of every topic, all planned and without progress', () => {
    expect(plan.topics.map((t) => t.measures.map((m) => m.text))).toEqual([
      [
        'จัดทำคู่มือ/แนวทางการปฏิบัติงานหรือการให้บริการที่กำหนด ผู้รับผิดชอบ ขั้นตอนและระยะเวลาให้ชัดเจน และเผยแพร่คู่มือ/แนวทางดังกล่าวให้ข้าราชการและเจ้าหน้าที่ทราบและยึดปฏิบัติ สร้างระบบการประเมินประสิทธิภาพการให้บริการของผู้มาติดต่อรับบริการ ณ จุดให้บริการได้ โดยง่าย รวมทั้งนำเทคโนโลยีสารสนเทศมาพัฒนาการปฏิบัติงานเพื่ออำนวยความสะดวกให้แก่ผู้มารับบริการ ในการยื่นคำร้องผ่านระบบออนไลน์',
        'จัดกิจกรรมสร้างจิตสำนึกในการส่งเสริมคุณธรรมและจริยธรรมให้แก่เจ้าหน้าที่ในองค์กรประชาสัมพันธ์ช่องทางที่ประชาชนสามารถร้องเรียนการทุจริตเจ้าหน้าที่ผ่านระบบออนไลน์',
        'ส่งเสริมให้ผู้รับบริการและประชาชนทั่วไปมีส่วนร่วมในการแสดงความคิดเห็นหรือให้คำแนะนำในการพัฒนาและปรับปรุงคุณภาพและมาตรฐานการให้บริการ',
      ],
      [
        'จัดให้มีการให้บริการผ่านช่องทางออนไลน์ (E-Service) และทำการเผยแพร่ประชาสัมพันธ์การให้บริการผ่านระบบ (E-Srvce) ให้บุคคลภายนอกได้รับทราบอย่างทั่วถึง',
      ],
      [
        'จัดให้มีและปรับปรุงศูนย์ข้อมูลข่าวสารตามกฎหมายว่าด้วยข้อมูลข่าวสารของทางราชการและปรับปรุงรูปแบบเว็บไซต์หน่วยงานให้สืบค้นหรือหารายการข้อมูลได้สะดวกตามความประสงค์',
      ],
      [
        'จัดให้มีการเปิดเผยข้อมูลสร้างการรับรู้แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาวัสดุ แผนการใช้จ่ายงบประมาณ รวมถึงการเบิกจ่ายงบประมาณอย่างเปิดเผยและพร้อมรับการตรวจสอบทุกภาคส่วน ตลอดจนการจัดทำรายงานผลอย่างสม่ำเสมอ',
      ],
      [
        'ประชาสัมพันธ์สร้างความรู้ความเข้าใจให้บุคลากรภายในหน่วยงานทราบโดยทั่วกันและเปิดโอกาสให้บุคลากรเข้าไปมีส่วนร่วมในกระบวนการจัดทำงบประมาณ',
        'จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน',
      ],
      [
        'ประชาสัมพันธ์บุคลากรให้ทราบข้อมูลรายละเอียดของตำแหน่งงาน (Job description) และเกณฑ์การประเมินผลการปฏิบัติงาน รวมทั้งเปิดรับฟังความคิดเห็นของผู้ที่เกี่ยวข้องเพื่อปรับปรุงประสิทธิภาพการปฏิบัติงาน',
      ],
      [
        'จัดทำมาตรการป้องกันและมีระบบการติดตามตรวจสอบพฤติกรรมกรรมการทุจริตอย่างชัดเจนและเปิดเผย รวมทั้งนำผลการประเมิน ITA ไปปรับปรุงการทำงาน',
        'จัดทำข้อมูล กิจกรรม/โครงการให้ครบถ้วนและสอดคล้องตามมาตรการ',
        'จัดทำมาตรการดำเนินการจัดการความเสี่ยงการทุจริตประจำปี',
        'จัดให้มีการแต่งตั้งคณะกรรมการขับเคลื่อนเรื่องจริยธรรม',
      ],
    ]);
    const measures = plan.topics.flatMap((t) => t.measures);
    expect(measures).toHaveLength(13);
    expect(new Set(measures.map((m) => m.status))).toEqual(new Set(['planned']));
    expect(measures.flatMap((m) => m.progress)).toEqual([]);
    // No HTML left over from the export.
    expect(JSON.stringify(plan)).not.toMatch(/<\/?(p|ul|ol|li)\b|&amp;|●/);
  });

  it('has the exact steps, per measure in topic 1 and per topic elsewhere', () => {
    expect(plan.topics[0]!.steps).toBeUndefined();
    expect(plan.topics[0]!.measures.map((m) => m.steps?.length)).toEqual([3, 2, 2]);
    expect(plan.topics[0]!.measures[0]!.steps![0]).toBe(
      'จัดทำคู่มือ/แนวทางการปฏิบัติงานหรือการให้บริการที่กำหนดผู้รับผิดชอบ ขั้นตอนและระยะเวลา ให้ชัดเจน',
    );
    expect(plan.topics.slice(1).map((t) => t.steps?.length)).toEqual([3, 2, 2, 3, 3, 4]);
    expect(plan.topics[1]!.steps![1]).toBe(
      'จัดทำช่องทาง (E-Service) ให้มีขั้นตอนการวิธีการใช้งานที่สะดวก เข้าใจง่าย สามารถตอบสนองความต้องการแก่ผู้มารับบริการ',
    );
    expect(plan.topics[6]!.steps![2]).toBe(
      "แต่งตั้งคณะกรรมการขับเคลื่อนเรื่องจริยธรรม และจัดทำมาตรฐานทางจริยธรรม และ Dos & Don'ts เพื่อเผยแพร่ให้บุคลากรภายในรับทราบและถือเป็นแนวปฏิบัติ",
    );
  });

  it('has the units of the seed: สำนักปลัด, and งานพัสดุ with กองคลัง for budget and procurement', () => {
    expect(plan.topics.map((t) => [t.units.responsible, t.units.related])).toEqual([
      [['สำนักปลัด'], []],
      [['สำนักปลัด'], []],
      [['สำนักปลัด'], []],
      [['สำนักปลัด'], []],
      [['งานพัสดุ'], ['กองคลัง']],
      [['สำนักปลัด'], []],
      [['สำนักปลัด'], []],
    ]);
  });

  it('runs every topic over the whole of FY 2567: ๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗', () => {
    for (const t of plan.topics)
      expect([iso(t.timeframe.start), iso(t.timeframe.end)]).toEqual(['2023-10-01', '2024-09-30']);
  });

  it('links each topic to the indicators a reader of the report would', () => {
    expect(plan.topics.map((t) => t.indicators)).toEqual([
      ['duty-performance', 'service-quality', 'work-improvement'],
      ['service-quality', 'work-improvement'],
      ['communication-efficiency', 'information-disclosure'],
      ['use-of-public-assets'],
      ['budget-use'],
      ['use-of-authority'],
      ['corruption-problem-solving', 'corruption-prevention'],
    ]);
  });
});

describe('examples/khok-ko/content/measures/', () => {
  const files = readdirSync('examples/khok-ko/content/measures')
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `examples/khok-ko/content/measures/${f}`);

  it.each(files)(
    '%s is named for its fiscal year and its indicators exist in the framework of its assessment year',
    (file) => {
      const p = measuresPlanSchema.parse(loadYaml(file));
      expect(file).toBe(`examples/khok-ko/content/measures/${p.fiscalYear}.yaml`);
      const framework = itaFrameworkSchema.parse(loadYaml(`nacc/ita/frameworks/${p.assessmentYear}.yaml`));
      expect(() => resolvePlan(p, framework, file)).not.toThrow();
      expect(JSON.stringify(p)).not.toContain('"example":true');
    },
  );
});
