/**
 * Alias document frequencies and the knowledge-base lint built on them (pure: no I/O).
 *
 * The table (src/lib/knowledge/alias-frequency.generated.json, written by
 * src/lib/knowledge/generate-alias-frequency.ts from the shared news corpus) holds, for every
 * one-word alias of an actor, product, country or threat, in how many articles of news-ar and
 * news-fr it matches as the matcher matches it (after analysis: stems, clitics), in how many its
 * own surface appears, in how many French articles it appears written in lower case (a common
 * word: "orange", "virus"), and in how many security-subset articles. Plus, per threat, the number
 * of articles naming it with a strong trigger, and the most frequent analysed terms per language.
 *
 * The lint says which aliases can tag an article on their own although the corpus shows they are
 * common words or word forms: those must be weak (they then need context, see extract-facets.ts),
 * exact (`=`), or have a sense rule.
 */
import type { KbEntry, ThreatEntry, ThreatId } from '../knowledge/types';
import { caseOk, exactOk, foldSurface, normalizeSurface, type CompiledAlias, type CompiledKb } from './match-entities';
import type { TokenLike } from './types';

export type Lang = 'ar' | 'fr';

/**
 * Per language: [match DF, foreign DF, lower-case DF, security-subset match DF]. Foreign: articles
 * where the alias matched a word that is no form of any of the entity's names (طالب for طالبان);
 * lower-case: French articles where the name is written in lower case ("orange", "réunion").
 */
export type AliasCounts = Record<Lang, [number, number, number, number]>;

export interface FrequencyTable {
	source: string;
	docs: Record<Lang, number>;
	securityDocs: Record<Lang, number>;
	/** Key: aliasKey(). */
	aliases: Record<string, AliasCounts>;
	/** Articles with a strong trigger of each threat (whole corpus). */
	threatDocs: Partial<Record<ThreatId, number>>;
	/** The most frequent analysed terms (document frequency), per language. */
	common: Record<Lang, string[]>;
}

const LINTED_KINDS = new Set<KbEntry['kind']>(['actor', 'product', 'country', 'threat']);

export function aliasKey(a: CompiledAlias): string {
	return `${a.entry.kind}:${a.entry.id}|${a.alias}|${a.weak ? 'weak' : 'strong'}`;
}

/** One-word aliases the table covers (each analysed chain gives a compiled alias; keep one per key). */
export function oneWordAliases(ckb: CompiledKb): CompiledAlias[] {
	const seen = new Map<string, CompiledAlias>();
	for (const a of ckb.aliases) {
		if (!LINTED_KINDS.has(a.entry.kind) || a.tokens.length !== 1) continue;
		const k = aliasKey(a);
		if (!seen.has(k)) seen.set(k, a);
	}
	return [...seen.values()];
}

const isArabic = (s: string): boolean => /[\u0600-\u06FF]/u.test(s);

/** Forms of a word the own-form test compares: Arabic with and without clitics and article, Latin folded. */
function bareForms(surface: string): string[] {
	if (!isArabic(surface)) return [foldSurface(surface)];
	const forms = new Set([normalizeSurface(surface)]);
	for (const f of [...forms]) if (/^[وف]/u.test(f) && f.length > 3) forms.add(f.slice(1));
	for (const f of [...forms]) {
		if (f.startsWith('لل')) forms.add(f.slice(2));
		if (/^[بلك]/u.test(f) && f.length > 3) forms.add(f.slice(1));
	}
	for (const f of [...forms]) if (f.startsWith('ال')) forms.add(f.slice(2));
	return [...forms];
}

/**
 * Stems of every word of every name of an entity ("طالبان", "taliban", "afghan"…), trailing
 * inflection trimmed: a matched word that starts with one of them is a form of the entity's names.
 */
function nameCores(entry: KbEntry): string[] {
	const words = (['ar', 'fr', 'en'] as const).flatMap((l) => [...entry.aliases[l], ...(entry.weakAliases?.[l] ?? [])]);
	const cores = new Set<string>();
	for (const w of words.flatMap((a) => a.replace(/^=/, '').split(/[\s-]+/u))) {
		// The name as written, article off (its own first letters are not clitics: فرنسا, بريطانيا).
		const b = isArabic(w) ? normalizeSurface(w).replace(/^ال/u, '') : foldSurface(w);
		const trimmed = isArabic(w) ? b.replace(/[يه]$/u, '') : b.replace(/(?:es|e|s)$/u, '');
		const core = trimmed.length >= 3 ? trimmed : b;
		if (core.length >= 2) cores.add(core);
	}
	return [...cores];
}

/** Counts one article into `counts` (per alias key, the four figures for its language). */
export class FrequencyCounter {
	private readonly byTerm = new Map<string, CompiledAlias[]>();
	private readonly cores = new Map<KbEntry, string[]>();
	readonly counts = new Map<string, AliasCounts>();
	readonly termDf: Record<Lang, Map<string, number>> = { ar: new Map(), fr: new Map() };

	constructor(aliases: readonly CompiledAlias[]) {
		for (const a of aliases) {
			const t = a.tokens[0]!.term;
			if (!this.cores.has(a.entry)) this.cores.set(a.entry, nameCores(a.entry));
			this.byTerm.set(t, [...(this.byTerm.get(t) ?? []), a]);
			this.counts.set(aliasKey(a), {
				ar: [0, 0, 0, 0],
				fr: [0, 0, 0, 0]
			});
		}
	}

	add(tokens: readonly TokenLike[], lang: Lang, security: boolean): void {
		const matched = new Set<string>();
		const foreign = new Set<string>();
		const lower = new Set<string>();
		const terms = new Set<string>();
		for (const tok of tokens) {
			for (const term of tok.terms) {
				terms.add(term);
				for (const a of this.byTerm.get(term) ?? []) {
					const at = a.tokens[0]!;
					const key = aliasKey(a);
					const arabic = tok.script === 'arabic';
					const exactHere =
						at.exact === null || (arabic ? exactOk(at.exact, tok.surface) : foldSurface(tok.surface) === at.exact);
					if (exactHere && caseOk(at.caseRule, tok.surface)) {
						matched.add(key);
						const cores = this.cores.get(a.entry)!;
						if (!bareForms(tok.surface).some((f) => cores.some((c) => f.startsWith(c)))) foreign.add(key);
					}
					const own = isArabic(a.alias)
						? exactOk(normalizeSurface(a.alias), tok.surface)
						: foldSurface(tok.surface) === foldSurface(a.alias);
					if (own && !arabic && tok.surface === tok.surface.toLowerCase()) lower.add(key);
				}
			}
		}
		for (const k of matched) {
			const c = this.counts.get(k)![lang];
			c[0]++;
			if (security) c[3]++;
		}
		for (const k of foreign) this.counts.get(k)![lang][1]++;
		for (const k of lower) this.counts.get(k)![lang][2]++;
		const df = this.termDf[lang];
		for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
	}

	topTerms(lang: Lang, n: number): string[] {
		return [...this.termDf[lang].entries()]
			.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
			.slice(0, n)
			.map(([t]) => t);
	}
}

export interface LintViolation {
	alias: string;
	entity: string;
	rule: 'not-measured' | 'stem-collision' | 'common-word' | 'bare-surname' | 'too-frequent' | 'ambiguous-trigger';
	detail: string;
}

/** Thresholds of the lint (documents in the news corpus). */
export const LINT = {
	/** A match on other words in at least this many articles, and this share of the alias's articles, is a collision. */
	foreignDocs: 15,
	foreignShare: 0.2,
	/** A capitalised name written in lower case in at least this many articles, and this share of its matches, is a common word. */
	lowerDocs: 10,
	lowerShare: 0.1,
	/** An entity that implies a cyber threat appears at most this × that threat's articles (+ slack). */
	impliedRatio: 3,
	impliedSlack: 10,
	/** A strong one-word trigger seen in at least this many non-security articles, more than in security ones, is ambiguous. */
	triggerOutside: 20
} as const;

/** Threats the corpus's security subset is defined by (its README's patterns): the trigger rule applies to them. */
const SUBSET_THREATS = new Set<ThreatId>([
	'terrorism',
	'cyberattack',
	'ransomware',
	'spyware',
	'espionage',
	'malware',
	'data-breach',
	'ddos',
	'phishing'
]);

const CYBER_IMPLIED = new Set<ThreatId>([
	'ransomware',
	'spyware',
	'malware',
	'ddos',
	'cyberattack',
	'data-breach',
	'phishing'
]);

/**
 * Aliases that can tag on their own although the table shows they are common words. Weak
 * aliases are exempt (they need context); triggers with a sense rule are exempt from the
 * trigger rule (the rule decides their sense).
 */
export function lintAliases(ckb: CompiledKb, table: FrequencyTable): LintViolation[] {
	const out: LintViolation[] = [];
	const senses = new Set(
		ckb.kb.context.senses.flatMap((r) => r.triggers.map((t) => `${r.threat}|${t.replace(/^=/, '')}`))
	);
	for (const a of oneWordAliases(ckb)) {
		if (a.weak) continue;
		const entity = `${a.entry.kind}:${a.entry.id}`;
		const v = (rule: LintViolation['rule'], detail: string) => out.push({ alias: a.alias, entity, rule, detail });
		if (a.entry.kind === 'actor' && a.entry.type === 'person') {
			v('bare-surname', 'a one-word person name tags alone');
			continue;
		}
		const c = table.aliases[aliasKey(a)];
		if (!c) {
			v(
				'not-measured',
				'not in alias-frequency.generated.json: run npx tsx src/lib/knowledge/generate-alias-frequency.ts'
			);
			continue;
		}
		const at = a.tokens[0]!;
		for (const lang of ['ar', 'fr'] as const) {
			const [match, foreign] = c[lang];
			if (foreign >= LINT.foreignDocs && foreign >= LINT.foreignShare * match) {
				v('stem-collision', `${lang}: "${at.term}" matches other words in ${foreign} of its ${match} articles`);
			}
		}
		// A capitalised name whose lower-case form is not itself a name of the entity (suisse, talibans are).
		const lowerIsName = (['ar', 'fr', 'en'] as const).some((l) =>
			a.entry.aliases[l].some((x) => x === x.toLowerCase() && foldSurface(x) === foldSurface(a.alias))
		);
		if (
			at.caseRule === 'initial' &&
			!lowerIsName &&
			c.fr[2] >= LINT.lowerDocs &&
			c.fr[2] >= LINT.lowerShare * c.fr[0]
		) {
			v(
				'common-word',
				`"${a.alias.toLowerCase()}" is written in lower case in ${c.fr[2]} French articles (name: ${c.fr[0]})`
			);
		}
		const implied = (a.entry.implies ?? []).filter((t) => CYBER_IMPLIED.has(t));
		if (implied.length > 0) {
			const warrant = Math.max(...implied.map((t) => table.threatDocs[t] ?? 0));
			const seen = Math.max(c.ar[0], c.fr[0]);
			if (seen > LINT.impliedRatio * warrant + LINT.impliedSlack) {
				v('too-frequent', `in ${seen} articles, while its threat has ${warrant}: another word or name`);
			}
		}
		if (
			a.entry.kind === 'threat' &&
			SUBSET_THREATS.has(a.entry.id as ThreatId) &&
			!senses.has(`${a.entry.id}|${a.alias}`)
		) {
			const entry = a.entry as ThreatEntry;
			for (const lang of ['ar', 'fr'] as const) {
				const [match, , , sec] = c[lang];
				const outside = match - sec;
				if (outside >= LINT.triggerOutside && outside > sec) {
					v(
						'ambiguous-trigger',
						`${lang}: ${entry.id} trigger in ${outside} non-security articles, ${sec} security ones`
					);
				}
			}
		}
	}
	return out;
}
