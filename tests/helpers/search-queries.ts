/** Queries citizens type most (issue 23's and the sections' names): the excerpt and line-break scans search each. */
export const COMMON_QUERIES = [
  'งบประมาณ',
  'ร้องเรียน',
  'จัดซื้อจัดจ้าง',
  'ผลการประเมิน',
  'มาตรการ',
  'ทุจริต',
  'เจ้าหน้าที่',
  'ข้อมูล',
  'แผน',
  'ประชาชน',
];
