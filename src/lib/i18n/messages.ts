import type { Lang } from '$lib/article';
import type { FacetField, Sort } from '$lib/search/types';
import type { FailureKind, SourceHealth } from '$lib/watch/source-status';

/** Plural categories as Intl.PluralRules names them; Arabic uses all six. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * UI strings of one language. Plain data (no functions) so the server can send the page's own
 * language with the page data instead of shipping every language in the client bundle.
 * `{name}` placeholders are filled by `fmt`.
 */
export interface Messages {
	/** Locale for Intl formatting (digits, dates). */
	locale: string;
	appName: string;
	tagline: string;
	skipToContent: string;
	uiLanguage: string;
	langNames: Record<Lang, string>;
	/** Short code shown on result badges. */
	langBadge: Record<Lang, string>;

	searchHeading: string;
	searchLabel: string;
	searchPlaceholder: string;
	searchSubmit: string;
	searchClear: string;
	searchHint: string;
	/** The query operators, one short line. */
	syntaxHelp: string;
	/** {corrected}: the spellings found; {exact}: link text of the query as typed. */
	forgivenSpelling: string;
	forgivenSearchInstead: string;
	/** {words}: the words found nowhere (may be empty). */
	forgivenRelaxed: string;
	forgivenRelaxedMissing: string;

	filters: string;
	applyFilters: string;
	facets: Record<FacetField, string>;
	actorGroups: Record<string, string>;
	moreValues: string;
	searchInFacet: string;
	noFacetMatch: string;

	activeFilters: string;
	removeFilter: string;
	clearAll: string;

	date: string;
	dateFrom: string;
	dateTo: string;
	last7: string;
	last30: string;
	lastYear: string;
	anyTime: string;
	histogram: string;
	histogramBar: string;

	sort: string;
	sorts: Record<Sort, string>;

	results: PluralForms;
	tookMs: string;
	/** Shown when shards of a network did not answer: {unavailable} of {total}. */
	partialResults: string;
	latest: string;
	resultsFor: string;
	matched: string;
	matchedEntities: string;
	addFilter: string;
	activeFilter: string;

	noResultsTitle: string;
	noResultsIntro: string;
	suggestDrop: string;
	suggestClear: string;
	suggestSpelling: string;
	suggestOtherLanguage: string;
	suggestFewerWords: string;

	pagination: string;
	prev: string;
	next: string;
	pageN: string;

	copyLink: string;
	copied: string;
	atomFeed: string;
	exportCsv: string;
	exportJson: string;

	unavailableTitle: string;
	unavailableBody: string;
	notFoundTitle: string;
	notFoundBody: string;
	errorTitle: string;
	errorBody: string;
	retry: string;
	goHome: string;

	backToResults: string;
	/** A query quoted the way the language quotes. */
	quoted: string;
	newSearch: string;
	source: string;
	published: string;
	language: string;
	original: string;
	moreLikeThis: string;
	noSimilar: string;
	/** On a result that stands for several copies of one story: {n} other copies. */
	similarCount: string;
	/** Article page: the same story published by other sources. */
	otherSources: string;
	articleFacets: string;

	/** The /sources page (the watcher's sources and alerts). */
	sources: {
		/** The header link to /sources. */
		nav: string;
		title: string;
		intro: string;
		/** No watcher has written a status in this data dir. */
		none: string;
		/** A status exists but its watcher process is gone: {time}. */
		stopped: string;
		/** {time} */
		updated: string;
		name: string;
		health: string;
		lastFetch: string;
		httpStatus: string;
		items: string;
		/** {new} new of {total} */
		itemsValue: string;
		indexed: string;
		lastError: string;
		nextFetch: string;
		never: string;
		feed: string;
		folder: string;
		states: Record<SourceHealth, string>;
		/** {n} consecutive failures */
		failures: string;
		/** In words; {status} is the HTTP status where there is one. */
		errors: Record<FailureKind, string>;
		alerts: string;
		alertSearch: string;
		/** {sent} articles sent, {waiting} batches waiting */
		alertCounts: string;
	};
	/** Article page: why each threat was tagged ("Ransomware — برامج الفدية ×3, in the title"). */
	threatWhy: string;
	/** Where a piece of evidence was seen. */
	evidencePlace: { title: string; lead: string; body: string };
	/** "{what} ×{n}" */
	evidenceCount: string;
}
