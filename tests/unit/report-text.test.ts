// The importer's text layer (src/lib/import/report-text.ts, report-error.ts): lines, cells, list items,
// pieces joined across a page break, timeframes, and how a refusal quotes the line it could not read.
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/lib/import/report-error';
import {
  cellItems,
  cleanText,
  isHeaderRow,
  joinContinued,
  joinText,
  parseTimeframe,
  splitLines,
} from '../../src/lib/import/report-text';
import { isoDate } from '../../src/lib/thai/format';

/** A timeframe cell as read: its days and the text kept, or the code of the message refusing it. */
const timeframe = (cell: string) => {
  const r = parseTimeframe(cell);
  return r.ok ? [isoDate(r.value.start), isoDate(r.value.end), r.value.text] : r.error.code;
};

describe('the report as lines', () => {
  it('numbers the lines from 1 whatever the line endings: Windows, old Mac and Unix', () => {
    expect(splitLines('ก\r\nข\rค\nง')).toEqual([
      { number: 1, text: 'ก' },
      { number: 2, text: 'ข' },
      { number: 3, text: 'ค' },
      { number: 4, text: 'ง' },
    ]);
  });
});

describe('a cell as text', () => {
  it('strips the HTML tags, with their attributes, and decodes the entities the Word export writes', () => {
    expect(cleanText('<p class="x">ก</p><b>ข</b>')).toBe('ก ข');
    expect(cleanText('ก&nbsp;ข')).toBe('ก ข');
    expect(cleanText('&lt;85&gt;')).toBe('<85>');
    expect(cleanText('&quot;ดี&quot;')).toBe('"ดี"');
    expect(cleanText('Dos &#39;n&apos; Don&#39;ts')).toBe("Dos 'n' Don'ts");
    expect(cleanText('ก &amp; ข')).toBe('ก & ข');
  });

  it('decodes "&amp;" last, so "&amp;lt;" stays the text "&lt;"', () => {
    expect(cleanText('&amp;lt;')).toBe('&lt;');
  });

  it('folds spaces, tabs and no-break spaces into one space and trims the ends', () => {
    expect(cleanText(' \tก \t\u00a0 ข\u00a0 ')).toBe('ก ข');
  });
});

describe('a cell as list items', () => {
  it('reads HTML list items and paragraphs, whatever the case of the tags', () => {
    expect(cellItems('<UL><LI>ก</LI><LI>ข</LI></UL>')).toEqual(['ก', 'ข']);
    expect(cellItems('<P>ก</P><P>ข</P>')).toEqual(['ก', 'ข']);
  });

  it('takes text before the first item as an item of its own', () => {
    expect(cellItems('ก<li>ข</li>')).toEqual(['ก', 'ข']);
  });

  it('continues the item above with text outside any item: directly after Thai, after a space otherwise', () => {
    expect(cellItems('<li>จัดทำแผนและ</li> ประกาศใช้แผน')).toEqual(['จัดทำแผนและประกาศใช้แผน']);
    expect(cellItems('<li>E-Service</li> online')).toEqual(['E-Service online']);
    expect(cellItems('<li>ก</li><li>ข</li> ค')).toEqual(['ก', 'ขค']);
  });

  it('does not take a tag that only starts with "p" (<pre>) as a paragraph', () => {
    expect(cellItems('<pre>1. ก 2. ข</pre>')).toEqual(['ก', 'ข']);
  });

  it('drops the bullets and the numbering, and items that were only a bullet', () => {
    expect(cellItems('<li>● • ก</li><li>–ข</li><li>- ค</li><li>▪</li>')).toEqual(['ก', 'ข', 'ค']);
    expect(cellItems('<li>12 . ก</li><li>๑๒.ข</li>')).toEqual(['ก', 'ข']);
    expect(cellItems('<li>2.5 เท่า</li>')).toEqual(['2.5 เท่า']);
  });

  it('splits inline numbering "1.… 2.…" only when it counts up from 1 at the start of the cell', () => {
    expect(cellItems('1.จัดทำ 2.แจ้ง 3.เผยแพร่')).toEqual(['จัดทำ', 'แจ้ง', 'เผยแพร่']);
    expect(cellItems('1. จัดทำ 3. แจ้ง')).toEqual(['จัดทำ 3. แจ้ง']);
    expect(cellItems('ดู 1. จัดทำ 2. แจ้ง')).toEqual(['ดู 1. จัดทำ 2. แจ้ง']);
    expect(cellItems('1. จัดทำ อบต.2 แห่ง')).toEqual(['จัดทำ อบต.2 แห่ง']);
  });

  it('reads an empty cell as no items', () => {
    expect(cellItems('')).toEqual([]);
    expect(cellItems('<li> </li>')).toEqual([]);
  });
});

describe('the measures table header row', () => {
  it('starts with "หัวข้อ" and a tab, or ends with the timeframe column', () => {
    expect(isHeaderRow('หัวข้อ\tมาตรการ')).toBe(true);
    expect(isHeaderRow(' หัวข้อ \tมาตรการ')).toBe(true);
    expect(isHeaderRow('ประเด็น\tมาตรการ\tระยะเวลาดำเนินงาน')).toBe(true);
    expect(isHeaderRow('ประเด็น\tระยะเวลา ดำเนินการ')).toBe(true);
  });

  it('is not a row that only mentions them', () => {
    expect(isHeaderRow('หัวข้อ มาตรการ')).toBe(false);
    expect(isHeaderRow('ดูหัวข้อ\tมาตรการ')).toBe(false);
    expect(isHeaderRow('ระยะเวลาดำเนินงาน')).toBe(false);
    expect(isHeaderRow('ประเด็น\tระยะเวลาดำเนินงาน\tหมายเหตุ')).toBe(false);
  });
});

describe('pieces of a cell cut by a page break', () => {
  it('are joined with no space between Thai letters and one space otherwise', () => {
    expect(joinContinued('สามารถ ', '  ตอบสนอง')).toBe('สามารถตอบสนอง');
    expect(joinContinued('E-Service  ', '  online')).toBe('E-Service online');
    expect(joinContinued('ข้อ 1', 'ก')).toBe('ข้อ 1 ก');
    expect(joinContinued('ก', '2 ข้อ')).toBe('ก 2 ข้อ');
    expect(joinText('จัดทำ', 'แผน')).toBe('จัดทำแผน');
    expect(joinText('จัดทำ', '(แผน)')).toBe('จัดทำ (แผน)');
    expect(joinText('(E-Service)', 'ให้')).toBe('(E-Service) ให้');
  });

  it('a piece that is only markup or spaces leaves the text above as it was', () => {
    expect(joinContinued('จัดทำ ', '<br> ')).toBe('จัดทำ ');
  });
});

describe('a timeframe cell', () => {
  it('reads a date range and keeps the text as written', () => {
    expect(timeframe('๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗')).toEqual(['2023-10-01', '2024-09-30', '๑ ต.ค.๒๕๖๖ - ๓๐ ก.ย.๒๕๖๗']);
  });

  it('writes a whole fiscal year out as its first and last day', () => {
    const fy2567 = ['2023-10-01', '2024-09-30', '1 ต.ค. 2566 - 30 ก.ย. 2567'];
    expect(timeframe('ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗')).toEqual(fy2567);
    expect(timeframe('ปีงบประมาณ 2567')).toEqual(fy2567);
    expect(timeframe(' ตลอดปีงบประมาณ พ . ศ . 2567 ')).toEqual(fy2567);
    expect(timeframe('ตลอดปีงบประมาณพ.ศ.2568')).toEqual(['2024-10-01', '2025-09-30', '1 ต.ค. 2567 - 30 ก.ย. 2568']);
  });

  it('refuses a fiscal year inside other words, and a range it cannot read, with the date message', () => {
    expect(timeframe('ภายในปีงบประมาณ 2567')).toBe('date.range-parts');
    expect(timeframe('ตลอดปีงบประมาณ 2567 และ 2568')).toBe('date.range-parts');
    expect(timeframe('30 ก.ย. 2567 - 1 ต.ค. 2566')).toBe('date.range-order');
  });
});

describe('a refusal', () => {
  it('says it in Thai then English and quotes the line, trimmed', () => {
    const e = new ReportError('อ่านไม่ได้', 'could not read', { number: 7, text: '  ๑. ก\t' });
    expect(e.message).toBe('อ่านไม่ได้ / could not read\n  บรรทัด 7 / line 7: "๑. ก"');
    expect([e.name, e.line]).toEqual(['ReportError', 7]);
  });

  it('without a line says only the message', () => {
    const e = new ReportError('ไม่พบ', 'found none');
    expect([e.message, e.line]).toEqual(['ไม่พบ / found none', undefined]);
  });

  it('quotes a line of up to 160 characters whole, and a longer one by its first and last 70', () => {
    const quote = (text: string) => new ReportError('ก', 'a', { number: 1, text }).message.split(': ')[1];
    const exact = `${'ก'.repeat(80)}${'ข'.repeat(80)}`;
    expect(quote(exact)).toBe(`"${exact}"`);
    expect(quote(`${exact}ค`)).toBe(`"${'ก'.repeat(70)} … ${'ข'.repeat(69)}ค"`);
  });
});

describe('list items at their edges', () => {
  it('reads item tags with attributes', () => {
    expect(cellItems('<li class="a">ก</li><p align="left">ข</p>')).toEqual(['ก', 'ข']);
  });

  it('keeps a number inside an item, and strips only the one that starts it', () => {
    expect(cellItems('<li>ขั้นที่ 1. สำรวจ</li>')).toEqual(['ขั้นที่ 1. สำรวจ']);
  });

  it('passes over empty items and closing tags when text continues the item above', () => {
    expect(cellItems('<li>ก</li><li></li> ข')).toEqual(['กข']);
    expect(cellItems('<p><li>ก</li></p> ข')).toEqual(['กข']);
  });

  it('splits ten inline items, with spaces before the dots', () => {
    const thai = ['ก', 'ข', 'ค', 'ง', 'จ', 'ฉ', 'ช', 'ซ', 'ฌ', 'ญ'];
    expect(cellItems(thai.map((t, i) => `${i + 1} .${t}`).join(' '))).toEqual(thai);
  });
});

describe('text between list items with attributes', () => {
  it('continues the item before it, not the one after', () => {
    expect(cellItems('<li class="a">ก</li> ค <li class="b">ข</li>')).toEqual(['กค', 'ข']);
  });
});
