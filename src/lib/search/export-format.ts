/**
 * Export rows as CSV (RFC 4180) or JSON. Pure.
 */

export const EXPORT_MAX_ROWS = 1000;
/**
 * An export file is at most this many bytes: 1,000 bodies of up to 2 MiB made one export 117 MB
 * and eight at once took 1.7 GB. Rows are streamed; the first row that would not fit ends the
 * file, which says so in its last line (CSV) or its `cut`/`notice` fields (JSON).
 */
export const EXPORT_MAX_BYTES = 8 * 1024 * 1024;
/** Bytes kept for the closing notice, so the whole file stays under the cap. */
const TAIL_RESERVE = 1024;

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(v: unknown): v is ExportFormat {
	return typeof v === 'string' && (EXPORT_FORMATS as readonly string[]).includes(v);
}

export interface ExportRow {
	id: string;
	date: string | null;
	lang: string;
	source: string | null;
	url: string | null;
	title: string;
	countries: string[];
	actors: string[];
	threats: string[];
	body: string;
}

export const CSV_COLUMNS = [
	'id',
	'date',
	'lang',
	'source',
	'url',
	'title',
	'countries',
	'actors',
	'threats',
	'body'
] as const satisfies readonly (keyof ExportRow)[];

/**
 * One CSV field: always quoted, `"` doubled. A value a spreadsheet would run as a formula
 * (= + - @, tab, CR at the start) is prefixed with `'` (CSV injection).
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return `"${safe.replace(/"/g, '""')}"`;
}

function cell(v: ExportRow[keyof ExportRow]): string {
	if (v === null) return '""';
	return csvField(Array.isArray(v) ? v.join('; ') : v);
}

/** UTF-8 BOM (spreadsheets then read Arabic correctly), header, CRLF line ends. */
export function toCsv(rows: readonly ExportRow[]): string {
	return '\ufeff' + CSV_COLUMNS.join(',') + '\r\n' + rows.map(csvRow).join('');
}

/** Why an export holds fewer rows than the search has results. */
export type ExportCut = 'rows' | 'bytes' | 'error';

export interface ExportJson {
	query: string;
	total: number;
	maxRows: number;
	maxBytes: number;
	rows: ExportRow[];
	exported: number;
	/** True when `total` exceeds what was exported. */
	capped: boolean;
	cut: ExportCut | null;
	/** The cut in words (also the last line of a CSV export). */
	notice: string | null;
}

export interface ExportLimits {
	maxRows: number;
	maxBytes: number;
}

const MIB = 1024 * 1024;

/** The sentence that ends a cut export. */
export function exportNotice(
	cut: ExportCut,
	exported: number,
	total: number,
	limits: ExportLimits,
	error = ''
): string {
	const count = `${exported} of ${total} results exported`;
	if (cut === 'error') return `Marsad: export incomplete (${error.slice(0, 200)}): ${count}.`;
	const limit = cut === 'rows' ? `${limits.maxRows} rows` : `${+(limits.maxBytes / MIB).toFixed(2)} MiB`;
	return `Marsad: export cut at ${limit}: ${count}; narrow the search to export the rest.`;
}

/**
 * Writes an export file piece by piece within a byte budget (UTF-8), so it can be streamed
 * without holding the file: `head()` once, `row()` per result until it answers null (the row
 * would pass the byte cap, or the row cap is reached), then `tail()`. Pure.
 */
export class ExportEncoder {
	private readonly encoder = new TextEncoder();
	private used = 0;
	private count = 0;
	private cut: ExportCut | null = null;

	constructor(
		readonly format: ExportFormat,
		readonly query: string,
		readonly total: number,
		readonly limits: ExportLimits = { maxRows: EXPORT_MAX_ROWS, maxBytes: EXPORT_MAX_BYTES }
	) {}

	get exported(): number {
		return this.count;
	}

	head(): Uint8Array {
		const { maxRows, maxBytes } = this.limits;
		const text =
			this.format === 'csv'
				? '\ufeff' + CSV_COLUMNS.join(',') + '\r\n'
				: `{"query":${JSON.stringify(this.query)},"total":${this.total},"maxRows":${maxRows},"maxBytes":${maxBytes},"rows":[`;
		return this.take(text);
	}

	/** The row's bytes, or null when it does not fit (the export is then cut). */
	row(row: ExportRow): Uint8Array | null {
		if (this.cut) return null;
		if (this.count >= this.limits.maxRows) {
			this.cut = 'rows';
			return null;
		}
		const text = this.format === 'csv' ? csvRow(row) : (this.count ? ',' : '') + JSON.stringify(row);
		const bytes = this.encoder.encode(text);
		if (this.used + bytes.length + TAIL_RESERVE > this.limits.maxBytes) {
			this.cut = 'bytes';
			return null;
		}
		this.used += bytes.length;
		this.count++;
		return bytes;
	}

	/** Closes the file; `error` says why the rows stopped early (the engine failed mid-export). */
	tail(error?: string): Uint8Array {
		let cut = this.cut;
		if (error !== undefined) cut = 'error';
		else if (!cut && this.total > this.count && this.count >= this.limits.maxRows) cut = 'rows';
		const notice = cut ? exportNotice(cut, this.count, this.total, this.limits, error) : null;
		if (this.format === 'csv') {
			// The notice is a row of its own (its first field; spreadsheets show it last).
			return this.take(
				notice ? [csvField(`# ${notice}`), ...CSV_COLUMNS.slice(1).map(() => '""')].join(',') + '\r\n' : ''
			);
		}
		const capped = this.total > this.count || cut !== null;
		return this.take(
			`],"exported":${this.count},"capped":${capped},"cut":${JSON.stringify(cut)},"notice":${JSON.stringify(notice)}}`
		);
	}

	private take(text: string): Uint8Array {
		const bytes = this.encoder.encode(text);
		this.used += bytes.length;
		return bytes;
	}
}

function csvRow(r: ExportRow): string {
	return CSV_COLUMNS.map((c) => cell(r[c])).join(',') + '\r\n';
}
