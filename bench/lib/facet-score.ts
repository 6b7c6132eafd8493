/**
 * Scoring of extracted facets against a gold (pure: no I/O). Micro-averaged precision, recall
 * and F1 per facet, per actor type and per threat. Actors match by English label
 * (case-insensitive) or by a surface form the text used (gold `surface` lists, clitics off).
 * Gold actors of type `organization` (NGOs, parties, universities…) are not one of the five
 * actor types: a prediction that matches one is neither right nor wrong in the actor figures;
 * they are counted in a row of their own.
 */
import { foldSurface, normalizeSurface } from '../../src/lib/facets/match-entities';

export interface GoldActor {
	label_en: string;
	type: string;
	surface?: string[];
}

export interface GoldFacets {
	id: string;
	countries: string[];
	threats: string[];
	actors: GoldActor[];
}

export interface PredictedActor {
	id: string;
	type: string;
	label_en: string;
	surfaces: string[];
}

export interface PredictedFacets {
	id: string;
	countries: string[];
	threats: string[];
	actors: PredictedActor[];
}

export interface Tally {
	tp: number;
	fp: number;
	fn: number;
}

export interface FacetError {
	id: string;
	field: string;
	kind: 'extra' | 'missing';
	value: string;
}

export const ORGANIZATION = 'organization';

export function emptyTally(): Tally {
	return { tp: 0, fp: 0, fn: 0 };
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
	const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
	const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
	return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Forms a surface may take once clitics are off (Arabic و ف ب ل ك, French elision), normalised. */
export function surfaceForms(surface: string): string[] {
	const s = surface.trim();
	if (/[\u0600-\u06FF]/u.test(s)) {
		const n = normalizeSurface(s).replace(/\s+/g, ' ');
		const forms = new Set([n]);
		for (const f of [...forms]) if (/^[وف]/u.test(f) && f.length > 3) forms.add(f.slice(1));
		for (const f of [...forms]) {
			if (f.startsWith('لل')) forms.add('ال' + f.slice(2));
			else if (/^[بلك]/u.test(f) && f.length > 3) forms.add(f.slice(1));
		}
		return [...forms];
	}
	return [foldSurface(s).replace(/\s+/g, ' ')];
}

/** The shared keys by which a predicted and a gold actor are the same actor. */
function actorKeys(label: string, surfaces: readonly string[]): Set<string> {
	const keys = new Set<string>([`label:${label.toLowerCase()}`]);
	for (const s of surfaces) for (const f of surfaceForms(s)) keys.add(`form:${f}`);
	return keys;
}

/**
 * Whether two multi-word forms name the same thing, one inside the other on word boundaries
 * ("الملك محمد السادس" ⊃ "محمد السادس"; "وكالة المخابرات المركزية" ⊃ "المخابرات المركزية").
 * The shorter form needs two words, so a bare word never matches a longer name.
 */
function contains(a: string, b: string): boolean {
	const [long, short] = a.length >= b.length ? [a, b] : [b, a];
	return short.includes(' ') && ` ${long} `.includes(` ${short} `);
}

/**
 * Pairs predicted with gold actors (one-to-one): first by equal label or form, then by a form
 * contained in the other. Index pairs [gold, predicted].
 */
export function pairActors(gold: readonly GoldActor[], predicted: readonly PredictedActor[]): Array<[number, number]> {
	const goldKeys = gold.map((g) => actorKeys(g.label_en, g.surface ?? []));
	const predKeys = predicted.map((p) => actorKeys(p.label_en, p.surfaces));
	const usedGold = new Set<number>();
	const usedPred = new Set<number>();
	const pairs: Array<[number, number]> = [];
	const pass = (same: (pk: Set<string>, gk: Set<string>) => boolean): void => {
		predKeys.forEach((pk, pi) => {
			if (usedPred.has(pi)) return;
			const gi = goldKeys.findIndex((gk, i) => !usedGold.has(i) && same(pk, gk));
			if (gi >= 0) {
				usedGold.add(gi);
				usedPred.add(pi);
				pairs.push([gi, pi]);
			}
		});
	};
	pass((pk, gk) => [...pk].some((k) => gk.has(k)));
	const forms = (keys: Set<string>): string[] => [...keys].filter((k) => k.startsWith('form:')).map((k) => k.slice(5));
	pass((pk, gk) => forms(pk).some((p) => forms(gk).some((g) => contains(p, g))));
	return pairs;
}

function compareSets(
	tally: Tally,
	gold: readonly string[],
	got: readonly string[],
	id: string,
	field: string,
	errors: FacetError[],
	per?: Map<string, Tally>
): void {
	const g = new Set(gold);
	const o = new Set(got);
	const row = (k: string): Tally | undefined => {
		if (!per) return undefined;
		let t = per.get(k);
		if (!t) per.set(k, (t = emptyTally()));
		return t;
	};
	for (const x of o) {
		const r = row(x);
		if (g.has(x)) {
			tally.tp++;
			if (r) r.tp++;
		} else {
			tally.fp++;
			if (r) r.fp++;
			errors.push({ id, field, kind: 'extra', value: x });
		}
	}
	for (const x of g) {
		if (o.has(x)) continue;
		tally.fn++;
		const r = row(x);
		if (r) r.fn++;
		errors.push({ id, field, kind: 'missing', value: x });
	}
}

export interface Report {
	articles: number;
	countries: Tally;
	threats: Tally;
	actors: Tally;
	perThreat: Map<string, Tally>;
	perActorType: Map<string, Tally>;
	/** Gold `organization` actors: tp = found by the extractor (any type), fn = not found. */
	organizations: Tally;
	errors: FacetError[];
}

export function scoreAll(pairs: ReadonlyArray<{ gold: GoldFacets; got: PredictedFacets }>): Report {
	const report: Report = {
		articles: pairs.length,
		countries: emptyTally(),
		threats: emptyTally(),
		actors: emptyTally(),
		perThreat: new Map(),
		perActorType: new Map(),
		organizations: emptyTally(),
		errors: []
	};
	const typeRow = (t: string): Tally => {
		let row = report.perActorType.get(t);
		if (!row) report.perActorType.set(t, (row = emptyTally()));
		return row;
	};
	for (const { gold, got } of pairs) {
		compareSets(report.countries, gold.countries, got.countries, gold.id, 'country', report.errors);
		compareSets(report.threats, gold.threats, got.threats, gold.id, 'threat', report.errors, report.perThreat);
		const matched = pairActors(gold.actors, got.actors);
		const goldMatched = new Map(matched.map(([g, p]) => [g, p]));
		const predMatched = new Map(matched.map(([g, p]) => [p, g]));
		gold.actors.forEach((g, gi) => {
			const pi = goldMatched.get(gi);
			if (g.type === ORGANIZATION) {
				if (pi === undefined) report.organizations.fn++;
				else report.organizations.tp++;
				return;
			}
			if (pi === undefined) {
				report.actors.fn++;
				typeRow(g.type).fn++;
				report.errors.push({ id: gold.id, field: 'actor', kind: 'missing', value: `${g.label_en} (${g.type})` });
			} else {
				report.actors.tp++;
				const p = got.actors[pi]!;
				// Per type: right only when the type agrees too.
				if (p.type === g.type) typeRow(g.type).tp++;
				else {
					typeRow(g.type).fn++;
					typeRow(p.type).fp++;
				}
			}
		});
		got.actors.forEach((p, pi) => {
			if (predMatched.has(pi)) return;
			report.actors.fp++;
			typeRow(p.type).fp++;
			report.errors.push({
				id: gold.id,
				field: 'actor',
				kind: 'extra',
				value: `${p.label_en} (${p.type}) [${p.surfaces.slice(0, 3).join(' | ')}]`
			});
		});
	}
	return report;
}

const f3 = (x: number): string => x.toFixed(3);

export function formatRow(name: string, t: Tally, width = 22): string {
	const s = prf(t);
	return `${name.padEnd(width)} P=${f3(s.p)} R=${f3(s.r)} F1=${f3(s.f1)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}

/** Text lines: facets, then actor types, then threats (sorted by name). */
export function formatReport(r: Report): string[] {
	const lines = [
		formatRow('countries', r.countries),
		formatRow('threats', r.threats),
		formatRow('actors', r.actors),
		...[...r.perActorType.entries()]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([k, t]) => formatRow(`  actor:${k}`, t)),
		`  organization (gold, scored apart): found ${r.organizations.tp} of ${r.organizations.tp + r.organizations.fn}`,
		...[...r.perThreat.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => formatRow(`  threat:${k}`, t))
	];
	return lines;
}
