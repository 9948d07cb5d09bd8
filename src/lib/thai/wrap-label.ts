/**
 * Breaks a label into lines of at most `maxChars` characters at Thai word boundaries (Thai has no
 * spaces between words, so Intl.Segmenter's dictionary finds them). A single word longer than a
 * line stays whole.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  if (label.length <= maxChars) return [label];
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const lines: string[] = [];
  let line = '';
  for (const { segment } of segmenter.segment(label)) {
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
