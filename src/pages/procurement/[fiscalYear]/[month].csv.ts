import type { APIRoute } from 'astro';
import { procurementMonthPaths } from '../../../data/pages/oit';
import { procurementCsv } from '../../../lib/oit/procurement-table';
import type { ProcurementMonth } from '../../../schemas/oit';

/** The monthly procurement summary of one month as CSV (UTF-8 with BOM), built with the site. */
export const getStaticPaths = procurementMonthPaths;

export const GET: APIRoute<{ month: ProcurementMonth }> = ({ props }) =>
  new Response(procurementCsv(props.month), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
