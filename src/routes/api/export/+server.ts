import type { RequestHandler } from './$types';
import { EXPORT_MAX_BYTES, EXPORT_MAX_ROWS, isExportFormat } from '$lib/search/export-format';
import { answerSearch, BadSearchRequest, readSearchRequest } from '$lib/server/search-http';
import { exportPages } from '$lib/server/search-service';
import { exportStream } from '$lib/server/export-stream';

/**
 * GET /api/export?format=csv|json&<search state>: every result, streamed page by page, at most
 * EXPORT_MAX_ROWS rows and EXPORT_MAX_BYTES bytes. A cut is said inside the file: the last CSV
 * line, the JSON's `capped`, `cut` and `notice`. `X-Marsad-Total` gives the search's total.
 */
export const GET: RequestHandler = ({ url, request }) =>
	answerSearch(async () => {
		const format = url.searchParams.get('format') ?? 'csv';
		if (!isExportFormat(format)) throw new BadSearchRequest('format must be csv or json');
		const { state, ui } = readSearchRequest(url, request);
		// Aborted when the client goes away, so no page is fetched for nobody.
		const abort = new AbortController();
		const pages = exportPages(state, ui, EXPORT_MAX_ROWS, abort.signal);
		const { total, body } = await exportStream(
			pages,
			format,
			state.q,
			{ maxRows: EXPORT_MAX_ROWS, maxBytes: EXPORT_MAX_BYTES },
			() => abort.abort()
		);
		const stamp = new Date().toISOString().slice(0, 10);
		return new Response(body, {
			headers: {
				'cache-control': 'no-store',
				'content-disposition': `attachment; filename="marsad-export-${stamp}.${format}"`,
				'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
				'x-marsad-total': String(total)
			}
		});
	});
