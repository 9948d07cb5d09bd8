/**
 * Text files as staff save them: UTF-8 (with or without a byte-order mark) is read; UTF-16 and the
 * Thai code pages many office PCs still write (TIS-620 / Windows-874) are named, so the message can
 * say how to save the file as UTF-8 instead of publishing mojibake or failing on a date.
 */

export type Decoded = { ok: true; text: string } | { ok: false; encoding: string };

/** Bytes 0xA1–0xFB are the Thai letters of TIS-620 and Windows-874. */
const isThaiCodePageByte = (b: number) => b >= 0xa1 && b <= 0xfb;

/** Whether the bytes look like UTF-16 without a byte-order mark: a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const pairs = Math.min(bytes.length >> 1, 512);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs / 2) return 'UTF-16LE';
  if (evenNul > pairs / 2) return 'UTF-16BE';
  return undefined;
}

/** The text of a file, or the encoding it is in when that is not UTF-8. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, encoding: 'UTF-16BE' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, encoding: 'UTF-16LE' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { ok: false, encoding: utf16 };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // A picture or a Word file saved under a .yaml name: not text in any encoding.
    if (bytes.includes(0)) return { ok: false, encoding: 'binary' };
    const high = bytes.filter((b) => b >= 0x80);
    const thai = high.filter(isThaiCodePageByte).length;
    return { ok: false, encoding: thai >= high.length * 0.8 ? 'TIS-620 / Windows-874' : 'not UTF-8' };
  }
}

/** The WHATWG label of each encoding decodeText names, for a reader that can convert them (the importer). */
const LABELS: Record<string, string> = {
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'TIS-620 / Windows-874': 'windows-874',
};

/**
 * A text file in whichever of UTF-8, UTF-16 or TIS-620 / Windows-874 it was saved in (Word and Thai
 * office PCs write all three): its text and the encoding read, or the encoding it could not read.
 * TextDecoder drops a byte-order mark itself.
 */
export function decodeAnyText(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: string } | { ok: false; encoding: string } {
  const decoded = decodeText(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text, encoding: 'UTF-8' };
  const label = LABELS[decoded.encoding];
  if (!label) return decoded;
  return { ok: true, text: new TextDecoder(label).decode(bytes), encoding: decoded.encoding };
}
