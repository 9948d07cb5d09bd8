/** The one error the report importer throws: Thai then English, quoting the line it could not read. */

/** A long table row quoted in a message: its start and its end, where the cells that matter usually are. */
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 70)} … ${text.slice(-70)}` : text);

export class ReportError extends Error {
  readonly line: number | undefined;
  constructor(thai: string, english: string, line?: { number: number; text: string }) {
    const quote = line ? `\n  บรรทัด ${line.number} / line ${line.number}: "${shorten(line.text.trim())}"` : '';
    super(`${thai} / ${english}${quote}`);
    this.name = 'ReportError';
    this.line = line?.number;
  }
}
