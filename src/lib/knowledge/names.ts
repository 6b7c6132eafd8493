/** Loader of the generated person-name table (names.generated.json; source and licence in names.LICENSE.txt). */
import { compileNameTable, type NameTable } from '../facets/recognise/names';
import type { CommonWords } from '../facets/recognise/persons';
import frequency from './alias-frequency.generated.json';
import data from './names.generated.json';

let table: NameTable | undefined;
let common: CommonWords | undefined;

/** How many of the most frequent corpus terms count as plain news words inside a name. */
const TOP = 300;

/** Frequent corpus terms (alias-frequency.generated.json, both languages). */
export function commonWords(): CommonWords {
	const lists = (frequency as { common: Record<string, string[]> }).common;
	common ??= {
		all: new Set(Object.values(lists).flat()),
		top: new Set(Object.values(lists).flatMap((l) => l.slice(0, TOP)))
	};
	return common;
}

/** The generated lines `latin\tarabic\tpersons` (one best Arabic spelling per Latin token). */
export function namePairs(): readonly string[] {
	return (data as { pairs: string[] }).pairs;
}

export function nameTable(): NameTable {
	table ??= compileNameTable((data as { pairs: string[] }).pairs);
	return table;
}
