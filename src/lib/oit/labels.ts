import type { TimeRule } from '../../schemas/oit';

/** The time rules of OIT items, as staff and assessors read them. */
export const TIME_RULE_LABELS: Record<TimeRule, string> = {
  'fiscal-year': 'ต้องเป็นข้อมูลของปีงบประมาณที่กำหนด',
  monthly: 'ต้องเผยแพร่ครบทุกเดือนที่ผ่านมาแล้วของปีงบประมาณ',
  'updated-in-year': 'ต้องปรับปรุงภายในปีงบประมาณที่ประเมิน',
  none: 'ไม่มีเงื่อนไขเรื่องเวลา',
};
