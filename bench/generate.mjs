// Generates N documents of the real `documents` collection (content/documents/*.json plus the file each
// one publishes, under public/documents/) for the benchmark: Thai text of realistic length built from
// the vocabulary of an อบต.'s documents. Invented and marked example: true; it is only ever built in
// a temporary folder and never published.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = ['ประกาศ', 'รายงานผลการดำเนินงาน', 'สรุปผลการจัดซื้อจัดจ้าง', 'คำสั่ง', 'แผนการดำเนินงาน', 'รายงานการประชุม'];
const TOPICS = [
  'การจัดซื้อวัสดุสำนักงาน',
  'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓',
  'การป้องกันการทุจริตและประพฤติมิชอบ',
  'การเปิดเผยข้อมูลสาธารณะ',
  'การรับเรื่องร้องเรียนของประชาชน',
  'การใช้ทรัพย์สินของราชการ',
  'การบริหารและพัฒนาทรัพยากรบุคคล',
  'การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง',
];
const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม'];
/** OIT items documents commonly evidence (slugs of nacc/oit/frameworks). */
const ITEMS = [
  'procurement-plan',
  'procurement-announcements',
  'annual-report',
  'work-manual',
  'service-manual',
  'hr-policy',
  'complaint-statistics',
  'anti-corruption-plan',
  'news',
  'participation',
];
const SENTENCES = [
  'องค์การบริหารส่วนตำบลได้ดำเนินการตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ',
  'โดยเปิดเผยข้อมูลให้ประชาชนตรวจสอบได้ทางเว็บไซต์ของหน่วยงาน',
  'ผู้รับผิดชอบได้รายงานความก้าวหน้าต่อผู้บริหารทุกเดือน',
  'ประชาชนที่มีข้อสงสัยสามารถติดต่อสอบถามได้ในวันและเวลาราชการ',
  'ทั้งนี้ให้เป็นไปตามแผนปฏิบัติการป้องกันการทุจริตประจำปีงบประมาณ',
  'คณะกรรมการตรวจรับพัสดุได้ตรวจรับงานเรียบร้อยแล้ว',
  'ผลการดำเนินงานเป็นไปตามเป้าหมายที่กำหนดไว้ในแผนพัฒนาท้องถิ่น',
  'หน่วยงานได้จัดประชุมชี้แจงแนวทางปฏิบัติให้แก่บุคลากรทุกคน',
];

/** Deterministic pseudo-random numbers, so every run builds the same site. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Writes content/documents/bench-NNNNN.json and public/documents/bench/bench-NNNNN.csv under `project`: a
 * one-column table of the document's text (CSV is a document type the check allows; plain .txt is not).
 */
export function generateDocuments(project, count) {
  const dir = join(project, 'content/documents');
  const files = join(project, 'public/documents/bench');
  mkdirSync(dir, { recursive: true });
  mkdirSync(files, { recursive: true });
  const rand = random(2566);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  for (let i = 1; i <= count; i++) {
    const id = `bench-${String(i).padStart(5, '0')}`;
    const fiscalYear = 2564 + (i % 4);
    const month = 1 + (i % 12);
    const paragraphs = Array.from({ length: 3 + (i % 4) }, () =>
      Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(SENTENCES)).join(' '),
    );
    const doc = {
      title: `${pick(KINDS)} เรื่อง ${pick(TOPICS)} ฉบับที่ ${i}/${fiscalYear}`,
      items: [ITEMS[i % ITEMS.length]],
      date: `${fiscalYear - 543 - (month >= 10 ? 1 : 0)}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      fiscalYear,
      example: true,
      unit: pick(UNITS),
      file: `/documents/bench/${id}.csv`,
      summary: paragraphs,
    };
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(doc));
    const cell = (text) => `"${text.replaceAll('"', '""')}"`;
    writeFileSync(join(files, `${id}.csv`), [doc.title, ...paragraphs].map(cell).join('\n') + '\n');
  }
}
