import { readerWords } from './words';

/**
 * Breaks a label into lines of at most `maxChars` characters at Thai word boundaries (Thai has no
 * spaces between words, so Intl.Segmenter's dictionary finds them; compounds it splits, such as
 * "งบประมาณ", stay whole: readerWords with `compounds`, a site's siteCompounds). A single word longer
 * than a line stays whole.
 */
export function wrapLabel(label: string, maxChars: number, compounds: readonly string[]): string[] {
  if (label.length <= maxChars) return [label];
  const lines: string[] = [];
  let line = '';
  for (const segment of readerWords(label, compounds)) {
    if (line && (line + segment).trimEnd().length > maxChars) {
      lines.push(line.trim());
      line = segment.trimStart();
    } else {
      line += segment;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
