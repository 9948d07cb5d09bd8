import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { escapeXml, newsEntries, rssFeed } from '../../src/lib/open-data/feed';

const feed = rssFeed({
  title: 'ข่าวประชาสัมพันธ์ อบต.โคกก่อ',
  description: 'ข่าวและประกาศ',
  siteUrl: 'https://www.example.go.th/',
  feedUrl: 'https://www.example.go.th/news/rss.xml',
  limit: 2,
  entries: [
    { title: 'ประกาศเก่า', url: 'https://www.example.go.th/news/a/', date: new Date('2023-10-01T00:00:00Z') },
    {
      title: 'ประชุม "สภา" & <ประกาศ>',
      url: 'https://www.example.go.th/news/b/?x=1&y=2',
      date: new Date('2023-12-30T00:00:00Z'),
      description: 'รายละเอียด',
      category: 'ประกาศ',
    },
    { title: 'ข่าวกลาง', url: 'https://www.example.go.th/news/c/', date: new Date('2023-11-15T00:00:00Z') },
  ],
});

describe('RSS feed', () => {
  const $ = cheerio.load(feed, { xml: true });

  it('is RSS 2.0 in Thai with a self link', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect($('channel > language').text()).toBe('th');
    expect($('channel > title').text()).toBe('ข่าวประชาสัมพันธ์ อบต.โคกก่อ');
    expect($('channel > atom\\:link').attr('href')).toBe('https://www.example.go.th/news/rss.xml');
  });

  it('lists the newest entries first, up to the limit, with RFC 822 dates', () => {
    expect(
      $('item > title')
        .toArray()
        .map((t) => $(t).text()),
    ).toEqual(['ประชุม "สภา" & <ประกาศ>', 'ข่าวกลาง']);
    expect($('item > pubDate').first().text()).toBe('Sat, 30 Dec 2023 00:00:00 GMT');
    expect($('channel > lastBuildDate').text()).toBe('Sat, 30 Dec 2023 00:00:00 GMT');
    expect($('item > link').first().text()).toBe('https://www.example.go.th/news/b/?x=1&y=2');
    expect($('item > category').first().text()).toBe('ประกาศ');
  });

  it('escapes markup so entries cannot break the XML', () => {
    expect(feed).toContain('<title>ประชุม &quot;สภา&quot; &amp; &lt;ประกาศ&gt;</title>');
    expect(escapeXml('a\u0001b')).toBe('ab');
  });
});

describe('news entries from disclosures', () => {
  it('keeps news and procurement announcements, links each to its entry, marks examples', () => {
    const d = (id: string, items: string[], example = false) => ({
      id,
      data: { title: `เรื่อง ${id}`, items, date: new Date('2025-01-20T00:00:00Z'), summary: 'สรุป', example },
    });
    const entries = newsEntries(
      [d('a', ['news'], true), d('b', ['structure']), d('c', ['procurement-announcements'])],
      (item, anchor) => `https://x.go.th/oit/items/${item}/#${anchor}`,
    );
    expect(entries.map((e) => [e.title, e.url, e.category])).toEqual([
      ['เรื่อง a (ข้อมูลตัวอย่าง)', 'https://x.go.th/oit/items/news/#a', 'ข่าวประชาสัมพันธ์'],
      ['เรื่อง c', 'https://x.go.th/oit/items/procurement-announcements/#c', 'ประกาศจัดซื้อจัดจ้าง'],
    ]);
  });
});
