import { httpUrl, validDate } from '$lib/article';
/**
 * Atom 1.0 (RFC 4287) document for a search, as a string. Pure.
 * Every text goes through `xmlText` (escaped, characters XML 1.0 forbids removed).
 */

export interface AtomEntry {
	id: string;
	title: string;
	/** Where the entry is shown (the app's article page). */
	link: string;
	/** The original article, when known. */
	related?: string | null;
	/** RFC 3339 */
	updated: string;
	/** HTML (escaped again here, served as type="html"). */
	summaryHtml?: string;
	categories?: { term: string; label: string }[];
	lang?: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	selfUrl: string;
	alternateUrl: string;
	updated: string;
	entries: AtomEntry[];
	generator?: string;
}

// Characters outside XML 1.0's Char production: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(s: string): string {
	return s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** RFC 3339 instant of a YYYY-MM-DD date (00:00 UTC), or the fallback. */
export function atomDate(date: string | null | undefined, fallback: string): string {
	return validDate(date) ? `${date}T00:00:00Z` : fallback;
}

function entryXml(e: AtomEntry): string {
	const lines = [
		'  <entry' + (e.lang ? ` xml:lang="${xmlText(e.lang)}"` : '') + '>',
		`    <id>${xmlText(e.id)}</id>`,
		`    <title type="text">${xmlText(e.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`
	];
	// Feed readers have no CSP: only http(s) links leave Marsad.
	const related = httpUrl(e.related);
	if (related) lines.push(`    <link rel="related" href="${xmlText(related)}"/>`);
	lines.push(`    <updated>${xmlText(e.updated)}</updated>`);
	for (const c of e.categories ?? []) {
		lines.push(`    <category term="${xmlText(c.term)}" label="${xmlText(c.label)}"/>`);
	}
	if (e.summaryHtml) lines.push(`    <summary type="html">${xmlText(e.summaryHtml)}</summary>`);
	lines.push('  </entry>');
	return lines.join('\n');
}

export function atomXml(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${xmlText(feed.id)}</id>`,
		`  <title type="text">${xmlText(feed.title)}</title>`,
		`  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>`,
		`  <updated>${xmlText(feed.updated)}</updated>`,
		`  <author><name>Marsad</name></author>`,
		...(feed.generator ? [`  <generator>${xmlText(feed.generator)}</generator>`] : []),
		...feed.entries.map(entryXml),
		'</feed>',
		''
	].join('\n');
}
