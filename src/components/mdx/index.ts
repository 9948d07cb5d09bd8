/**
 * The components staff may use inside MDX, under the names they write (<Score …/>): passed to every
 * rendered MDX entry. The names and props are those of src/lib/prose/components.ts, which the content
 * check validates every use against (a test keeps the two lists equal).
 */
import Score from './Score.astro';
import ScoreTable from './ScoreTable.astro';
import IndicatorChart from './IndicatorChart.astro';
import Measures from './Measures.astro';
import OitDocuments from './OitDocuments.astro';
import Note from './Note.astro';
import Figure from './Figure.astro';

export const proseComponents = { Score, ScoreTable, IndicatorChart, Measures, OitDocuments, Note, Figure };
