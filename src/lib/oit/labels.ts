import { itemPageSlugs, type OitFramework, type TimeRule } from '../../schemas/oit';

/** The time rules of OIT items, as staff and assessors read them. */
export const TIME_RULE_LABELS: Record<TimeRule, string> = {
  'fiscal-year': 'ต้องเป็นข้อมูลของปีงบประมาณที่กำหนด',
  'six-month': 'ต้องเป็นรายงานรอบ 6 เดือนแรกของปีงบประมาณที่กำหนด',
  monthly: 'ต้องเผยแพร่ครบทุกเดือนที่ผ่านมาแล้วของปีงบประมาณ',
  'updated-in-year': 'ต้องปรับปรุงภายในปีงบประมาณที่ประเมิน',
  none: 'ข้อมูลปัจจุบัน ไม่กำหนดปี',
};

/** "O20 สรุปผลการจัดซื้อจัดจ้าง…" labels of item slugs in a framework, for search filters. */
export function itemLabels(framework: OitFramework | undefined, slugs: string[]): string[] {
  if (!framework) return [];
  return slugs.flatMap((s) =>
    framework.items.filter((i) => itemPageSlugs(i).includes(s)).map((i) => `${i.code} ${i.title}`),
  );
}

/**
 * The search filter's label of an item page: "O21 การประเมินความเสี่ยง…" for an item of the newest
 * framework, "O9 Social Network (ITA 2566)" for one only an older year lists: a code means another item
 * in another year, so the filter never puts two years' items under one code.
 */
export function itemPageLabel(code: string, title: string, year: number, newestYear: number | undefined): string {
  return year === newestYear ? `${code} ${title}` : `${code} ${title} (ITA ${year})`;
}

/** The title of an OIT item in the first of `frameworks` (newest first) that lists it, else its slug. */
export function itemTitle(frameworks: readonly OitFramework[], slug: string): string {
  return frameworks.flatMap((fw) => fw.items).find((i) => itemPageSlugs(i).includes(slug))?.title ?? slug;
}

/** The title of the item whose own slug is `slug`, in the first of `frameworks` that lists it, else the slug. */
export function ownItemTitle(frameworks: readonly OitFramework[], slug: string): string {
  return frameworks.flatMap((fw) => fw.items).find((i) => i.slug === slug)?.title ?? slug;
}
