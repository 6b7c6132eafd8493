import type { Messages } from './messages';

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
	moreValues: '{n} أخرى',
	searchInFacet: 'ابحث في {facet}',
	noFacetMatch: 'لا توجد قيمة مطابقة',

	activeFilters: 'التصفية النشطة',
	removeFilter: 'إزالة التصفية: {label}',
	clearAll: 'مسح الكل',

	date: 'التاريخ',
	dateFrom: 'من',
	dateTo: 'إلى',
	last7: 'آخر 7 أيام',
	last30: 'آخر 30 يومًا',
	lastYear: 'آخر سنة',
	anyTime: 'أي تاريخ',
	histogram: 'النتائج حسب الشهر',
	histogramBar: '{month}: {count}',

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
	tookMs: 'في {ms} ملّي ثانية',
	partialResults: 'نتائج جزئية: {unavailable} من {total} أجزاء الفهرس غير متاحة.',
	latest: 'أحدث المقالات',
	resultsFor: '{count} عن «{q}»',
	matched: 'طابق',
	matchedEntities: 'الكيانات المتعرَّف عليها في الاستعلام',
	addFilter: 'تصفية حسب {label}',
	activeFilter: 'تصفية نشطة',

	noResultsTitle: 'لا توجد مقالات مطابقة لهذا البحث',
	noResultsIntro: 'جرّب ما يلي:',
	suggestDrop: 'أزل التصفية «{label}»',
	suggestClear: 'أزل جميع عوامل التصفية',
	suggestSpelling: 'تحقق من الإملاء، أو جرّب صيغة أقصر للكلمة.',
	suggestOtherLanguage: 'جرّب الاسم بالفرنسية أو الإنجليزية: الجهات والأماكن المعروفة تُطابَق بين اللغات.',
	suggestFewerWords: 'استخدم كلمات أقل أو أعم.',

	pagination: 'صفحات النتائج',
	prev: 'السابق',
	next: 'التالي',
	pageN: 'الصفحة {n}',

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
	quoted: '«{q}»',
	newSearch: 'بحث جديد',
	source: 'المصدر',
	published: 'تاريخ النشر',
	language: 'اللغة',
	original: 'المقال الأصلي',
	moreLikeThis: 'مقالات مشابهة',
	noSimilar: 'لا توجد مقالات مشابهة.',
	similarCount: '+{n} مشابهة',
	otherSources: 'نُشر أيضًا في',
	articleFacets: 'في هذا المقال',
	threatWhy: 'لماذا هذه التهديدات',
	evidencePlace: { title: 'في العنوان', lead: 'في المقدمة', body: 'في النص' },
	evidenceCount: '{what} ×{n}'
};

export default ar;
