/**
 * Publication date from article text: Arabic month names in every regional variant
 * (Egyptian/Gulf, Levantine, Algerian/Tunisian, Moroccan), Arabic-Indic digits,
 * French and English dates, ISO and DD/MM/YYYY.
 *
 * Which date is the publication date: news pages put it in the header (masthead
 * "today is" line, then possibly a byline with the article's own date) or in a line
 * that says so ("نشر في", "publié le"). Dates inside prose are events, not publication.
 */

/** Month number by normalised name (harakat removed, أإآ → ا, ة → ه, ى → ي, lower case). */
const MONTHS: ReadonlyArray<[number, string[]]> = [
	[1, ['يناير', 'كانون الثاني', 'جانفي', 'جانفييه', 'janvier', 'janv', 'january', 'jan']],
	[2, ['فبراير', 'شباط', 'فيفري', 'février', 'fevrier', 'févr', 'fevr', 'february', 'feb']],
	[3, ['مارس', 'اذار', 'mars', 'march', 'mar']],
	[4, ['ابريل', 'نيسان', 'افريل', 'avril', 'avr', 'april', 'apr']],
	[5, ['مايو', 'ايار', 'ماي', 'mai', 'may']],
	[6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'juin', 'june', 'jun']],
	[7, ['يوليو', 'يوليه', 'يوليوز', 'تموز', 'جويليه', 'juillet', 'juil', 'july', 'jul']],
	[8, ['اغسطس', 'اب', 'اوت', 'غشت', 'août', 'aout', 'august', 'aug']],
	[9, ['سبتمبر', 'ايلول', 'شتنبر', 'septembre', 'sept', 'september', 'sep']],
	[10, ['اكتوبر', 'تشرين الاول', 'octobre', 'oct', 'october']],
	[11, ['نوفمبر', 'تشرين الثاني', 'نونبر', 'novembre', 'nov', 'november']],
	[12, ['ديسمبر', 'كانون الاول', 'دجنبر', 'décembre', 'decembre', 'déc', 'dec', 'december']]
];

const MONTH_BY_NAME = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) MONTH_BY_NAME.set(name, n);
// Longest names first so "كانون الثاني" wins over a shorter prefix.
const MONTH_ALT = [...MONTH_BY_NAME.keys()]
	.sort((a, b) => b.length - a.length)
	.map((m) => m.replace(/\s+/g, '\\s+'))
	.join('|');

/** Letters that are not Arabic or Latin word characters around a month name. */
const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
const DAY_MONTH_YEAR = new RegExp(
	`${B}(\\d{1,2})(?:er|ème)?\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH_ALT})\\.?${E}(?:[\\s,،/]+(?:سنة|عام)?\\s*(\\d{4}))?`,
	'giu'
);
const MONTH_DAY_YEAR = new RegExp(`${B}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'giu');
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
const YMD = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/g;

const PUBLICATION_MARKER = /نشر|تاريخ النشر|اخر تحديث|محدث|publi[ée]|mis à jour|mise à jour|published|updated|posted/iu;

/** Harakat off, hamza seats and Arabic-Indic digits folded, lower case. */
export function normalizeDateText(text: string): string {
	return text
		.replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
		.replace(/[أإآٱ]/gu, 'ا')
		.replace(/ى/gu, 'ي')
		.replace(/ة/gu, 'ه')
		.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
		.toLowerCase();
}

export function toIso(year: number, month: number, day: number): string | null {
	if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > last) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateCandidate {
	/** ISO date, or null when the text gives no year. */
	iso: string | null;
	month: number;
	day: number;
	year: number | null;
	/** Index among non-empty lines. */
	line: number;
	index: number;
}

/** Every date written in the text, in order. */
export function findDates(text: string): DateCandidate[] {
	const out: DateCandidate[] = [];
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	lines.forEach((raw, line) => {
		const s = normalizeDateText(raw);
		const push = (index: number, y: number | null, m: number, d: number): void => {
			const iso = y === null ? null : toIso(y, m, d);
			if (y !== null && iso === null) return;
			if (y === null && toIso(2000, m, d) === null) return;
			out.push({ iso, month: m, day: d, year: y, line, index });
		};
		const taken: Array<[number, number]> = [];
		const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
		for (const re of [ISO, YMD]) {
			for (const m of s.matchAll(re)) {
				taken.push([m.index, m.index + m[0].length]);
				push(m.index, Number(m[1]), Number(m[2]), Number(m[3]));
			}
		}
		for (const m of s.matchAll(DMY)) {
			if (!free(m.index, m.index + m[0].length)) continue;
			taken.push([m.index, m.index + m[0].length]);
			push(m.index, Number(m[3]), Number(m[2]), Number(m[1]));
		}
		for (const m of s.matchAll(MONTH_DAY_YEAR)) {
			const month = MONTH_BY_NAME.get((m[1] ?? '').replace(/\s+/g, ' '));
			if (month === undefined || !free(m.index, m.index + m[0].length)) continue;
			taken.push([m.index, m.index + m[0].length]);
			push(m.index, Number(m[3]), month, Number(m[2]));
		}
		for (const m of s.matchAll(DAY_MONTH_YEAR)) {
			const month = MONTH_BY_NAME.get((m[2] ?? '').replace(/\s+/g, ' '));
			if (month === undefined || !free(m.index, m.index + m[0].length)) continue;
			taken.push([m.index, m.index + m[0].length]);
			push(m.index, m[3] ? Number(m[3]) : null, month, Number(m[1]));
		}
	});
	return out.sort((a, b) => a.line - b.line || a.index - b.index);
}

/** How many non-empty lines at the top count as the page header. */
export const HEADER_LINES = 5;

/**
 * The publication date of an article from its text, or null.
 * 1. A line that says "published/updated" with a full date.
 * 2. Else the header (first HEADER_LINES non-empty lines): the LAST full date there, since a
 *    masthead "today is" date comes first and the article's own dated byline follows it.
 * 3. Else null: dates inside the prose are events.
 * A year-less header date ("يوم الجمعة 9 يوليوز") takes the year of another full date in the
 * text when there is one, else it yields null.
 */
export function parseDate(text: string): string | null {
	const all = findDates(text);
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	const marked = all.find((c) => c.iso !== null && PUBLICATION_MARKER.test(lines[c.line] ?? ''));
	if (marked) return marked.iso;
	const header = all.filter((c) => c.line < HEADER_LINES);
	const fullHeader = header.filter((c) => c.iso !== null);
	if (fullHeader.length > 0) return fullHeader[fullHeader.length - 1]?.iso ?? null;
	const yearless = header[0];
	if (yearless) {
		const year = all.find((c) => c.year !== null)?.year ?? null;
		return year === null ? null : toIso(year, yearless.month, yearless.day);
	}
	return null;
}

/**
 * The date to index: the source's metadata when it is a valid date (the publisher's own
 * record), else the date read from the text.
 */
export function resolveDate(textDate: string | null, metadataDate: string | null | undefined): string | null {
	if (metadataDate) {
		const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(metadataDate.trim());
		if (iso) {
			const v = toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
			if (v) return v;
		}
		const parsed = findDates(metadataDate).find((c) => c.iso !== null)?.iso;
		if (parsed) return parsed;
		const js = Date.parse(metadataDate);
		if (!Number.isNaN(js)) return new Date(js).toISOString().slice(0, 10);
	}
	return textDate;
}
