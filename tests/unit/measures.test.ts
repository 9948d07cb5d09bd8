// Measures plans: dates as staff write them, indicator links both ways, status counts, plan order.
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { itaFrameworkSchema } from '../../src/schemas/ita';
import {
  measuresForIndicator,
  orderPlans,
  planUnits,
  resolvePlan,
  statusCounts,
  STATUS_LABELS,
} from '../../src/lib/ita/measures';
import { parseThaiDate } from '../../src/lib/thai/date';
import { formatThaiDate } from '../../src/lib/thai/format';
import { routes } from '../../src/lib/site/routes';

const FILE = 'examples/khok-ko/content/measures/2567.yaml';
const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
const raw = () => loadYaml(FILE) as { topics: Record<string, unknown>[] } & Record<string, unknown>;
const plan = resolvePlan(measuresPlanSchema.parse(raw()), framework, FILE);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('dates as staff write them', () => {
  it('reads "๑ ต.ค.๒๕๖๖" as 1 October 2023 and shows it in Thai', () => {
    const r = parseThaiDate('๑ ต.ค.๒๕๖๖');
    expect(r.ok && iso(r.value)).toBe('2023-10-01');
    if (!r.ok) return;
    expect(formatThaiDate(r.value, 'short')).toBe('1 ต.ค. 2566');
    expect(formatThaiDate(r.value, 'short', { thaiDigits: true })).toBe('๑ ต.ค. ๒๕๖๖');
    expect(formatThaiDate(r.value, 'long')).toBe('1 ตุลาคม 2566');
  });

  it('reads the meeting date "๓๐ ธันวาคม ๒๕๖๖" and other spellings of the same days', () => {
    expect(iso(plan.meeting.date)).toBe('2023-12-30');
    for (const s of ['1 ต.ค. 2566', '1 ตุลาคม 2566', '1 ต.ค. 66', '2023-10-01']) {
      const r = parseThaiDate(s);
      expect(r.ok && iso(r.value)).toBe('2023-10-01');
    }
    const end = parseThaiDate('30 กันยายน 2567');
    expect(end.ok && iso(end.value)).toBe('2024-09-30');
  });

  it('rejects a day that does not exist, "31 ก.ย. 2567", with the field path and a Thai and English message', () => {
    const bad = raw();
    bad.topics[2]!.timeframe = '1 ต.ค. 2566 - 31 ก.ย. 2567';
    const r = measuresPlanSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['topics', 2, 'timeframe']);
    expect(r.error?.issues[0]?.message).toBe(
      'วันที่ "31 ก.ย. 2567" ไม่มีอยู่จริงในปฏิทิน / "31 ก.ย. 2567" is not a real calendar date',
    );
  });

  it('rejects a progress entry dated 29 February of a year without it', () => {
    const bad = raw();
    (bad.topics[0]!.measures as Record<string, unknown>[])[0]!.progress = [{ date: '29 ก.พ. 2566', text: 'ทดสอบ' }];
    const r = measuresPlanSchema.safeParse(bad);
    expect(r.error?.issues[0]?.path).toEqual(['topics', 0, 'measures', 0, 'progress', 0, 'date']);
    expect(r.error?.issues[0]?.message).toContain('"29 ก.พ. 2566" is not a real calendar date');
  });
});

describe('schema rules', () => {
  it('rejects an unknown status, naming the allowed ones', () => {
    const bad = raw();
    (bad.topics[0]!.measures as Record<string, unknown>[])[0]!.status = 'เสร็จแล้ว';
    const r = measuresPlanSchema.safeParse(bad);
    expect(r.error?.issues[0]?.path).toEqual(['topics', 0, 'measures', 0, 'status']);
    expect(r.error?.issues[0]?.message).toBe(
      'สถานะต้องเป็น planned, in-progress, done หรือ dropped / expected one of planned, in-progress, done, dropped',
    );
  });

  it('rejects a measure id that repeats a topic slug (both are anchors of the page)', () => {
    const bad = raw();
    (bad.topics[1]!.measures as Record<string, unknown>[])[0]!.id = 'e-service';
    const r = measuresPlanSchema.safeParse(bad);
    expect(r.error?.issues[0]?.path).toEqual(['topics', 1, 'measures', 0, 'id']);
  });

  it('requires steps on the topic or on each measure', () => {
    const bad = raw();
    delete (bad.topics[0]!.measures as Record<string, unknown>[])[0]!.steps;
    const r = measuresPlanSchema.safeParse(bad);
    expect(r.error?.issues[0]?.path).toEqual(['topics', 0, 'measures', 0, 'steps']);
  });

  it('rejects evidence that is neither a site path nor a web address', () => {
    const bad = raw();
    (bad.topics[0]!.measures as Record<string, unknown>[])[0]!.progress = [
      { date: '1 ม.ค. 2567', text: 'ทดสอบ', evidence: { label: 'ไฟล์', url: 'C:\\เอกสาร\\คู่มือ.pdf' } },
    ];
    const r = measuresPlanSchema.safeParse(bad);
    expect(r.error?.issues[0]?.path).toEqual(['topics', 0, 'measures', 0, 'progress', 0, 'evidence', 'url']);
  });
});

describe('indicator references, checked against the framework of the assessment year', () => {
  it('resolves slugs and numbers to the same indicators, in number order', () => {
    const byNumber = raw();
    byNumber.topics[0]!.indicators = [8, 1, 'service-quality'];
    const resolved = resolvePlan(measuresPlanSchema.parse(byNumber), framework, FILE);
    expect(resolved.topics[0]!.indicators).toEqual(plan.topics[0]!.indicators);
    expect(plan.topics[0]!.indicators).toEqual([
      { number: 1, slug: 'duty-performance', name: 'การปฏิบัติหน้าที่' },
      { number: 6, slug: 'service-quality', name: 'คุณภาพการดำเนินงาน' },
      { number: 8, slug: 'work-improvement', name: 'การปรับปรุงการทำงาน' },
    ]);
  });

  it('finds, for every indicator, the topics that address it', () => {
    const topicsOf = (slug: string) => measuresForIndicator([plan], 2566, slug).map((m) => m.topic.number);
    expect(Object.fromEntries(framework.indicators.map((ind) => [ind.number, topicsOf(ind.slug)]))).toEqual({
      1: [1],
      2: [5],
      3: [6],
      4: [4],
      5: [7],
      6: [1, 2],
      7: [3],
      8: [1, 2],
      9: [3],
      10: [7],
    });
    expect(measuresForIndicator([plan], 2567, 'budget-use')).toEqual([]);
    expect(measuresForIndicator([plan], 2566, 'budget-use')).toEqual([
      {
        fiscalYear: 2567,
        topic: { number: 5, slug: 'budget-procurement', title: 'กระบวนการสร้างความโปร่งใสการใช้งบประมาณและการจัดซื้อจัดจ้าง' },
        measures: [
          {
            id: 'budget-participation',
            text: 'ประชาสัมพันธ์สร้างความรู้ความเข้าใจให้บุคลากรภายในหน่วยงานทราบโดยทั่วกันและเปิดโอกาสให้บุคลากรเข้าไปมีส่วนร่วมในกระบวนการจัดทำงบประมาณ',
            status: 'planned',
          },
          { id: 'procurement-report', text: 'จัดทำรายงานผลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน', status: 'planned' },
        ],
      },
    ]);
  });

  it('addresses every indicator of 2566 with at least one topic', () => {
    const covered = new Set(plan.topics.flatMap((t) => t.indicators.map((i) => i.number)));
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('routes', () => {
  it('publishes plans at /measures/<fiscal year>/ with an anchor per topic', () => {
    expect([routes.measures(), routes.measuresYear(2567), routes.measuresTopic(2567, 'anti-corruption')]).toEqual([
      '/measures/',
      '/measures/2567/',
      '/measures/2567/#anti-corruption',
    ]);
  });
});

describe('status counts, units and plan order', () => {
  it('counts the seed: 13 measures, all planned', () => {
    expect(statusCounts(plan)).toEqual({ planned: 13, 'in-progress': 0, done: 0, dropped: 0, total: 13 });
  });

  it('counts each status', () => {
    const p = structuredClone(raw());
    const ms = p.topics.flatMap((t) => t.measures as Record<string, unknown>[]);
    ms[0]!.status = 'done';
    ms[1]!.status = 'in-progress';
    ms[2]!.status = 'in-progress';
    ms[12]!.status = 'dropped';
    expect(statusCounts(measuresPlanSchema.parse(p))).toEqual({
      planned: 9,
      'in-progress': 2,
      done: 1,
      dropped: 1,
      total: 13,
    });
  });

  it('labels statuses in Thai', () => {
    expect(STATUS_LABELS).toEqual({
      planned: 'วางแผนไว้',
      'in-progress': 'กำลังดำเนินการ',
      done: 'ดำเนินการแล้ว',
      dropped: 'ยกเลิก',
    });
  });

  it('lists the units once each, for the search filter', () => {
    expect(planUnits(plan)).toEqual(['สำนักปลัด', 'งานพัสดุ', 'กองคลัง']);
  });

  it('puts the plan of the current fiscal year first, then the newest', () => {
    const plans = [2566, 2567, 2568, 2569].map((fiscalYear) => ({ fiscalYear }));
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(orderPlans(plans, day('2024-03-15')).map((p) => p.fiscalYear)).toEqual([2567, 2569, 2568, 2566]);
    expect(orderPlans(plans, day('2024-10-01')).map((p) => p.fiscalYear)).toEqual([2568, 2569, 2567, 2566]);
    expect(orderPlans(plans, day('2030-01-01')).map((p) => p.fiscalYear)).toEqual([2569, 2568, 2567, 2566]);
  });

  it('keeps progress in date order whatever order staff wrote it in', () => {
    const p = raw();
    (p.topics[0]!.measures as Record<string, unknown>[])[0]!.progress = [
      { date: '28 ก.พ. 2567', text: 'ข' },
      { date: '15 ม.ค. 2567', text: 'ก' },
    ];
    const resolved = resolvePlan(measuresPlanSchema.parse(p), framework, FILE);
    expect(resolved.topics[0]!.measures[0]!.progress.map((e) => [iso(e.date), e.text])).toEqual([
      ['2024-01-15', 'ก'],
      ['2024-02-28', 'ข'],
    ]);
  });
});
