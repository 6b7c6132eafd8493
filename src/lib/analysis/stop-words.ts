/**
 * Short stop-word lists, written by hand (no dependency). Decision: stop words are DROPPED from
 * queries, so that matchingStrategy "all" does not demand the particles in "التجسس على الهواتف"
 * or "logiciel de rançon", and therefore also left out of the search fields: indexing words no
 * query asks for cost a third of the tokens and most of Meilisearch's proximity work (measured in
 * docs/benchmarks.md). Only a query made of nothing but stop words loses ("la" finds little);
 * a half-typed last word like "de" still prefix-matches the content words it starts.
 *
 * Lists hold surface forms after the same normalization the chains apply before stemming
 * (normalizeArabic; lowercase + elision + fold for Latin), so they are checked on those forms.
 */

import { normalizeArabic } from './normalize-arabic';
import { foldLatin } from './fold-latin';

const ARABIC = `
في من إلى على عن مع منذ حتى خلال ضد عند لدى لدي لديه لديها لديهم بين بعد قبل حول دون نحو عبر
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك الذي التي الذين اللذين اللتين اللواتي اللاتي
هو هي هم هن هما أنا أنت أنتم نحن إياه
أن إن أنه أنها إنه إنها لأن كأن لكن لكنه لكنها بل أو أم ثم قد لقد لم لن لا ما ماذا متى أين كيف هل إذا إذ
كل بعض غير أي أيضا حيث كما مثل فقط سوى
كان كانت كانوا يكون تكون ليس ليست
فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه إليها عنه عنها به بها بهم له لها لهم
وفي ومن وعلى وإلى وعن ومع وهو وهي وقد ولم ولا وما وأن وإن وكان وكانت وهذا وهذه وذلك والتي والذي
فإن فقد فهو فهي كذلك ال و ف ب ل ك
`;

const FRENCH = `
le la les l un une des du de d au aux et ou où à a en dans par pour sur sous avec sans chez
entre vers contre selon depuis pendant après avant
ce cet cette ces c ça celui celle ceux celles son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos
il elle ils elles on nous vous je j tu me m te t se s lui y eux
qui que qu quoi dont
est sont était étaient sera ont avait être été
ne n pas plus ni mais donc or car si comme aussi très
`;

const ENGLISH = `
the a an of and or in on at to for with by from as into about
is are was were be been being has have had it its this that these those which who
`;

function buildArabic(text: string): ReadonlySet<string> {
	return new Set(text.split(/\s+/u).filter(Boolean).map(normalizeArabic));
}

function buildLatin(...texts: string[]): ReadonlySet<string> {
	return new Set(
		texts
			.flatMap((t) => t.split(/\s+/u))
			.filter(Boolean)
			.map(foldLatin)
	);
}

const ARABIC_STOP = buildArabic(ARABIC);
/** French and English together: Latin query words always go through the French chain. */
const LATIN_STOP = buildLatin(FRENCH, ENGLISH);

/** `normalized` = normalizeArabic(word). */
export function isArabicStopWord(normalized: string): boolean {
	return ARABIC_STOP.has(normalized);
}

/** `folded` = the word lowercased, elision removed, diacritics folded. */
export function isLatinStopWord(folded: string): boolean {
	return LATIN_STOP.has(folded);
}
