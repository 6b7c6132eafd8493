import type { Messages } from './messages';

const en: Messages = {
	locale: 'en',
	appName: 'Marsad',
	tagline: 'Security news in Arabic and French',
	skipToContent: 'Skip to main content',
	uiLanguage: 'Interface language',
	langNames: { ar: 'Arabic', fr: 'French', en: 'English' },
	langBadge: { ar: 'AR', fr: 'FR', en: 'EN' },

	searchHeading: 'Search security news',
	searchLabel: 'Search articles',
	searchPlaceholder: 'ransomware, داعش, Pegasus…',
	searchSubmit: 'Search',
	searchClear: 'Clear search',
	searchHint: 'Press / to search, Esc to clear',

	filters: 'Filters',
	applyFilters: 'Apply filters',
	facets: { actor: 'Actors', country: 'Countries', threat: 'Threats', lang: 'Language' },
	actorGroups: {
		group: 'Groups',
		agency: 'Agencies',
		company: 'Companies',
		'international-org': 'International organisations',
		person: 'People',
		other: 'Other'
	},
	moreValues: '{n} more',
	searchInFacet: 'Search {facet}',
	noFacetMatch: 'No matching value',

	activeFilters: 'Active filters',
	removeFilter: 'Remove filter: {label}',
	clearAll: 'Clear all',

	date: 'Date',
	dateFrom: 'From',
	dateTo: 'To',
	last7: 'Last 7 days',
	last30: 'Last 30 days',
	lastYear: 'Last year',
	anyTime: 'Any time',
	histogram: 'Results per month',
	histogramBar: '{month}: {count}',

	sort: 'Sort by',
	sorts: { relevance: 'Relevance', newest: 'Newest', oldest: 'Oldest' },

	results: { one: '# result', other: '# results' },
	tookMs: 'in {ms} ms',
	partialResults: 'Partial results: {unavailable} of {total} shards unavailable.',
	latest: 'Latest articles',
	resultsFor: '{count} for “{q}”',
	matched: 'matched',
	matchedEntities: 'Entities recognised in the query',
	addFilter: 'Filter by {label}',
	activeFilter: 'active filter',

	noResultsTitle: 'No articles match this search',
	noResultsIntro: 'Some things to try:',
	suggestDrop: 'Remove the filter “{label}”',
	suggestClear: 'Remove all filters',
	suggestSpelling: 'Check the spelling, or try a shorter form of the word.',
	suggestOtherLanguage: 'Try the name in Arabic or French: known actors and places match across languages.',
	suggestFewerWords: 'Use fewer or more general words.',

	pagination: 'Result pages',
	prev: 'Previous',
	next: 'Next',
	pageN: 'Page {n}',

	copyLink: 'Copy link',
	copied: 'Link copied',
	atomFeed: 'Atom feed',
	exportCsv: 'CSV',
	exportJson: 'JSON',

	unavailableTitle: 'Search is temporarily unavailable',
	unavailableBody:
		'The search engine is not answering right now. Your query is kept in the address; try again in a moment.',
	notFoundTitle: 'Page not found',
	notFoundBody: 'This article or page does not exist, or it was removed from the index.',
	errorTitle: 'Something went wrong',
	errorBody: 'An unexpected error occurred. Try again, or start a new search.',
	retry: 'Try again',
	goHome: 'New search',

	backToResults: 'Back to results',
	quoted: '“{q}”',
	newSearch: 'New search',
	source: 'Source',
	published: 'Published',
	language: 'Language',
	original: 'Original article',
	moreLikeThis: 'More like this',
	noSimilar: 'No similar articles found.',
	similarCount: '+{n} similar',
	otherSources: 'Also published by',
	articleFacets: 'In this article',
	threatWhy: 'Why these threat types',
	evidencePlace: { title: 'in the title', lead: 'in the lead', body: 'in the text' },
	evidenceCount: '{what} ×{n}'
};

export default en;
