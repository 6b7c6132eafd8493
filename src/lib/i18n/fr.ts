import type { Messages } from './messages';

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
	moreValues: '{n} de plus',
	searchInFacet: 'Chercher parmi les {facet}',
	noFacetMatch: 'Aucune valeur correspondante',

	activeFilters: 'Filtres actifs',
	removeFilter: 'Retirer le filtre : {label}',
	clearAll: 'Tout effacer',

	date: 'Date',
	dateFrom: 'Du',
	dateTo: 'Au',
	last7: '7 derniers jours',
	last30: '30 derniers jours',
	lastYear: 'Dernière année',
	anyTime: 'Toutes dates',
	histogram: 'Résultats par mois',
	histogramBar: '{month} : {count}',

	sort: 'Trier par',
	sorts: { relevance: 'Pertinence', newest: 'Plus récents', oldest: 'Plus anciens' },

	results: { one: '# résultat', other: '# résultats' },
	tookMs: 'en {ms} ms',
	partialResults: 'Résultats partiels : {unavailable} fragment(s) d’index sur {total} indisponible(s).',
	latest: 'Derniers articles',
	resultsFor: '{count} pour « {q} »',
	matched: 'reconnu dans',
	matchedEntities: 'Entités reconnues dans la requête',
	addFilter: 'Filtrer par {label}',
	activeFilter: 'filtre actif',

	noResultsTitle: 'Aucun article ne correspond à cette recherche',
	noResultsIntro: 'Quelques pistes :',
	suggestDrop: 'Retirer le filtre « {label} »',
	suggestClear: 'Retirer tous les filtres',
	suggestSpelling: 'Vérifiez l’orthographe ou essayez une forme plus courte du mot.',
	suggestOtherLanguage:
		'Essayez le nom en arabe ou en anglais : les acteurs et lieux connus sont reconnus d’une langue à l’autre.',
	suggestFewerWords: 'Utilisez moins de mots, ou des mots plus généraux.',

	pagination: 'Pages de résultats',
	prev: 'Précédente',
	next: 'Suivante',
	pageN: 'Page {n}',

	copyLink: 'Copier le lien',
	copied: 'Lien copié',
	atomFeed: 'Flux Atom',
	exportCsv: 'CSV',
	exportJson: 'JSON',

	unavailableTitle: 'La recherche est momentanément indisponible',
	unavailableBody:
		'Le moteur de recherche ne répond pas pour le moment. Votre requête est conservée dans l’adresse ; réessayez dans un instant.',
	notFoundTitle: 'Page introuvable',
	notFoundBody: 'Cet article ou cette page n’existe pas, ou a été retiré de l’index.',
	errorTitle: 'Une erreur est survenue',
	errorBody: 'Une erreur inattendue s’est produite. Réessayez ou lancez une nouvelle recherche.',
	retry: 'Réessayer',
	goHome: 'Nouvelle recherche',

	backToResults: 'Retour aux résultats',
	quoted: '« {q} »',
	newSearch: 'Nouvelle recherche',
	source: 'Source',
	published: 'Publié le',
	language: 'Langue',
	original: 'Article original',
	moreLikeThis: 'Articles similaires',
	noSimilar: 'Aucun article similaire.',
	similarCount: '+{n} similaires',
	otherSources: 'Également publié par',
	articleFacets: 'Dans cet article',
	threatWhy: 'Pourquoi ces menaces',
	evidencePlace: { title: 'dans le titre', lead: 'dans le chapeau', body: 'dans le texte' },
	evidenceCount: '{what} ×{n}'
};

export default fr;
