/**
 * What a page tells the search index about itself: its content type and the facets citizens filter
 * by. Rendered by Base.astro as Pagefind filter, meta and sort attributes.
 */

/** Content types, as citizens read them in the search filters. */
export const CONTENT_TYPES = {
  itaResult: 'ผลการประเมิน ITA',
  indicator: 'ตัวชี้วัด ITA',
  measure: 'มาตรการ',
  oitItem: 'รายการ OIT',
  document: 'เอกสาร',
  news: 'ข่าวประชาสัมพันธ์',
  procurement: 'จัดซื้อจัดจ้าง',
  page: 'ข้อมูลหน่วยงาน',
} as const;

export type ContentType = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

/** Filter names shown in the search page. */
export const FILTERS = {
  type: 'ประเภท',
  fiscalYear: 'ปีงบประมาณ',
  oitItem: 'รายการ OIT',
  unit: 'หน่วยงานที่รับผิดชอบ',
  newsType: 'ประเภทข่าว',
} as const;

export interface SearchMeta {
  type: ContentType;
  /** Fiscal or assessment year (BE) the page belongs to. */
  fiscalYear?: number | undefined;
  /** OIT items (e.g. "O1 โครงสร้าง") the page evidences. */
  oitItems?: string[] | undefined;
  /** Responsible units (e.g. "สำนักปลัด"). */
  units?: string[] | undefined;
  /** A news item's type (ข่าว, ประกาศ, กิจกรรม). */
  newsType?: string | undefined;
  /** A date to sort results by (ISO YYYY-MM-DD). */
  date?: string | undefined;
  /** Extra words that should rank the page first for its own name (indicator names, O-item titles). */
  keywords?: string[] | undefined;
}

/** The filter values of a page as [filter name, value] pairs, in a stable order. */
export function searchFilters(meta: SearchMeta): [string, string][] {
  return [
    [FILTERS.type, meta.type] as [string, string],
    ...(meta.fiscalYear ? [[FILTERS.fiscalYear, String(meta.fiscalYear)] as [string, string]] : []),
    ...(meta.oitItems ?? []).map((v) => [FILTERS.oitItem, v] as [string, string]),
    ...(meta.units ?? []).map((v) => [FILTERS.unit, v] as [string, string]),
    ...(meta.newsType ? [[FILTERS.newsType, meta.newsType] as [string, string]] : []),
  ];
}
