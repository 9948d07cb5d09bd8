/**
 * The open-data registry: every dataset the site publishes under /data/, with its metadata in the
 * vocabulary of the Thai government data catalog (GD-Catalog / data.go.th, CKAN "thai_gdc" fields)
 * and a pure function that produces its rows from the site's content.
 *
 * Adding a dataset = adding one `defineDataset({...})` entry to DATASETS (and, when it needs content
 * not yet in `SiteFacts`, one field there and one line in dataset-data.ts that loads it). The /data/
 * page, the CSV and JSON files, the catalog JSON, JSON-LD and the sitemap follow from the registry.
 */
import type { AssessmentResult } from '../ita/scoring';
import { STATUS_LABELS, type ResolvedPlan } from '../ita/measures';
import { STATUS_LABELS as COVERAGE_LABELS, type FrameworkCoverage, type ItemCoverage } from '../oit/coverage';
import type { Evidence } from '../oit/evidence';
import { procurementRecords, type ProcurementRecord } from '../oit/procurement-table';
import type { ProcurementMonth } from '../../schemas/oit';
import type { Organization } from '../../schemas/organization';
import { toCsv, toRecords, type CellValue, type CsvColumn } from './csv';
import { isoDate } from '../thai/format';

/** Everything datasets are computed from. Other sections add their content here (measures, documents …). */
export interface SiteFacts {
  organization: Organization;
  /** ITA results, newest first. */
  results: AssessmentResult[];
  /** Measures plans, resolved against their ITA framework. */
  plans: ResolvedPlan[];
  /** OIT: everything published as evidence, the procurement months, and each framework year's coverage. */
  oit: {
    evidence: Evidence[];
    procurement: { data: ProcurementMonth }[];
    coverage: FrameworkCoverage[];
  };
  /** When the data was last published: the build (or SOURCE_DATE_EPOCH for reproducible builds). */
  updated: Date;
}

export const COLUMN_TYPES = {
  text: 'ข้อความ',
  number: 'ตัวเลข',
  boolean: 'จริง/เท็จ (true/false)',
  date: 'วันที่ (ปปปป-ดด-วว ค.ศ.)',
} as const;

export interface DatasetColumn<Row> extends CsvColumn<Row> {
  /** What the column holds, in Thai, shown on /data/ and in the JSON file. */
  title: string;
  type: keyof typeof COLUMN_TYPES;
}

/** GD-Catalog choices used here (update_frequency_unit, data_type). */
export type UpdateFrequency = 'ปี' | 'ครึ่งปี' | 'ไตรมาส' | 'เดือน' | 'สัปดาห์' | 'วัน' | 'ไม่ทราบ';
export type DataType = 'ข้อมูลสถิติ' | 'ข้อมูลระเบียน';

export interface DatasetDefinition<Row> {
  /** The file name in stable URLs (/data/<id>.csv): ASCII, never renamed once published. */
  id: string;
  title: string;
  description: string;
  keywords: string[];
  dataType: DataType;
  frequency: UpdateFrequency;
  columns: DatasetColumn<Row>[];
  rows: (facts: SiteFacts) => Row[];
  /** The Buddhist-Era year each row belongs to (first/last year of data). */
  year: (row: Row) => number;
  source: (facts: SiteFacts) => string;
  /** Rows invented for the example (marked example: true in their content), shown with a badge. */
  example?: (row: Row) => boolean;
}

/** A dataset's rows for one build, with its files; the row type stays inside the closures. */
export interface DatasetTable {
  rows: unknown[];
  /** The Buddhist-Era year of each row. */
  years: number[];
  /** How many rows are example data. */
  exampleRows: number;
  csv: () => string;
  records: () => Record<string, CellValue>[];
}

/**
 * A dataset of any row type, as the registry holds it: its metadata, and `tabulate`, which computes
 * its rows and files with the row type the dataset was defined with.
 */
export interface AnyDataset extends Omit<DatasetDefinition<never>, 'columns' | 'rows' | 'year' | 'example'> {
  columns: readonly Omit<DatasetColumn<never>, 'value'>[];
  tabulate: (facts: SiteFacts) => DatasetTable;
}

export function defineDataset<Row>(definition: DatasetDefinition<Row>): AnyDataset {
  const { rows: computeRows, year, example, ...metadata } = definition;
  return {
    ...metadata,
    tabulate: (facts) => {
      const rows = computeRows(facts);
      return {
        rows,
        years: rows.map(year),
        exampleRows: example ? rows.filter(example).length : 0,
        csv: () => toCsv(definition.columns, rows),
        records: () => toRecords(definition.columns, rows),
      };
    },
  };
}

export const FORMATS = ['CSV', 'JSON'] as const;

/** Catalog metadata of one dataset, keyed as in GD-Catalog's dataset schema (thai_gdc). */
export interface CatalogEntry {
  name: string;
  title: string;
  notes: string;
  tag_string: string[];
  data_type: DataType;
  data_category: 'ข้อมูลสาธารณะ';
  maintainer: string;
  /** Null while the organization's email is still an example value. */
  maintainer_email: string | null;
  update_frequency_unit: UpdateFrequency;
  update_frequency_interval: number;
  geo_coverage: 'เทศบาล/อบต.';
  data_source: string;
  data_format: string[];
  license_id: string;
  data_language: string[];
  first_year_of_data: number | null;
  last_year_of_data: number | null;
  last_updated_date: string;
  /** Row count (not a catalog field; helps readers judge the file). */
  num_rows: number;
  columns: { key: string; title: string; type: string }[];
}

/** The labels GD-Catalog shows for its fields, in the order /data/ lists them. */
export const CATALOG_LABELS: [keyof CatalogEntry, string][] = [
  ['notes', 'คำอธิบาย'],
  ['data_type', 'ประเภทชุดข้อมูล'],
  ['data_category', 'หมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูลภาครัฐ'],
  ['tag_string', 'คำสำคัญ'],
  ['data_format', 'รูปแบบการเก็บข้อมูล'],
  ['data_language', 'ภาษาที่ใช้'],
  ['first_year_of_data', 'ปีข้อมูลที่เริ่มต้นจัดทำ (พ.ศ.)'],
  ['last_year_of_data', 'ปีข้อมูลล่าสุดที่เผยแพร่ (พ.ศ.)'],
  ['update_frequency_unit', 'หน่วยความถี่ของการปรับปรุงข้อมูล'],
  ['geo_coverage', 'ขอบเขตเชิงภูมิศาสตร์'],
  ['license_id', 'สัญญาอนุญาต'],
  ['data_source', 'แหล่งที่มา'],
  ['maintainer', 'ชื่อผู้ติดต่อ'],
  ['last_updated_date', 'วันที่ปรับปรุงข้อมูลล่าสุด'],
  ['num_rows', 'จำนวนแถวข้อมูล'],
];

/** A calendar day in Thailand's time zone, ISO (YYYY-MM-DD). */
export function bangkokDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export interface PublishedDataset {
  definition: AnyDataset;
  catalog: CatalogEntry;
  rows: unknown[];
  /** How many rows are example data, not the organization's real data. */
  exampleRows: number;
  /** The rows as a CSV file and as JSON records. */
  table: DatasetTable;
}

/** Computes a dataset's rows and its catalog entry. */
export function publishDataset(definition: AnyDataset, facts: SiteFacts): PublishedDataset {
  const table = definition.tabulate(facts);
  const { rows, years } = table;
  return {
    definition,
    rows,
    exampleRows: table.exampleRows,
    table,
    catalog: {
      name: definition.id,
      title: definition.title,
      notes: definition.description,
      tag_string: definition.keywords,
      data_type: definition.dataType,
      data_category: 'ข้อมูลสาธารณะ',
      maintainer: facts.organization.name,
      maintainer_email: facts.organization.email.example ? null : facts.organization.email.value,
      update_frequency_unit: definition.frequency,
      update_frequency_interval: 1,
      geo_coverage: 'เทศบาล/อบต.',
      data_source: definition.source(facts),
      data_format: [...FORMATS],
      license_id: facts.organization.openData.licence,
      data_language: ['ไทย'],
      first_year_of_data: years.length ? Math.min(...years) : null,
      last_year_of_data: years.length ? Math.max(...years) : null,
      last_updated_date: bangkokDay(facts.updated),
      num_rows: rows.length,
      columns: definition.columns.map((c) => ({ key: c.key, title: c.title, type: COLUMN_TYPES[c.type] })),
    },
  };
}

export const datasetCsv = (d: PublishedDataset): string => d.table.csv();

/** The JSON file: the catalog entry, then the rows as objects keyed like the CSV header. */
export function datasetJson(d: PublishedDataset): string {
  const records = d.table.records();
  return `${JSON.stringify({ dataset: d.catalog, rows: records }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// The datasets

/** One row of the ITA scores dataset: an indicator, a tool's mean, or the year's total. */
export interface ItaScoreRow {
  year: number;
  level: 'indicator' | 'tool' | 'total';
  tool: string;
  indicator: number | null;
  slug: string;
  name: string;
  score: number;
  weight: number | null;
  passMark: number;
  passed: boolean | null;
  /** The total's result level (empty on indicator and tool rows); `level` already names the row's kind. */
  resultLevel: string;
}

export function itaScoreRows(results: AssessmentResult[]): ItaScoreRow[] {
  return [...results]
    .sort((a, b) => a.year - b.year)
    .flatMap((r): ItaScoreRow[] => [
      ...r.indicators.map((i) => ({
        year: r.year,
        level: 'indicator' as const,
        tool: i.tool,
        indicator: i.number,
        slug: i.slug,
        name: i.name,
        score: i.score,
        weight: null,
        passMark: r.passMark,
        passed: i.passed,
        resultLevel: '',
      })),
      ...r.tools.map((t) => ({
        year: r.year,
        level: 'tool' as const,
        tool: t.code,
        indicator: null,
        slug: '',
        name: `คะแนนเฉลี่ย ${t.code} ${t.name}`,
        score: t.average,
        weight: t.weight,
        passMark: r.passMark,
        passed: null,
        resultLevel: '',
      })),
      {
        year: r.year,
        level: 'total',
        tool: '',
        indicator: null,
        slug: '',
        name: 'คะแนนรวม',
        score: r.total,
        weight: 100,
        passMark: r.passMark,
        passed: r.passed,
        resultLevel: r.level,
      },
    ]);
}

export const itaScores = defineDataset<ItaScoreRow>({
  id: 'ita-scores',
  title: 'คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี',
  description:
    'คะแนน ITA ของหน่วยงานในแต่ละปีที่ได้รับการประเมิน: คะแนนรายตัวชี้วัด (level = indicator) คะแนนเฉลี่ยรายเครื่องมือ IIT EIT OIT (level = tool) และคะแนนรวมพร้อมระดับผลการประเมิน (level = total) เทียบกับเกณฑ์ผ่าน',
  keywords: ['ITA', 'คุณธรรมและความโปร่งใส', 'ป.ป.ช.', 'ตัวชี้วัด'],
  dataType: 'ข้อมูลสถิติ',
  frequency: 'ปี',
  columns: [
    { key: 'year', title: 'ปีที่ประเมิน (พ.ศ.)', type: 'number', value: (r) => r.year },
    {
      key: 'level',
      title: 'ระดับของแถว: indicator ตัวชี้วัด, tool ค่าเฉลี่ยเครื่องมือ, total คะแนนรวม',
      type: 'text',
      value: (r) => r.level,
    },
    { key: 'tool', title: 'เครื่องมือ (IIT, EIT, OIT)', type: 'text', value: (r) => r.tool },
    { key: 'indicator', title: 'ตัวชี้วัดที่', type: 'number', value: (r) => r.indicator },
    { key: 'slug', title: 'รหัสตัวชี้วัดในที่อยู่เว็บ', type: 'text', value: (r) => r.slug },
    { key: 'name', title: 'ชื่อ', type: 'text', value: (r) => r.name },
    { key: 'score', title: 'คะแนน (0–100)', type: 'number', value: (r) => r.score, decimals: 2 },
    { key: 'weight', title: 'น้ำหนักในคะแนนรวม (ร้อยละ)', type: 'number', value: (r) => r.weight },
    { key: 'pass_mark', title: 'เกณฑ์ผ่าน', type: 'number', value: (r) => r.passMark },
    { key: 'passed', title: 'ผ่านเกณฑ์', type: 'boolean', value: (r) => r.passed },
    // The key stays "grade" as first published (a column key is a contract; "level" names the row's kind):
    // it holds the level the NACC published, named levels from ITA 2566 and AA–F before.
    {
      key: 'grade',
      title: 'ระดับผลการประเมินตามที่ ป.ป.ช. ประกาศ (ตั้งแต่ปี 2566 เช่น ผ่าน ต้องปรับปรุง ก่อนหน้านั้น AA–F)',
      type: 'text',
      value: (r) => r.resultLevel,
    },
  ],
  rows: (facts) => itaScoreRows(facts.results),
  year: (r) => r.year,
  source: (facts) => [...new Set(facts.results.map((r) => r.source))].join('; '),
});

/** One row of the measures dataset: a measure of a plan, with its topic and its latest progress. */
export interface MeasureRow {
  plan: ResolvedPlan;
  topic: ResolvedPlan['topics'][number];
  measure: ResolvedPlan['topics'][number]['measures'][number];
}

export function measureRows(plans: ResolvedPlan[]): MeasureRow[] {
  return [...plans]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .flatMap((plan) => plan.topics.flatMap((topic) => topic.measures.map((measure) => ({ plan, topic, measure }))));
}

export const measures = defineDataset<MeasureRow>({
  id: 'measures',
  title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานและความก้าวหน้า',
  description:
    'มาตรการ/กิจกรรมของแผนแต่ละปีงบประมาณที่กำหนดจากผลการประเมิน ITA แถวละหนึ่งมาตรการ: หัวข้อ ตัวชี้วัด ITA ที่มุ่งแก้ไข ผู้รับผิดชอบ ระยะเวลาดำเนินงาน สถานะ และความก้าวหน้าล่าสุด',
  keywords: ['ITA', 'มาตรการ', 'ความก้าวหน้า', 'คุณธรรมและความโปร่งใส'],
  dataType: 'ข้อมูลระเบียน',
  frequency: 'ปี',
  columns: [
    { key: 'fiscal_year', title: 'ปีงบประมาณของแผน (พ.ศ.)', type: 'number', value: (r) => r.plan.fiscalYear },
    {
      key: 'assessment_year',
      title: 'ปีของผลการประเมิน ITA ที่นำมากำหนดมาตรการ (พ.ศ.)',
      type: 'number',
      value: (r) => r.plan.assessmentYear,
    },
    { key: 'topic_number', title: 'หัวข้อที่', type: 'number', value: (r) => r.topic.number },
    { key: 'topic_slug', title: 'รหัสหัวข้อในที่อยู่เว็บ (#)', type: 'text', value: (r) => r.topic.slug },
    { key: 'topic', title: 'หัวข้อ', type: 'text', value: (r) => r.topic.title },
    { key: 'measure_id', title: 'รหัสมาตรการในที่อยู่เว็บ (#)', type: 'text', value: (r) => r.measure.id },
    { key: 'measure', title: 'มาตรการ/กิจกรรม', type: 'text', value: (r) => r.measure.text },
    {
      key: 'indicators',
      title: 'ตัวชี้วัด ITA ที่มุ่งแก้ไข (เลขตัวชี้วัด คั่นด้วย ;)',
      type: 'text',
      value: (r) => r.topic.indicators.map((i) => i.number).join(';'),
    },
    {
      key: 'responsible',
      title: 'ผู้รับผิดชอบ (คั่นด้วย ;)',
      type: 'text',
      value: (r) => r.topic.units.responsible.join(';'),
    },
    { key: 'related', title: 'หน่วยงานที่เกี่ยวข้อง (คั่นด้วย ;)', type: 'text', value: (r) => r.topic.units.related.join(';') },
    { key: 'start', title: 'วันเริ่มดำเนินงาน', type: 'date', value: (r) => isoDate(r.topic.timeframe.start) },
    { key: 'end', title: 'วันสิ้นสุดการดำเนินงาน', type: 'date', value: (r) => isoDate(r.topic.timeframe.end) },
    {
      key: 'status',
      title: 'สถานะ (planned, in-progress, done, dropped)',
      type: 'text',
      value: (r) => r.measure.status,
    },
    { key: 'status_th', title: 'สถานะ (ภาษาไทย)', type: 'text', value: (r) => STATUS_LABELS[r.measure.status] },
    { key: 'progress_count', title: 'จำนวนรายการความก้าวหน้า', type: 'number', value: (r) => r.measure.progress.length },
    {
      key: 'last_progress_date',
      title: 'วันที่ของความก้าวหน้าล่าสุด',
      type: 'date',
      value: (r) => (r.measure.progress.at(-1) ? isoDate(r.measure.progress.at(-1)!.date) : null),
    },
    {
      key: 'last_progress',
      title: 'ความก้าวหน้าล่าสุด',
      type: 'text',
      value: (r) => r.measure.progress.at(-1)?.text ?? null,
    },
    {
      key: 'example',
      title: 'มีข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)',
      type: 'boolean',
      value: (r) => r.measure.progress.some((p) => p.example),
    },
  ],
  rows: (facts) => measureRows(facts.plans),
  example: (r) => r.measure.progress.some((p) => p.example),
  year: (r) => r.plan.fiscalYear,
  source: (facts) => [...new Set(facts.plans.map((p) => p.source))].join('; '),
});

/** One contract of a monthly procurement summary (แบบ สขร.1). */
export interface ProcurementRow {
  month: ProcurementMonth;
  record: ProcurementRecord;
}

export const procurement = defineDataset<ProcurementRow>({
  id: 'procurement',
  title: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)',
  description:
    'ทุกรายการในสรุปผลการจัดซื้อจัดจ้างรายเดือนของทุกเดือนที่เผยแพร่ แถวละหนึ่งสัญญา: งานที่จัดซื้อจัดจ้าง วงเงินงบประมาณ วิธีซื้อหรือจ้าง ผู้เสนอราคา ผู้ได้รับการคัดเลือก ราคาที่ตกลง เหตุผล และเลขที่และวันที่ของสัญญา (เดือนที่ไม่มีการจัดซื้อจัดจ้างไม่มีแถว)',
  keywords: ['จัดซื้อจัดจ้าง', 'สขร.1', 'OIT', 'สัญญา'],
  dataType: 'ข้อมูลระเบียน',
  frequency: 'เดือน',
  columns: [
    { key: 'fiscal_year', title: 'ปีงบประมาณ (พ.ศ.)', type: 'number', value: (r) => r.month.fiscalYear },
    { key: 'month', title: 'เดือน (ค.ศ. ปปปป-ดด)', type: 'text', value: (r) => r.month.month },
    { key: 'order', title: 'ลำดับที่ในเดือน', type: 'number', value: (r) => r.record.order },
    { key: 'item', title: 'งานที่จัดซื้อหรือจัดจ้าง', type: 'text', value: (r) => r.record.item },
    { key: 'budget', title: 'วงเงินงบประมาณ (บาท)', type: 'number', value: (r) => r.record.budget, decimals: 2 },
    { key: 'method', title: 'วิธีซื้อหรือจ้าง', type: 'text', value: (r) => r.record.method },
    {
      key: 'bids',
      title: 'ผู้เสนอราคาและราคาที่เสนอ (บาท) คั่นด้วย ;',
      type: 'text',
      value: (r) => r.record.bids.map((b) => `${b.name} ${b.price.toFixed(2)}`).join('; '),
    },
    { key: 'winner', title: 'ผู้ได้รับการคัดเลือก', type: 'text', value: (r) => r.record.winner },
    { key: 'price', title: 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)', type: 'number', value: (r) => r.record.price, decimals: 2 },
    { key: 'reason', title: 'เหตุผลที่คัดเลือกโดยสรุป', type: 'text', value: (r) => r.record.reason },
    { key: 'contract_number', title: 'เลขที่สัญญาหรือข้อตกลง', type: 'text', value: (r) => r.record.contractNumber },
    { key: 'contract_date', title: 'วันที่ของสัญญาหรือข้อตกลง', type: 'date', value: (r) => isoDate(r.record.contractDate) },
    { key: 'example', title: 'ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)', type: 'boolean', value: (r) => r.month.example },
  ],
  rows: (facts) =>
    facts.oit.procurement
      .map((e) => e.data)
      .sort((a, b) => a.month.localeCompare(b.month))
      .flatMap((month) => procurementRecords(month).map((record) => ({ month, record }))),
  year: (r) => r.month.fiscalYear,
  example: (r) => r.month.example,
  source: (facts) => `${facts.organization.name} (แบบ สขร.1 ที่หน่วยงานเผยแพร่)`,
});

const EVIDENCE_KINDS: Record<Evidence['kind'], string> = {
  disclosure: 'ข้อมูลที่เผยแพร่',
  document: 'เอกสาร',
  'procurement-month': 'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
  'measures-plan': 'แผนมาตรการ',
  'measures-progress': 'ความก้าวหน้าของมาตรการ',
  news: 'ข่าวประชาสัมพันธ์',
};

export const documentRegister = defineDataset<Evidence>({
  id: 'documents',
  title: 'ทะเบียนเอกสารและข้อมูลที่เผยแพร่ตามรายการ OIT',
  description:
    'ทุกเรื่องที่หน่วยงานเผยแพร่เป็นหลักฐานของรายการ OIT แถวละหนึ่งเรื่อง: ประเภท ชื่อเรื่อง รายการ OIT ที่เป็นหลักฐาน วันที่ ปีงบประมาณ และหน้าในเว็บไซต์ที่เผยแพร่',
  keywords: ['OIT', 'เอกสาร', 'การเปิดเผยข้อมูล', 'ทะเบียน'],
  dataType: 'ข้อมูลระเบียน',
  frequency: 'เดือน',
  columns: [
    {
      key: 'kind',
      title: 'ประเภท (disclosure, document, procurement-month, measures-plan, measures-progress)',
      type: 'text',
      value: (r) => r.kind,
    },
    { key: 'kind_th', title: 'ประเภท (ภาษาไทย)', type: 'text', value: (r) => EVIDENCE_KINDS[r.kind] },
    { key: 'title', title: 'ชื่อเรื่อง', type: 'text', value: (r) => r.title },
    { key: 'oit_items', title: 'รายการ OIT (slug คั่นด้วย ;)', type: 'text', value: (r) => r.items.join(';') },
    { key: 'date', title: 'วันที่', type: 'date', value: (r) => isoDate(r.date) },
    { key: 'fiscal_year', title: 'ปีงบประมาณ (พ.ศ.)', type: 'number', value: (r) => r.fiscalYear },
    { key: 'month', title: 'เดือน (รายงานรายเดือน, ค.ศ. ปปปป-ดด)', type: 'text', value: (r) => r.month ?? null },
    { key: 'pages', title: 'หน้าในเว็บไซต์ (คั่นด้วย ;)', type: 'text', value: (r) => r.links.map((l) => l.path).join(';') },
    { key: 'example', title: 'ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)', type: 'boolean', value: (r) => r.example },
  ],
  example: (r) => r.example,
  rows: (facts) =>
    [...facts.oit.evidence].sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, 'th')),
  year: (r) => r.fiscalYear,
  source: (facts) => facts.organization.name,
});

/** One checklist item of one year's OIT framework, with its self-check result. */
export interface CoverageRow {
  year: number;
  coverage: ItemCoverage;
}

export const oitCoverage = defineDataset<CoverageRow>({
  id: 'oit-coverage',
  title: 'ความครบถ้วนของการเปิดเผยข้อมูลตามรายการ OIT (ตรวจสอบตนเอง)',
  description:
    'ผลการตรวจสอบตนเองของทุกรายการ OIT ในกรอบการประเมินแต่ละปี ณ วันที่สร้างเว็บไซต์: ครบถ้วน ยังไม่มีข้อมูล หรือยังไม่เป็นปัจจุบัน พร้อมเหตุผล จำนวนหลักฐาน วันที่ปรับปรุงล่าสุด และเดือนที่ยังขาด (ข้อมูลตัวอย่างนับเป็นยังไม่มีข้อมูล)',
  keywords: ['OIT', 'ตรวจสอบตนเอง', 'การเปิดเผยข้อมูล', 'ITA'],
  dataType: 'ข้อมูลสถิติ',
  frequency: 'เดือน',
  columns: [
    { key: 'year', title: 'ปีของกรอบการประเมิน ITA (พ.ศ.)', type: 'number', value: (r) => r.year },
    { key: 'code', title: 'รหัสรายการ (เช่น O20)', type: 'text', value: (r) => r.coverage.item.code },
    { key: 'slug', title: 'รหัสรายการในที่อยู่เว็บ', type: 'text', value: (r) => r.coverage.item.slug },
    { key: 'title', title: 'ชื่อรายการ', type: 'text', value: (r) => r.coverage.item.title },
    { key: 'sub_indicator', title: 'ตัวชี้วัดย่อย', type: 'text', value: (r) => r.coverage.item.subIndicator },
    {
      key: 'target_fiscal_year',
      title: 'ปีงบประมาณของหลักฐานที่ต้องมี (พ.ศ.)',
      type: 'number',
      value: (r) => r.coverage.targetYear,
    },
    { key: 'status', title: 'ผล (ok, missing, stale)', type: 'text', value: (r) => r.coverage.status },
    { key: 'status_th', title: 'ผล (ภาษาไทย)', type: 'text', value: (r) => COVERAGE_LABELS[r.coverage.status] },
    { key: 'reason', title: 'เหตุผล', type: 'text', value: (r) => r.coverage.reason },
    { key: 'evidence_count', title: 'จำนวนหลักฐานที่แสดง', type: 'number', value: (r) => r.coverage.shown.length },
    {
      key: 'last_updated',
      title: 'วันที่ปรับปรุงล่าสุด',
      type: 'date',
      value: (r) => (r.coverage.lastUpdated ? isoDate(r.coverage.lastUpdated) : null),
    },
    {
      key: 'missing_months',
      title: 'เดือนที่ยังขาด (ค.ศ. ปปปป-ดด คั่นด้วย ;)',
      type: 'text',
      value: (r) => r.coverage.missingMonths.join(';'),
    },
    { key: 'example_only', title: 'มีเฉพาะข้อมูลตัวอย่าง', type: 'boolean', value: (r) => r.coverage.exampleOnly },
  ],
  rows: (facts) =>
    [...facts.oit.coverage]
      .sort((a, b) => a.year - b.year)
      .flatMap((c) => c.items.map((coverage) => ({ year: c.year, coverage }))),
  year: (r) => r.year,
  example: (r) => r.coverage.exampleOnly,
  source: (facts) => `${facts.organization.name} (ตรวจสอบตนเองจากข้อมูลที่เผยแพร่บนเว็บไซต์นี้)`,
});

/**
 * Every published dataset, in the order /data/ lists them.
 */
export const DATASETS: AnyDataset[] = [itaScores, measures, oitCoverage, documentRegister, procurement];
