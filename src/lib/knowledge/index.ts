/**
 * The knowledge base: ICU country names + hand-written extras, actors, threats,
 * products and blockers, assembled into one typed structure. Assembly only fills
 * in regular forms (labels as aliases, demonym inflections); the data is in the
 * sibling modules.
 */
import generated from './countries.generated.json' with { type: 'json' };
import { AGENCIES } from './agencies';
import { BLOCKERS } from './blockers';
import { COMPANIES } from './companies';
import { CONCEPTS } from './concepts';
import { COUNTRY_EXTRAS } from './country-extras';
import { GROUPS } from './groups';
import { INTERNATIONAL_ORGS } from './international-orgs';
import { PEOPLE } from './people';
import { PRODUCTS } from './products';
import { CHANNEL_CUES, NEGATION_CUES, SENSE_RULES, SENSE_WINDOW, TOPICS, TYPE_CUES } from './senses';
import { THREATS } from './threats';
import type { Aliases, KbEntry, KnowledgeBase, Labels } from './types';

export type * from './types';
export { THREAT_IDS } from './types';
export type { SenseRule, TopicId } from './senses';

/** Arabic adjectives agree in gender and number: إيراني، إيرانية، إيرانيون، إيرانيين، إيرانيات. */
export function inflectArabicDemonym(base: string): string[] {
	const words = base.split(/\s+/);
	return ['', 'ة', 'ون', 'ين', 'ات'].map((suffix) => words.map((w) => w + suffix).join(' '));
}

/** French adjectives: masculine/feminine, singular/plural (iranien, iranienne, iraniens, iraniennes). */
export function inflectFrenchDemonym(base: string): string[] {
	let feminine: string;
	if (/(?:en|on)$/.test(base)) feminine = base + 'ne';
	else if (base.endsWith('e') || base.endsWith('è') || base.endsWith('é')) feminine = base;
	else if (base.endsWith('c')) feminine = base.endsWith('ec') ? base + 'que' : base.slice(0, -1) + 'que';
	else feminine = base + 'e';
	const plural = (w: string): string => (/[sx]$/.test(w) ? w : w + 's');
	return [...new Set([base, feminine, plural(base), plural(feminine)])];
}

/** English: the adjective and, where it has one, the plural noun (Iranians). */
export function inflectEnglishDemonym(base: string): string[] {
	return /(?:ese|sh|ch|ss|s|i)$/.test(base) ? [base] : [base, base + 's'];
}

const uniq = (list: string[]): string[] => [...new Set(list.filter((s) => s.trim() !== ''))];

function buildCountries(): KbEntry[] {
	const rows = generated as Array<{ id: string; labels: Labels }>;
	return rows.map(({ id, labels }) => {
		const extra = COUNTRY_EXTRAS[id] ?? {};
		const drop = new Set(extra.drop ?? []);
		const aliases: Aliases = { ar: [], fr: [], en: [] };
		for (const lang of ['ar', 'fr', 'en'] as const) {
			const fromLabel = drop.has(lang) ? [] : [labels[lang]];
			const demonyms = extra.demonyms?.[lang] ?? [];
			const inflected = demonyms.flatMap((d) =>
				lang === 'ar' ? inflectArabicDemonym(d) : lang === 'fr' ? inflectFrenchDemonym(d) : inflectEnglishDemonym(d)
			);
			aliases[lang] = uniq([...fromLabel, ...(extra[lang] ?? []), ...inflected]);
		}
		// Capitals that are mostly cities in the news count only with the country named too.
		const capitals = new Set(extra.capitals ?? []);
		const weak: Aliases = { ar: [], fr: [], en: [] };
		for (const lang of ['ar', 'fr', 'en'] as const) {
			weak[lang] = uniq([...(extra.weak?.[lang] ?? []), ...aliases[lang].filter((a) => capitals.has(a))]);
			aliases[lang] = aliases[lang].filter((a) => !capitals.has(a));
		}
		const entry: KbEntry = { id, kind: 'country', type: 'country', labels, aliases };
		if (extra.ambiguous) entry.ambiguous = true;
		if (weak.ar.length + weak.fr.length + weak.en.length > 0) entry.weakAliases = weak;
		return entry;
	});
}

const oneWord = (alias: string): boolean => !/[\s-]/u.test(alias.replace(/^=/, '').trim());

/**
 * Labels are names too: every label is an alias unless it is a weak alias of the entry or the
 * entry lists it as an exact alias (`=طالبان`). A person's one-word name is a bare surname
 * (Cameron, سوناك): it never tags on its own, so it becomes a weak alias (it counts once the
 * full name is in the article).
 */
function withLabels(entry: KbEntry): KbEntry {
	const aliases: Aliases = { ar: [], fr: [], en: [] };
	const weakAliases: Aliases = { ar: [], fr: [], en: [] };
	for (const lang of ['ar', 'fr', 'en'] as const) {
		const weak = new Set((entry.weakAliases?.[lang] ?? []).map((a) => a.replace(/^=/, '')));
		const exact = new Set(entry.aliases[lang].filter((a) => a.startsWith('=')).map((a) => a.slice(1)));
		const label = entry.kind === 'blocker' ? [] : [entry.labels[lang]];
		const all = uniq([...label.filter((l) => !weak.has(l) && !exact.has(l)), ...entry.aliases[lang]]);
		const surname = (a: string): boolean => entry.type === 'person' && oneWord(a);
		aliases[lang] = all.filter((a) => !surname(a));
		weakAliases[lang] = uniq([...(entry.weakAliases?.[lang] ?? []), ...all.filter(surname)]);
	}
	const out: KbEntry = { ...entry, aliases };
	if (weakAliases.ar.length + weakAliases.fr.length + weakAliases.en.length > 0) out.weakAliases = weakAliases;
	return out;
}

let cached: KnowledgeBase | undefined;

export function loadKnowledgeBase(): KnowledgeBase {
	if (cached) return cached;
	const countries = buildCountries();
	const actors = [...GROUPS, ...AGENCIES, ...INTERNATIONAL_ORGS, ...COMPANIES, ...PEOPLE].map(withLabels);
	const threats = THREATS.map((t) => ({
		...t,
		...withLabels(t),
		kind: 'threat' as const,
		id: t.id,
		weakAliases: t.weakAliases
	}));
	const products = PRODUCTS.map(withLabels);
	const blockers = BLOCKERS.map(withLabels);
	const concepts = CONCEPTS.map(withLabels);
	cached = {
		context: {
			senses: SENSE_RULES,
			senseWindow: SENSE_WINDOW,
			topics: TOPICS,
			typeCues: TYPE_CUES,
			channelCues: CHANNEL_CUES,
			negationCues: NEGATION_CUES
		},
		countries,
		actors,
		threats,
		products,
		blockers,
		concepts,
		all: [...countries, ...actors, ...threats, ...products, ...blockers, ...concepts]
	};
	return cached;
}

/** The knowledge base (alias of loadKnowledgeBase, the name the indexer pipeline uses). */
export function knowledgeBase(): KnowledgeBase {
	return loadKnowledgeBase();
}
