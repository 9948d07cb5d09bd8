import type { APIRoute, GetStaticPaths } from 'astro';
import { getOitData } from '../../../data/oit';
import { procurementCsv } from '../../../lib/oit/procurement-table';
import type { ProcurementMonth } from '../../../schemas/oit';

/** The monthly procurement summary of one month as CSV (UTF-8 with BOM), built with the site. */
export const getStaticPaths = (async () => {
  const { procurement } = await getOitData();
  return procurement.map((p) => ({
    params: { fiscalYear: String(p.data.fiscalYear), month: p.data.month },
    props: { month: p.data },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(procurementCsv((props as { month: ProcurementMonth }).month), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
