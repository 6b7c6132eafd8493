import type { FieldMap } from './field-map';

/** The formats the readers know, chosen by extension (and by sniffing for `.xml`). */
export type SourceFormat = 'text' | 'html' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'feed' | 'xml';

/** A file to read, with what the dispatcher learned about it. */
export interface SourceFile {
	path: string;
	/** Path relative to the folder (or the file's parent) it was found under: stable across machines, used in made-up ids. */
	relative: string;
	format: SourceFormat;
	gzip: boolean;
}

/** What every reader gets: the analyst's field map and where to report what was skipped. */
export interface ReadContext {
	map?: FieldMap;
	onSkip(origin: string, reason: string): void;
}
