/**
 * Shorthand constructor for hand-written entries, so the data files read as
 * tables. It only builds objects: no logic beyond filling defaults.
 */
import type { ActorType, Aliases, KbEntry, ProductType, ThreatId } from './types';

export interface EntryOptions {
	ambiguous?: true;
	minMentions?: number;
	implies?: ThreatId[];
	weak?: Partial<Aliases>;
	channel?: true;
}

/** `names`: [en, fr, ar] labels; `aliases`: extra names by language. */
export function actor(
	id: string,
	type: ActorType,
	names: [en: string, fr: string, ar: string],
	aliases: Partial<Aliases> = {},
	options: EntryOptions = {}
): KbEntry {
	return entry('actor', id, type, names, aliases, options);
}

export function product(
	id: string,
	type: ProductType,
	names: [en: string, fr: string, ar: string],
	aliases: Partial<Aliases> = {},
	options: EntryOptions = {}
): KbEntry {
	return entry('product', id, type, names, aliases, options);
}

/** Spans that must be consumed so their parts do not match (Real Madrid is not Spain). */
export function blocker(id: string, aliases: Partial<Aliases>): KbEntry {
	return entry('blocker', id, 'blocker', [id, id, id], aliases, {});
}

function entry(
	kind: KbEntry['kind'],
	id: string,
	type: string,
	[en, fr, ar]: [string, string, string],
	aliases: Partial<Aliases>,
	options: EntryOptions
): KbEntry {
	const out: KbEntry = {
		id,
		kind,
		type,
		labels: { ar, fr, en },
		aliases: { ar: aliases.ar ?? [], fr: aliases.fr ?? [], en: aliases.en ?? [] }
	};
	if (options.ambiguous) out.ambiguous = true;
	if (options.minMentions !== undefined) out.minMentions = options.minMentions;
	if (options.implies) out.implies = options.implies;
	if (options.weak) out.weakAliases = options.weak;
	if (options.channel) out.channel = true;
	return out;
}
