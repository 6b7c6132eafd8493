/**
 * Export rows as CSV (RFC 4180) or JSON. Pure.
 */

export const EXPORT_MAX_ROWS = 1000;
/**
 * An export holds at most this many characters of text (bodies and titles): 1,000 bodies of up
 * to 2 MiB made one export 117 MB and eight at once took 1.7 GB. Rows past it are left out and
 * the export says so, as for the row cap.
 */
export const EXPORT_MAX_CHARS = 16 * 1024 * 1024;

/** The leading rows whose text fits in `maxChars` (always at least one row when there is one). */
export function capExportRows(rows: readonly ExportRow[], maxChars = EXPORT_MAX_CHARS): ExportRow[] {
	let used = 0;
	let n = 0;
	for (const row of rows) {
		used += row.body.length + row.title.length;
		if (used > maxChars && n > 0) break;
		n++;
	}
	return rows.slice(0, n);
}
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
	const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))];
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export interface ExportJson {
	query: string;
	total: number;
	exported: number;
	/** True when `total` exceeds what was exported (at most EXPORT_MAX_ROWS rows and EXPORT_MAX_CHARS of text). */
	capped: boolean;
	maxRows: number;
	maxChars: number;
	rows: ExportRow[];
}

export function toExportJson(query: string, total: number, rows: ExportRow[], maxRows = EXPORT_MAX_ROWS): ExportJson {
	return {
		query,
		total,
		exported: rows.length,
		capped: total > rows.length,
		maxRows,
		maxChars: EXPORT_MAX_CHARS,
		rows
	};
}
