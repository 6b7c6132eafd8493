import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, THREAT_IDS } from '../../../src/lib/knowledge/index';
import { defaultKb } from '../../../src/lib/facets/default-kb';

const kb = loadKnowledgeBase();

describe('knowledge base integrity', () => {
	it('has unique ids per kind', () => {
		for (const list of [kb.countries, kb.actors, kb.threats, kb.products, kb.blockers, kb.concepts]) {
			const ids = list.map((e) => e.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});
	it('labels every entry in ar, fr and en', () => {
		for (const e of [...kb.countries, ...kb.actors, ...kb.threats, ...kb.products, ...kb.concepts]) {
			expect(e.labels.ar && e.labels.fr && e.labels.en, e.id).toBeTruthy();
		}
	});
	it('has every ISO 3166-1 alpha-2 country', () => {
		expect(kb.countries.filter((c) => c.id !== 'XK')).toHaveLength(249);
		for (const code of ['AL', 'IR', 'US', 'ME', 'PS', 'SS', 'CW', 'BQ', 'AQ'])
			expect(kb.countries.some((c) => c.id === code)).toBe(true);
	});
	it('has a concept glossary of security vocabulary, never facets', () => {
		expect(kb.concepts.length).toBeGreaterThanOrEqual(150);
		for (const c of kb.concepts) expect(c.kind).toBe('concept');
		expect(kb.all.filter((e) => e.kind === 'concept')).toHaveLength(kb.concepts.length);
	});
	it('has the fixed threat ids', () => {
		expect(kb.threats.map((t) => t.id).sort()).toEqual([...THREAT_IDS].sort());
	});
	it('claims no analysed alias for two entities unless one is marked ambiguous', () => {
		// Concepts are matched in their own pass: an alias is unique within its layer (entities
		// or concepts); a concept may share a word with a threat trigger ("kamikaze").
		const owners = new Map<string, Set<string>>();
		for (const a of defaultKb().aliases) {
			if (a.weak || a.entry.kind === 'blocker' || a.entry.ambiguous) continue;
			const layer = a.entry.kind === 'concept' ? 'concepts' : 'entities';
			const key = `${layer}: ` + a.tokens.map((t) => `${t.term}/${t.exact ?? ''}/${t.caseRule}`).join(' ');
			const set = owners.get(key) ?? new Set<string>();
			set.add(`${a.entry.kind}:${a.entry.id}`);
			owners.set(key, set);
		}
		const clashes = [...owners].filter(([, s]) => s.size > 1).map(([k, s]) => `${k} → ${[...s].join(', ')}`);
		expect(clashes).toEqual([]);
	});
});
