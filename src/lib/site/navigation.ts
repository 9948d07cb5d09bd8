import { routes } from './routes';

export interface Section {
  label: string;
  path: string;
  /** Shown on the home page's list of what is published; the home page itself has none. */
  description?: string;
  /** Other words a citizen types for it: the search page answers them first with this section. */
  searchNames?: string[];
}

/** The site's main sections, in reading order: the header menu and the home page's cards. */
export const mainNavigation: Section[] = [
  { label: 'หน้าแรก', path: routes.home() },
  {
    label: 'ผลการประเมิน ITA',
    path: routes.ita(),
    description: 'คะแนนรวม ระดับผลการประเมิน และคะแนนรายตัวชี้วัดของทุกปีที่ได้รับการประเมิน',
  },
  {
    label: 'มาตรการ',
    path: routes.measures(),
    description: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่กำหนดจากผลการประเมิน ITA ผู้รับผิดชอบ ระยะเวลา และความก้าวหน้า',
  },
  {
    label: 'การเปิดเผยข้อมูล OIT',
    path: routes.oit(),
    description: 'ข้อมูลที่เปิดเผยตามรายการตรวจสอบ OIT ทุกข้อ พร้อมลิงก์ วันที่ปรับปรุง และสถานะของแต่ละรายการ',
  },
  {
    label: 'จัดซื้อจัดจ้าง',
    path: routes.procurement(),
    searchNames: ['จัดซื้อ', 'จัดจ้าง', 'สขร.1', 'สรุปผลการจัดซื้อจัดจ้าง'],
    description: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ของทุกปีงบประมาณ เดือนที่เผยแพร่แล้วและเดือนที่ยังไม่ได้เผยแพร่',
  },
  {
    label: 'ข้อมูลเปิด',
    path: routes.data(),
    description: 'ดาวน์โหลดข้อมูลของเว็บไซต์เป็นไฟล์ CSV และ JSON เพื่อนำไปใช้ต่อ พร้อมคำอธิบายชุดข้อมูล',
  },
];

/**
 * Whether a reader at `currentPath` is in the section linked as `link` (its path `path`): the home
 * page only on itself, any other section on every page under it.
 */
export function isCurrentSection(link: string, path: string, currentPath: string): boolean {
  return path === routes.home() ? currentPath === link : currentPath.startsWith(link);
}
