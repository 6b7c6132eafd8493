/**
 * Organisations the knowledge base does not list, from their heads: an Arabic head noun
 * (وزارة، هيئة، الجيش، النيابة…) followed by one to three definite words (وزارة الداخلية
 * التونسية), a French head (ministère, parquet, tribunal…) followed by de/du/des and capitalised
 * words (parquet de Paris). Pure: text in, spans out. The id is an ASCII key of the normalised form.
 */
import { foldSurface, normalizeSurface } from '../match-entities';

export interface RecognisedOrg {
	id: string;
	type: 'agency' | 'company' | 'group';
	start: number;
	end: number;
	surface: string;
}

/** Arabic heads and the type they give. */
const AR_HEADS: Record<string, RecognisedOrg['type']> = {
	وزارة: 'agency',
	هيئة: 'agency',
	الجيش: 'agency',
	الشرطة: 'agency',
	النيابة: 'agency',
	المحكمة: 'agency',
	محكمة: 'agency',
	القطب: 'agency',
	المديرية: 'agency',
	مديرية: 'agency',
	وكالة: 'agency',
	جهاز: 'agency',
	البنك: 'agency',
	مجلس: 'agency',
	شركة: 'company',
	جماعة: 'group',
	المرصد: 'agency',
	مرصد: 'agency',
	المجلس: 'agency',
	حركة: 'group'
};
/** Definite words that end a name rather than continue it (time, quantity, place of speech). */
const AR_STOP = new Set(
	'اليوم الماضي الماضية الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجاري المقبل الأخير الأخيرة الذي التي الذين أمس الآن الأول الثاني الثالث الجديد الجديدة الخاص الخاصة المعارض المعارضة الموالية الحكومية المركزية العملاقة العملاق الكبرى الكبير الكبيرة الصغيرة الناشئة'.split(' ')
);
const FR_HEADS: Record<string, RecognisedOrg['type']> = {
	ministère: 'agency',
	parquet: 'agency',
	tribunal: 'agency',
	préfecture: 'agency',
	agence: 'agency',
	société: 'company'
};

const ASCII: Record<string, string> = Object.fromEntries(
	[...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤة'].map((c, i) => [
		c,
		'a b t th j h kh d dh r z s sh s d t z a gh f q k l m n h w y a y w a'.split(' ')[i]!
	])
);

/** ASCII id of an Arabic or Latin name: its normalised letters, words joined by '-'. */
export function orgId(surface: string): string {
	const words = /[\u0600-\u06FF]/u.test(surface)
		? normalizeSurface(surface)
				.split(/\s+/)
				.map((w) => [...w].map((c) => ASCII[c] ?? '').join(''))
		: foldSurface(surface)
				.replace(/['’]/g, ' ')
				.split(/\s+/)
				.map((w) => w.replace(/[^a-z0-9]/g, ''));
	return 'o-' + words.filter(Boolean).join('-').slice(0, 60);
}

const AR_WORD = /[\u0621-\u065F\u0670]+/uy;

/**
 * `isCommonWord` says a word is an everyday news word (its analysed terms among the corpus's most
 * frequent ones). An Arabic head followed only by such words is an institution of no country in
 * particular — وزارة الداخلية, مجلس النواب, النيابة العامة — which pan-Arab news writes of every
 * state: as a facet value it would merge them all, so it is left out (a country word after it,
 * التونسية, is a country mention the caller already took).
 */
export function recogniseOrgs(
	text: string,
	taken: (start: number, end: number) => boolean,
	isCommonWord: (word: string, start: number) => boolean = () => false,
	isCountryWord: (word: string, start: number) => boolean = () => false
): RecognisedOrg[] {
	const out: RecognisedOrg[] = [];
	const ar = /(?<![\u0621-\u064A])[\u0621-\u064A]+/gu;
	for (let m = ar.exec(text); m; m = ar.exec(text)) {
		// The word, or the word without a leading clitic (و ف ب ل, وب ول), or لل… for ال….
		const word = m[0];
		const heads = [word, word.slice(1), word.slice(2), word.startsWith('لل') ? 'ال' + word.slice(2) : ''];
		const head = heads.find((h) => h.length > 2 && AR_HEADS[h] !== undefined && (h === word || /^(?:[وفبل]|وب|ول)ال|^[وفبل]/u.test(word)));
		const type = head === undefined ? undefined : AR_HEADS[head];
		if (!type || head === undefined) continue;
		const start = m.index + m[0].length - Math.min(head.length, m[0].length);
		let end = m.index + m[0].length;
		let words = 0;
		let generic = true;
		let at = end;
		while (words < 3) {
			const gap = /^ +/u.exec(text.slice(at));
			if (!gap) break;
			AR_WORD.lastIndex = at + gap[0].length;
			const w = AR_WORD.exec(text);
			if (!w || !w[0].startsWith('ال') || AR_STOP.has(w[0])) break;
			at = AR_WORD.lastIndex;
			end = at;
			words++;
			const countryWord = !isCommonWord(w[0], at - w[0].length) && isCountryWord(w[0], at - w[0].length);
			if (!isCommonWord(w[0], at - w[0].length)) generic = false;
			// A country word ends the name (للجيش السوري, not "للجيش السوري السيطرة").
			if (countryWord) break;
		}
		// A news agency quoted as the source reports the story; it is not an actor of it.
		if (/^وكال[ةه] الأنباء/u.test(text.slice(start, end))) continue;
		if (words === 0 || generic || taken(start, end)) continue;
		const surface = text.slice(start, end);
		out.push({ id: orgId(surface), type, start, end, surface });
		ar.lastIndex = end;
	}
	const fr = /(?<!\p{L})([Mm]inist[eè]re|[Pp]arquet|[Tt]ribunal|[Pp]r[ée]fecture|[Aa]gence|[Ss]oci[ée]t[ée])( (?:de la |de l['’]|du |des |d['’]|de ))((?:\p{Lu}[\p{L}-]+)(?: (?:de |du |des |d['’])?\p{Lu}[\p{L}-]+){0,3})/gu;
	for (let m = fr.exec(text); m; m = fr.exec(text)) {
		const type = FR_HEADS[m[1]!.toLowerCase().replace('ministere', 'ministère')] ?? 'agency';
		const start = m.index;
		const end = m.index + m[0].length;
		if (taken(start, end)) continue;
		const surface = m[0];
		out.push({ id: orgId(surface), type, start, end, surface });
	}
	return out;
}
