import { httpUrl, isLang, validDate, type Article, type RawArticle } from '../../src/lib/article';
import { detectLanguage } from '../../src/lib/analysis/index';
import { findPublicationDate } from '../../src/lib/facets/index';
import { cleanText } from '../clean/clean-text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Raw → Article: boilerplate dropped, title chosen, language detected (a declared language
 * is trusted when it is one we analyse), date from the metadata or else from the text.
 */
export function toArticle(raw: RawArticle): Article {
	const cleaned = raw.title
		? { title: raw.title.trim(), body: cleanText(raw.body).body || raw.body.trim(), dropped: [] as string[] }
		: cleanText(raw.body);
	// A record with its own title: the cleaner must not eat the body's first line as a title.
	const body = raw.title ? cleanBody(raw.body) : cleaned.body;
	const title = cleaned.title;
	const declared = raw.lang?.toLowerCase();
	const lang = isLang(declared) ? declared : detectLanguage(`${title}\n${body}`);
	const metadataDate = raw.date && ISO_DATE.test(raw.date.slice(0, 10)) ? validDate(raw.date.slice(0, 10)) : null;
	// A structured source's own date field is authoritative; plain text has only its words.
	// Either must be a real calendar date, not in the future: else the article has no date.
	const date = metadataDate ?? validDate(findPublicationDate(raw.body, lang));
	return {
		id: raw.id,
		origin: raw.origin,
		title,
		body,
		lang,
		date,
		source: raw.source?.trim() || null,
		url: httpUrl(raw.url)
	};
}

function cleanBody(text: string): string {
	const { title, body } = cleanText(text);
	return [title, body].filter(Boolean).join('\n');
}
