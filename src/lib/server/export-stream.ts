import { ExportEncoder } from '$lib/search/export-format';
import type { ExportFormat, ExportLimits, ExportRow } from '$lib/search/export-format';

type Pages = AsyncIterator<{ total: number; rows: ExportRow[] }>;

/**
 * Streams an export: the first page is read before answering (an engine that is down still
 * gets a 503, and the total goes in a header), later pages only when the client has taken the
 * rows before them, so one export holds a page, never the file. A failure after the first byte
 * cannot change the status any more: the file then ends with a notice saying it is incomplete.
 */
export async function exportStream(
	pages: Pages,
	format: ExportFormat,
	query: string,
	limits: ExportLimits,
	onCancel: () => void = () => {}
): Promise<{ total: number; body: ReadableStream<Uint8Array> }> {
	const first = await pages.next();
	const total = first.done ? 0 : first.value.total;
	const encoder = new ExportEncoder(format, query, total, limits);
	let rows = first.done ? [] : first.value.rows;
	let last = first.done ?? false;
	let at = 0;
	let started = false;

	const body = new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (!started) {
					started = true;
					controller.enqueue(encoder.head());
					return;
				}
				while (at >= rows.length && !last) {
					try {
						const next = await pages.next();
						if (next.done) last = true;
						else [rows, at] = [next.value.rows, 0];
					} catch (error) {
						console.error(`[export] ${error instanceof Error ? error.message : String(error)}`);
						controller.enqueue(encoder.tail('search engine unavailable'));
						controller.close();
						return;
					}
				}
				const row = at < rows.length ? encoder.row(rows[at++]!) : null;
				if (row) {
					controller.enqueue(row);
					return;
				}
				controller.enqueue(encoder.tail());
				controller.close();
				// The cut may leave pages unread: end the generator (no more requests).
				void pages.return?.(undefined);
			},
			cancel() {
				onCancel();
				void pages.return?.(undefined);
			}
		},
		// One piece (a row) at a time: the next is made only when the previous was taken.
		{ highWaterMark: 1 }
	);
	return { total, body };
}
