import { isBoilerplateLine } from './boilerplate-rules';

export interface CleanedText {
	title: string;
	body: string;
	/** Lines dropped as boilerplate, kept so a date or a source in a masthead is not lost. */
	dropped: string[];
}

const MAX_TITLE_CHARS = 200;

function wordCount(line: string): number {
	return line.split(/\s+/).filter(Boolean).length;
}

/** A line that only gives a date (a masthead "today is"), possibly with a weekday. */
function isDateOnlyLine(line: string): boolean {
	return wordCount(line) <= 5 && /[0-9٠-٩]{1,4}/.test(line) && !/[.!?؟،,:]$/.test(line) && /[0-9٠-٩]{4}/.test(line);
}

/**
 * Turns a plain-text article into title and body: site boilerplate dropped, title = the first
 * line that reads like a headline. Short lines repeated in the page (mastheads, image captions
 * printed twice) are dropped everywhere; short lines before the headline are navigation, and
 * short lines at the very end are credits ("وكالات", "AFP").
 */
export function cleanText(text: string): CleanedText {
	const lines = text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		// Control characters (not tab) are noise from scrapers; the class names them on purpose.
		// eslint-disable-next-line no-control-regex
		.map((l) => l.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim());
	const counts = new Map<string, number>();
	for (const l of lines) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);

	const dropped: string[] = [];
	const kept: string[] = [];
	for (const line of lines) {
		if (!line) continue;
		const repeatedShort = (counts.get(line) ?? 0) > 1 && wordCount(line) <= 8;
		if (repeatedShort || isBoilerplateLine(line)) dropped.push(line);
		else kept.push(line);
	}

	// The headline: the first line with at least 3 words that is not a bare date.
	let titleIndex = kept.findIndex((l) => wordCount(l) >= 3 && !isDateOnlyLine(l));
	if (titleIndex < 0) titleIndex = 0;
	dropped.push(...kept.slice(0, titleIndex));
	const rest = kept.slice(titleIndex);
	while (rest.length > 1 && wordCount(rest[rest.length - 1]!) <= 3) dropped.push(rest.pop()!);

	const first = rest[0] ?? '';
	if (first.length <= MAX_TITLE_CHARS) {
		return { title: first, body: rest.slice(1).join('\n'), dropped };
	}
	// A first line that is a whole paragraph: its first sentence is the title, the paragraph stays in the body.
	return { title: firstSentence(first), body: rest.join('\n'), dropped };
}

function firstSentence(paragraph: string): string {
	const match = /^(.{20,}?[.!?؟])(\s|$)/u.exec(paragraph);
	if (match && match[1]!.length <= MAX_TITLE_CHARS) return match[1]!;
	const cut = paragraph.slice(0, MAX_TITLE_CHARS);
	const space = cut.lastIndexOf(' ');
	return (space > 60 ? cut.slice(0, space) : cut) + '…';
}
