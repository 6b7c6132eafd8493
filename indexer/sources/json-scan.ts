import { SourceError } from './source-error';

/** One element of a top-level JSON array, as text, with the line it starts on. */
export type JsonElement = { line: number; text: string } | { line: number; tooLong: number };

/** What the scanner found at the root: elements of an array, or a whole object. */
export type JsonItem = ({ kind: 'element' } & JsonElement) | { kind: 'object'; text: string };

/**
 * Streams the elements of a top-level JSON array without parsing the whole file: a small
 * state machine tracks strings and nesting, so only one element is held at a time. A root
 * object is collected whole (up to `maxObjectChars`) since it has no records to stream.
 */
export async function* scanJson(
	path: string,
	chunks: AsyncIterable<string>,
	maxElementChars: number,
	maxObjectChars: number
): AsyncGenerator<JsonItem> {
	let phase: 'start' | 'array' | 'object' | 'done' = 'start';
	let line = 1;
	let inString = false;
	let escaped = false;
	let inElement = false;
	let depth = 0;
	let parts: string[] = [];
	let length = 0;
	let overflow = false;
	let elementLine = 0;
	const keep = (piece: string, max: number) => {
		length += piece.length;
		if (length > max) {
			overflow = true;
			parts = [];
		} else if (!overflow) parts.push(piece);
	};
	for await (const chunk of chunks) {
		if (phase === 'done') break;
		let segment = 0;
		if (phase === 'object') {
			keep(chunk, maxObjectChars);
			if (overflow)
				throw new SourceError(
					path,
					`JSON object too large to read whole (over ${maxObjectChars} characters); use JSON Lines`
				);
			continue;
		}
		for (let i = 0; i < chunk.length; i++) {
			const c = chunk.charCodeAt(i);
			if (c === 0x0a) line++;
			if (phase === 'start') {
				if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
				if (c === 0x5b /* [ */) {
					phase = 'array';
					continue;
				}
				if (c === 0x7b /* { */) {
					phase = 'object';
					keep(chunk.slice(i), maxObjectChars);
					break;
				}
				throw new SourceError(path, 'not JSON: expected an array or an object');
			}
			if (inString) {
				if (escaped) escaped = false;
				else if (c === 0x5c /* \ */) escaped = true;
				else if (c === 0x22 /* " */) inString = false;
				continue;
			}
			if (!inElement) {
				if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c /* , */) continue;
				if (c === 0x5d /* ] */) {
					phase = 'done';
					break;
				}
				inElement = true;
				elementLine = line;
				segment = i;
			}
			if (c === 0x22) inString = true;
			else if (c === 0x7b || c === 0x5b) depth++;
			else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
			else if (depth === 0 && (c === 0x2c || c === 0x5d)) {
				keep(chunk.slice(segment, i), maxElementChars);
				yield overflow
					? { kind: 'element', line: elementLine, tooLong: length }
					: { kind: 'element', line: elementLine, text: parts.join('') };
				parts = [];
				length = 0;
				overflow = false;
				inElement = false;
				if (c === 0x5d) {
					phase = 'done';
					break;
				}
			}
		}
		if (inElement && phase === 'array') {
			keep(chunk.slice(segment), maxElementChars);
		}
	}
	if (phase === 'object') yield { kind: 'object', text: parts.join('') };
	else if (phase === 'start') throw new SourceError(path, 'no JSON in the file (only whitespace)');
	else if (phase === 'array') throw new SourceError(path, 'JSON array not closed (truncated file?)');
}
