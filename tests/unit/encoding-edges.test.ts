// How the checker and the importer tell the encoding a file was saved in, at the edges of each test:
// the byte-order marks, UTF-16 without one, the Thai code page's letters, and bytes that are no text.
import { describe, expect, it } from 'vitest';
import { decodeAnyText, decodeText } from '../../src/lib/content-check/encoding';

const bytes = (...b: number[]) => new Uint8Array(b);
const encodingOf = (...b: number[]) => {
  const d = decodeText(bytes(...b));
  return d.ok ? `text ${JSON.stringify(d.text)}` : d.encoding;
};

describe('a byte-order mark', () => {
  it('names UTF-16 big- and little-endian by their marks, even for a one-letter file', () => {
    expect(encodingOf(0xfe, 0xff, 0x00, 0x61)).toBe('UTF-16BE');
    expect(encodingOf(0xff, 0xfe, 0x61, 0x00)).toBe('UTF-16LE');
  });

  it('is both of its bytes: one of them alone is a byte of a file that is not UTF-8', () => {
    expect([encodingOf(0xfe, 0x61, 0x62), encodingOf(0x61, 0xff, 0x62)]).toEqual(['not UTF-8', 'not UTF-8']);
    expect([encodingOf(0xff, 0x61, 0x62), encodingOf(0x61, 0xfe, 0x62)]).toEqual(['not UTF-8', 'not UTF-8']);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is named from two letters on, by a NUL in every other byte', () => {
    expect(encodingOf(0x61, 0x00, 0x62, 0x00)).toBe('UTF-16LE');
    expect(encodingOf(0x00, 0x61, 0x00, 0x62)).toBe('UTF-16BE');
  });

  it('is not named for one letter and a NUL, which reads as UTF-8', () => {
    expect(encodingOf(0x61, 0x00)).toBe('text "a\\u0000"');
  });

  it('needs more than half of the pairs with a NUL, counting whole pairs only', () => {
    expect(encodingOf(0x61, 0x00, 0x62, 0x63)).toBe('text "a\\u0000bc"');
    expect(encodingOf(0x00, 0x61, 0x62, 0x63)).toBe('text "\\u0000abc"');
    // Five bytes are two pairs and a last byte, which is not counted.
    expect(encodingOf(0x61, 0x62, 0x00, 0x63, 0x00)).toBe('text "ab\\u0000c\\u0000"');
  });
});

describe('a file that is not UTF-8', () => {
  it('is binary when it holds a NUL (a picture saved under a .yaml name)', () => {
    expect(encodingOf(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d)).toBe('binary');
  });

  it('is TIS-620 / Windows-874 when its high bytes are Thai letters, from ก (0xA1) to ๛ (0xFB)', () => {
    expect([encodingOf(0x61, 0xa1), encodingOf(0x61, 0xfb)]).toEqual([
      'TIS-620 / Windows-874',
      'TIS-620 / Windows-874',
    ]);
    expect([encodingOf(0x61, 0xa0), encodingOf(0x61, 0xfc)]).toEqual(['not UTF-8', 'not UTF-8']);
  });

  it('is TIS-620 / Windows-874 when at least 80 % of its high bytes, 0x80 counted, are Thai letters', () => {
    expect(encodingOf(0xa1, 0xa1, 0xa1, 0xa1, 0x80)).toBe('TIS-620 / Windows-874');
    expect(encodingOf(0xa1, 0xa1, 0xa1, 0x80)).toBe('not UTF-8');
  });
});

describe('the importer’s reader', () => {
  it('reads UTF-8 with or without its mark, UTF-16 and the Thai code page, naming what it read', () => {
    expect(decodeAnyText(bytes(0xef, 0xbb, 0xbf, 0xe0, 0xb8, 0x81))).toEqual({
      ok: true,
      text: 'ก',
      encoding: 'UTF-8',
    });
    expect(decodeAnyText(bytes(0xff, 0xfe, 0x01, 0x0e))).toEqual({ ok: true, text: 'ก', encoding: 'UTF-16LE' });
    expect(decodeAnyText(bytes(0xfe, 0xff, 0x0e, 0x01))).toEqual({ ok: true, text: 'ก', encoding: 'UTF-16BE' });
    expect(decodeAnyText(bytes(0x61, 0xa1))).toEqual({ ok: true, text: 'aก', encoding: 'TIS-620 / Windows-874' });
  });

  it('names a file it cannot read instead of reading it as UTF-8', () => {
    expect(decodeAnyText(bytes(0x61, 0xfc))).toEqual({ ok: false, encoding: 'not UTF-8' });
    expect(decodeAnyText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d))).toEqual({
      ok: false,
      encoding: 'binary',
    });
  });
});
