import type { Lang } from '$lib/article';
import type { FacetField, Sort } from '$lib/search/types';

/** Plural categories as Intl.PluralRules names them; Arabic uses all six. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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

	filters: string;
	applyFilters: string;
	facets: Record<FacetField, string>;
	actorGroups: Record<string, string>;
	moreValues: (n: string) => string;
	searchInFacet: (facet: string) => string;
	noFacetMatch: string;
	valueCount: (label: string, count: string) => string;

	activeFilters: string;
	removeFilter: (label: string) => string;
	clearAll: string;

	date: string;
	dateFrom: string;
	dateTo: string;
	last7: string;
	last30: string;
	lastYear: string;
	anyTime: string;
	histogram: string;
	histogramBar: (month: string, count: string) => string;

	sort: string;
	sorts: Record<Sort, string>;

	results: PluralForms;
	tookMs: (ms: string) => string;
	latest: string;
	resultsFor: (count: string, q: string) => string;
	matched: string;
	matchedEntities: string;
	addFilter: (label: string) => string;
	activeFilter: string;

	noResultsTitle: string;
	noResultsIntro: string;
	suggestDrop: (label: string) => string;
	suggestClear: string;
	suggestSpelling: string;
	suggestOtherLanguage: string;
	suggestFewerWords: string;

	pagination: string;
	prev: string;
	next: string;
	pageN: (n: string) => string;

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
	newSearch: string;
	source: string;
	published: string;
	language: string;
	original: string;
	moreLikeThis: string;
	noSimilar: string;
	articleFacets: string;
}

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
	moreValues: (n) => `${n} more`,
	searchInFacet: (facet) => `Search ${facet.toLowerCase()}`,
	noFacetMatch: 'No matching value',
	valueCount: (label, count) => `${label}, ${count}`,

	activeFilters: 'Active filters',
	removeFilter: (label) => `Remove filter: ${label}`,
	clearAll: 'Clear all',

	date: 'Date',
	dateFrom: 'From',
	dateTo: 'To',
	last7: 'Last 7 days',
	last30: 'Last 30 days',
	lastYear: 'Last year',
	anyTime: 'Any time',
	histogram: 'Results per month',
	histogramBar: (month, count) => `${month}: ${count}`,

	sort: 'Sort by',
	sorts: { relevance: 'Relevance', newest: 'Newest', oldest: 'Oldest' },

	results: { one: '# result', other: '# results' },
	tookMs: (ms) => `in ${ms} ms`,
	latest: 'Latest articles',
	resultsFor: (count, q) => (q ? `${count} for “${q}”` : count),
	matched: 'matched',
	matchedEntities: 'Entities recognised in the query',
	addFilter: (label) => `Filter by ${label}`,
	activeFilter: 'active filter',

	noResultsTitle: 'No articles match this search',
	noResultsIntro: 'Some things to try:',
	suggestDrop: (label) => `Remove the filter “${label}”`,
	suggestClear: 'Remove all filters',
	suggestSpelling: 'Check the spelling, or try a shorter form of the word.',
	suggestOtherLanguage: 'Try the name in Arabic or French: known actors and places match across languages.',
	suggestFewerWords: 'Use fewer or more general words.',

	pagination: 'Result pages',
	prev: 'Previous',
	next: 'Next',
	pageN: (n) => `Page ${n}`,

	copyLink: 'Copy link',
	copied: 'Link copied',
	atomFeed: 'Atom feed',
	exportCsv: 'CSV',
	exportJson: 'JSON',

	unavailableTitle: 'Search is temporarily unavailable',
	unavailableBody: 'The search engine is not answering right now. Your query is kept in the address; try again in a moment.',
	notFoundTitle: 'Page not found',
	notFoundBody: 'This article or page does not exist, or it was removed from the index.',
	errorTitle: 'Something went wrong',
	errorBody: 'An unexpected error occurred. Try again, or start a new search.',
	retry: 'Try again',
	goHome: 'New search',

	backToResults: 'Back to results',
	newSearch: 'New search',
	source: 'Source',
	published: 'Published',
	language: 'Language',
	original: 'Original article',
	moreLikeThis: 'More like this',
	noSimilar: 'No similar articles found.',
	articleFacets: 'In this article'
};

const fr: Messages = {
	locale: 'fr',
	appName: 'Marsad',
	tagline: 'Actualité sécuritaire en arabe et en français',
	skipToContent: 'Aller au contenu',
	uiLanguage: 'Langue de l’interface',
	langNames: { ar: 'Arabe', fr: 'Français', en: 'Anglais' },
	langBadge: { ar: 'AR', fr: 'FR', en: 'EN' },

	searchHeading: 'Rechercher dans l’actualité sécuritaire',
	searchLabel: 'Rechercher des articles',
	searchPlaceholder: 'rançongiciel, داعش, Pegasus…',
	searchSubmit: 'Rechercher',
	searchClear: 'Effacer la recherche',
	searchHint: 'Appuyez sur / pour chercher, Échap pour effacer',

	filters: 'Filtres',
	applyFilters: 'Appliquer les filtres',
	facets: { actor: 'Acteurs', country: 'Pays', threat: 'Menaces', lang: 'Langue' },
	actorGroups: {
		group: 'Groupes',
		agency: 'Agences',
		company: 'Entreprises',
		'international-org': 'Organisations internationales',
		person: 'Personnes',
		other: 'Autres'
	},
	moreValues: (n) => `${n} de plus`,
	searchInFacet: (facet) => `Chercher parmi les ${facet.toLowerCase()}`,
	noFacetMatch: 'Aucune valeur correspondante',
	valueCount: (label, count) => `${label}, ${count}`,

	activeFilters: 'Filtres actifs',
	removeFilter: (label) => `Retirer le filtre : ${label}`,
	clearAll: 'Tout effacer',

	date: 'Date',
	dateFrom: 'Du',
	dateTo: 'Au',
	last7: '7 derniers jours',
	last30: '30 derniers jours',
	lastYear: 'Dernière année',
	anyTime: 'Toutes dates',
	histogram: 'Résultats par mois',
	histogramBar: (month, count) => `${month} : ${count}`,

	sort: 'Trier par',
	sorts: { relevance: 'Pertinence', newest: 'Plus récents', oldest: 'Plus anciens' },

	results: { one: '# résultat', other: '# résultats' },
	tookMs: (ms) => `en ${ms} ms`,
	latest: 'Derniers articles',
	resultsFor: (count, q) => (q ? `${count} pour « ${q} »` : count),
	matched: 'reconnu dans',
	matchedEntities: 'Entités reconnues dans la requête',
	addFilter: (label) => `Filtrer par ${label}`,
	activeFilter: 'filtre actif',

	noResultsTitle: 'Aucun article ne correspond à cette recherche',
	noResultsIntro: 'Quelques pistes :',
	suggestDrop: (label) => `Retirer le filtre « ${label} »`,
	suggestClear: 'Retirer tous les filtres',
	suggestSpelling: 'Vérifiez l’orthographe ou essayez une forme plus courte du mot.',
	suggestOtherLanguage: 'Essayez le nom en arabe ou en anglais : les acteurs et lieux connus sont reconnus d’une langue à l’autre.',
	suggestFewerWords: 'Utilisez moins de mots, ou des mots plus généraux.',

	pagination: 'Pages de résultats',
	prev: 'Précédente',
	next: 'Suivante',
	pageN: (n) => `Page ${n}`,

	copyLink: 'Copier le lien',
	copied: 'Lien copié',
	atomFeed: 'Flux Atom',
	exportCsv: 'CSV',
	exportJson: 'JSON',

	unavailableTitle: 'La recherche est momentanément indisponible',
	unavailableBody: 'Le moteur de recherche ne répond pas pour le moment. Votre requête est conservée dans l’adresse ; réessayez dans un instant.',
	notFoundTitle: 'Page introuvable',
	notFoundBody: 'Cet article ou cette page n’existe pas, ou a été retiré de l’index.',
	errorTitle: 'Une erreur est survenue',
	errorBody: 'Une erreur inattendue s’est produite. Réessayez ou lancez une nouvelle recherche.',
	retry: 'Réessayer',
	goHome: 'Nouvelle recherche',

	backToResults: 'Retour aux résultats',
	newSearch: 'Nouvelle recherche',
	source: 'Source',
	published: 'Publié le',
	language: 'Langue',
	original: 'Article original',
	moreLikeThis: 'Articles similaires',
	noSimilar: 'Aucun article similaire.',
	articleFacets: 'Dans cet article'
};

const ar: Messages = {
	// Latin digits: the Maghreb press Marsad follows writes them, and they match the French side.
	locale: 'ar-u-nu-latn',
	appName: 'مرصد',
	tagline: 'الأخبار الأمنية بالعربية والفرنسية',
	skipToContent: 'انتقل إلى المحتوى',
	uiLanguage: 'لغة الواجهة',
	langNames: { ar: 'العربية', fr: 'الفرنسية', en: 'الإنجليزية' },
	langBadge: { ar: 'ع', fr: 'FR', en: 'EN' },

	searchHeading: 'البحث في الأخبار الأمنية',
	searchLabel: 'ابحث في المقالات',
	searchPlaceholder: 'فدية، داعش، بيغاسوس…',
	searchSubmit: 'بحث',
	searchClear: 'مسح البحث',
	searchHint: 'اضغط / للبحث و Esc للمسح',

	filters: 'عوامل التصفية',
	applyFilters: 'تطبيق التصفية',
	facets: { actor: 'الجهات الفاعلة', country: 'البلدان', threat: 'التهديدات', lang: 'اللغة' },
	actorGroups: {
		group: 'جماعات',
		agency: 'أجهزة ووكالات',
		company: 'شركات',
		'international-org': 'منظمات دولية',
		person: 'أشخاص',
		other: 'أخرى'
	},
	moreValues: (n) => `${n} أخرى`,
	searchInFacet: (facet) => `ابحث في ${facet}`,
	noFacetMatch: 'لا توجد قيمة مطابقة',
	valueCount: (label, count) => `${label}، ${count}`,

	activeFilters: 'التصفية النشطة',
	removeFilter: (label) => `إزالة التصفية: ${label}`,
	clearAll: 'مسح الكل',

	date: 'التاريخ',
	dateFrom: 'من',
	dateTo: 'إلى',
	last7: 'آخر 7 أيام',
	last30: 'آخر 30 يومًا',
	lastYear: 'آخر سنة',
	anyTime: 'أي تاريخ',
	histogram: 'النتائج حسب الشهر',
	histogramBar: (month, count) => `${month}: ${count}`,

	sort: 'الترتيب',
	sorts: { relevance: 'الأكثر صلة', newest: 'الأحدث', oldest: 'الأقدم' },

	results: {
		zero: 'لا نتائج',
		one: 'نتيجة واحدة',
		two: 'نتيجتان',
		few: '# نتائج',
		many: '# نتيجة',
		other: '# نتيجة'
	},
	tookMs: (ms) => `في ${ms} ملّي ثانية`,
	latest: 'أحدث المقالات',
	resultsFor: (count, q) => (q ? `${count} عن «${q}»` : count),
	matched: 'طابق',
	matchedEntities: 'الكيانات المتعرَّف عليها في الاستعلام',
	addFilter: (label) => `تصفية حسب ${label}`,
	activeFilter: 'تصفية نشطة',

	noResultsTitle: 'لا توجد مقالات مطابقة لهذا البحث',
	noResultsIntro: 'جرّب ما يلي:',
	suggestDrop: (label) => `أزل التصفية «${label}»`,
	suggestClear: 'أزل جميع عوامل التصفية',
	suggestSpelling: 'تحقق من الإملاء، أو جرّب صيغة أقصر للكلمة.',
	suggestOtherLanguage: 'جرّب الاسم بالفرنسية أو الإنجليزية: الجهات والأماكن المعروفة تُطابَق بين اللغات.',
	suggestFewerWords: 'استخدم كلمات أقل أو أعم.',

	pagination: 'صفحات النتائج',
	prev: 'السابق',
	next: 'التالي',
	pageN: (n) => `الصفحة ${n}`,

	copyLink: 'نسخ الرابط',
	copied: 'تم نسخ الرابط',
	atomFeed: 'خلاصة Atom',
	exportCsv: 'CSV',
	exportJson: 'JSON',

	unavailableTitle: 'البحث غير متاح مؤقتًا',
	unavailableBody: 'محرك البحث لا يستجيب حاليًا. استعلامك محفوظ في العنوان؛ أعد المحاولة بعد قليل.',
	notFoundTitle: 'الصفحة غير موجودة',
	notFoundBody: 'هذا المقال أو هذه الصفحة غير موجودة، أو أزيلت من الفهرس.',
	errorTitle: 'حدث خطأ',
	errorBody: 'وقع خطأ غير متوقع. أعد المحاولة أو ابدأ بحثًا جديدًا.',
	retry: 'أعد المحاولة',
	goHome: 'بحث جديد',

	backToResults: 'العودة إلى النتائج',
	newSearch: 'بحث جديد',
	source: 'المصدر',
	published: 'تاريخ النشر',
	language: 'اللغة',
	original: 'المقال الأصلي',
	moreLikeThis: 'مقالات مشابهة',
	noSimilar: 'لا توجد مقالات مشابهة.',
	articleFacets: 'في هذا المقال'
};

export const MESSAGES = { ar, fr, en } as const;
