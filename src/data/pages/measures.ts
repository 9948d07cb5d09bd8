/** View models of the measures pages: every plan, and one plan with its timeline. */
import { endedYearNote, planUnits, statusCounts } from '../../lib/ita/measures';
import { buildTimeline } from '../../lib/ita/timeline';
import { measures } from '../../lib/open-data/datasets';
import { CONTENT_TYPES } from '../../lib/search/meta';
import { fiscalYearOf } from '../../lib/thai/fiscal-year';
import { formatInteger, formatYear, isoDate } from '../../lib/thai/format';
import { today } from '../clock';
import { getFormatOptions, getPlans } from '../site';

/** Every plan in reading order, each with its progress counts; the current fiscal year's is marked. */
export async function measuresIndexPage() {
  const format = await getFormatOptions();
  const currentYear = fiscalYearOf(today());
  const plans = (await getPlans()).map((plan) => ({
    plan,
    counts: statusCounts(plan),
    isCurrent: plan.fiscalYear === currentYear,
  }));
  return { format, plans, search: { type: CONTENT_TYPES.measure } };
}

export async function measuresPlanPaths() {
  const plans = await getPlans();
  return plans.map((plan) => ({ params: { year: String(plan.fiscalYear) }, props: { fiscalYear: plan.fiscalYear } }));
}

/** One plan: its meeting, progress counts, the fiscal year's timeline seen from today, and its topics. */
export async function measuresPlanPage(fiscalYear: number) {
  const format = await getFormatOptions();
  const plan = (await getPlans()).find((p) => p.fiscalYear === fiscalYear)!;
  const counts = statusCounts(plan);
  const fy = formatYear(plan.fiscalYear, format);
  const itaYear = formatYear(plan.assessmentYear, format);
  const timeline = buildTimeline(plan.fiscalYear, plan.topics, today());
  return {
    format,
    plan,
    counts,
    itaYear,
    title: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ${fy}`,
    description: `มาตรการ ${formatInteger(counts.total, format)} รายการใน ${formatInteger(plan.topics.length, format)} หัวข้อ ที่กำหนดจากผลการประเมิน ITA ปี ${itaYear} พร้อมผู้รับผิดชอบ ระยะเวลา และความก้าวหน้า`,
    fiscalYearLabel: `ปีงบประมาณ ${fy}`,
    timeline,
    /** Said when the fiscal year has ended with measures still planned or in progress. */
    /** The page's sections, for the jump list under the title (the topic index lists each topic). */
    jumpList: [
      { anchor: 'meeting_heading', label: 'การประชุมที่กำหนดมาตรการ' },
      { anchor: 'summary_heading', label: 'ความก้าวหน้าโดยรวม' },
      { anchor: 'timeline_heading', label: 'ช่วงเวลาดำเนินงาน' },
      { anchor: 'topics_heading', label: `หัวข้อมาตรการ (${formatInteger(plan.topics.length, format)} หัวข้อ)` },
    ],
    endedNote: endedYearNote(counts, timeline.today.relation === 'after', fy, (v) => formatInteger(v, format)),
    dataset: measures,
    search: {
      type: CONTENT_TYPES.measure,
      fiscalYear: plan.fiscalYear,
      units: planUnits(plan),
      date: isoDate(plan.meeting.date),
      keywords: ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส'],
    },
  };
}
