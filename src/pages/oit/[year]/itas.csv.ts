import type { APIRoute } from 'astro';
import { itasSheetCsv, oitYearPaths } from '../../../data/pages/oit';

export const getStaticPaths = oitYearPaths;

export const GET: APIRoute<{ year: number }> = async ({ props, site }) =>
  new Response(await itasSheetCsv(props.year, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
