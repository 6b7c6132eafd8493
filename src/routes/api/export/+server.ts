import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { capExportRows, EXPORT_MAX_ROWS, isExportFormat, toCsv, toExportJson } from '$lib/search/export-format';
import { answerSearch, BadSearchRequest, readSearchRequest } from '$lib/server/search-http';
import { exportArticles } from '$lib/server/search-service';

/**
 * GET /api/export?format=csv|json&<search state>: every result, at most EXPORT_MAX_ROWS rows
 * and EXPORT_MAX_CHARS of text.
 * Capping is said in the JSON (`capped`, `total`) and, for both formats, in the
 * `X-Marsad-Export-Capped` / `X-Marsad-Total` headers.
 */
export const GET: RequestHandler = ({ url, request }) =>
	answerSearch(async () => {
		const format = url.searchParams.get('format') ?? 'csv';
		if (!isExportFormat(format)) throw new BadSearchRequest('format must be csv or json');
		const { state, ui } = readSearchRequest(url, request);
		const found = await exportArticles(state, ui, EXPORT_MAX_ROWS);
		const total = found.total;
		const rows = capExportRows(found.rows);
		const capped = total > rows.length;
		const stamp = new Date().toISOString().slice(0, 10);
		const headers = {
			'cache-control': 'no-store',
			'content-disposition': `attachment; filename="marsad-export-${stamp}.${format}"`,
			'x-marsad-export-capped': String(capped),
			'x-marsad-total': String(total),
			'x-marsad-exported': String(rows.length)
		};
		if (format === 'json') return json(toExportJson(state.q, total, rows), { headers });
		return new Response(toCsv(rows), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
	});
