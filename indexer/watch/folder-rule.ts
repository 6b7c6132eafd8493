import type { FileMark } from './source-state';

/**
 * When a file in a watched folder is read. Rule: a file is read once its size and mtime were
 * the same at two looks at least `settleMs` apart — a file still being written grows or is
 * touched between looks. A writer may also write under a hidden name (`.name.part`) or an
 * extension no reader takes (`name.txt.part`) and rename when done: such files are never
 * listed. A file already read is read again when its size or mtime changes. Pure.
 */

/** A file seen changed, waiting to settle: how it looked, and since when. */
export interface Candidate extends FileMark {
	since: number;
}

export type FileDecision =
	{ action: 'unchanged' } | { action: 'wait'; candidate: Candidate; readAt: number } | { action: 'read' };

export function decideFile(
	look: FileMark,
	read: FileMark | undefined,
	candidate: Candidate | undefined,
	now: number,
	settleMs: number
): FileDecision {
	if (read && same(read, look)) return { action: 'unchanged' };
	if (candidate && same(candidate, look)) {
		if (now - candidate.since >= settleMs) return { action: 'read' };
		return { action: 'wait', candidate, readAt: candidate.since + settleMs };
	}
	const fresh = { size: look.size, mtimeMs: look.mtimeMs, since: now };
	return settleMs === 0 ? { action: 'read' } : { action: 'wait', candidate: fresh, readAt: now + settleMs };
}

export function same(a: FileMark, b: FileMark): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs;
}
