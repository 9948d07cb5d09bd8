/**
 * Characters that make a name, a title, a slug or an address read differently from what it is: the
 * invisible controls of text direction (a right-to-left override turns "txt.exe" around), invisible
 * characters (a zero-width space hides inside a name, so two names that look alike differ), and letters
 * of another script that look Latin (a Cyrillic "а" in "bаnmai.go.th" sends readers to another site).
 * Thai needs none of them: words are not separated by zero-width spaces in text staff type, and Thai
 * letters look like no Latin ones. Pure: the schemas (src/schemas/common.ts) report what this finds.
 */

/** The invisible controls of text direction, with their Unicode names. */
const BIDI: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Characters that take no space, with their Unicode names. */
const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Cyrillic and Greek letters that look like Latin ones, with their Unicode names. */
const LOOK_ALIKES: Record<number, string> = {
  0x0430: 'CYRILLIC SMALL LETTER A',
  0x0435: 'CYRILLIC SMALL LETTER IE',
  0x043e: 'CYRILLIC SMALL LETTER O',
  0x0440: 'CYRILLIC SMALL LETTER ER',
  0x0441: 'CYRILLIC SMALL LETTER ES',
  0x0443: 'CYRILLIC SMALL LETTER U',
  0x0445: 'CYRILLIC SMALL LETTER HA',
  0x0456: 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I',
  0x0458: 'CYRILLIC SMALL LETTER JE',
  0x0455: 'CYRILLIC SMALL LETTER DZE',
  0x04bb: 'CYRILLIC SMALL LETTER SHHA',
  0x0501: 'CYRILLIC SMALL LETTER KOMI DE',
  0x051b: 'CYRILLIC SMALL LETTER QA',
  0x051d: 'CYRILLIC SMALL LETTER WE',
  0x0410: 'CYRILLIC CAPITAL LETTER A',
  0x0412: 'CYRILLIC CAPITAL LETTER VE',
  0x0415: 'CYRILLIC CAPITAL LETTER IE',
  0x041a: 'CYRILLIC CAPITAL LETTER KA',
  0x041c: 'CYRILLIC CAPITAL LETTER EM',
  0x041d: 'CYRILLIC CAPITAL LETTER EN',
  0x041e: 'CYRILLIC CAPITAL LETTER O',
  0x0420: 'CYRILLIC CAPITAL LETTER ER',
  0x0421: 'CYRILLIC CAPITAL LETTER ES',
  0x0422: 'CYRILLIC CAPITAL LETTER TE',
  0x0425: 'CYRILLIC CAPITAL LETTER HA',
  0x03b1: 'GREEK SMALL LETTER ALPHA',
  0x03b5: 'GREEK SMALL LETTER EPSILON',
  0x03b9: 'GREEK SMALL LETTER IOTA',
  0x03ba: 'GREEK SMALL LETTER KAPPA',
  0x03bd: 'GREEK SMALL LETTER NU',
  0x03bf: 'GREEK SMALL LETTER OMICRON',
  0x03c1: 'GREEK SMALL LETTER RHO',
  0x03c4: 'GREEK SMALL LETTER TAU',
  0x03c5: 'GREEK SMALL LETTER UPSILON',
  0x0391: 'GREEK CAPITAL LETTER ALPHA',
  0x0392: 'GREEK CAPITAL LETTER BETA',
  0x0395: 'GREEK CAPITAL LETTER EPSILON',
  0x0397: 'GREEK CAPITAL LETTER ETA',
  0x0399: 'GREEK CAPITAL LETTER IOTA',
  0x039a: 'GREEK CAPITAL LETTER KAPPA',
  0x039c: 'GREEK CAPITAL LETTER MU',
  0x039d: 'GREEK CAPITAL LETTER NU',
  0x039f: 'GREEK CAPITAL LETTER OMICRON',
  0x03a1: 'GREEK CAPITAL LETTER RHO',
  0x03a4: 'GREEK CAPITAL LETTER TAU',
  0x03a7: 'GREEK CAPITAL LETTER CHI',
};

export type Spoofing = 'bidi' | 'invisible' | 'mixed-script';

/** One character that makes a value read as something else, and where it is. */
export interface SpoofingChar {
  kind: Spoofing;
  /** The character as "U+202E". */
  char: string;
  /** Its Unicode name ("RIGHT-TO-LEFT OVERRIDE"). */
  name: string;
  /** Its position in the value, counting characters from 1. */
  position: number;
  /** For a look-alike: the word it is in. */
  word?: string;
}

/** "U+202E" for a code point. */
export const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const scriptOf = (ch: string): 'latin' | 'cyrillic' | 'greek' | undefined => {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  return undefined;
};

/** The first Cyrillic or Greek letter in a word that also has Latin letters: a look-alike. */
function mixedScript(chars: readonly string[]): SpoofingChar | undefined {
  // Words: runs of letters, digits and marks (a domain's labels and a slug's parts are words).
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    if (ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch)) continue;
    const word = chars.slice(start, i);
    const scripts = word.map(scriptOf);
    if (scripts.includes('latin')) {
      const at = scripts.findIndex((s) => s === 'cyrillic' || s === 'greek');
      if (at >= 0) {
        // Every index of a word is a character of it.
        const cp = word[at]!.codePointAt(0) ?? 0;
        const script = scripts[at] === 'cyrillic' ? 'CYRILLIC' : 'GREEK';
        return {
          kind: 'mixed-script',
          char: codePoint(cp),
          name: LOOK_ALIKES[cp] ?? `${script} LETTER`,
          position: start + at + 1,
          word: word.join(''),
        };
      }
    }
    start = i + 1;
  }
  return undefined;
}

/** The first character that makes a value read as something else, or undefined when it has none. */
export function findSpoofing(value: string): SpoofingChar | undefined {
  const chars = Array.from(value);
  for (const [i, ch] of chars.entries()) {
    const cp = ch.codePointAt(0) ?? 0;
    const bidi = BIDI[cp];
    if (bidi) return { kind: 'bidi', char: codePoint(cp), name: bidi, position: i + 1 };
    const invisible = INVISIBLE[cp];
    if (invisible) return { kind: 'invisible', char: codePoint(cp), name: invisible, position: i + 1 };
  }
  return mixedScript(chars);
}

/** A value with its bidi controls and invisible characters written as \u202E, so a message shows them. */
export function showInvisible(value: string): string {
  return Array.from(value)
    .map((ch) => {
      const cp = ch.codePointAt(0) ?? 0;
      return BIDI[cp] || INVISIBLE[cp] ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}` : ch;
    })
    .join('');
}
