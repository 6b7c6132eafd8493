import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { SourceError } from './source-error';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** A file found under one of the given paths. */
export interface FoundFile {
	path: string;
	/** Relative to the folder it was found under (for a file given directly: its name). */
	relative: string;
	/** Named directly by the user rather than found in a folder. */
	explicit: boolean;
}

/**
 * Every file under the given paths (files or folders, recursive), in a stable order: names
 * sorted by code point, not locale, so two machines list a corpus identically. Hidden files
 * and folders are skipped; a folder's files are kept when `accept(name)` says so, a file
 * named directly always is. A path that does not exist throws SourceError.
 */
export async function* walkSourceFiles(paths: string[], accept: (name: string) => boolean): AsyncGenerator<FoundFile> {
	for (const path of paths) {
		let info;
		try {
			info = await stat(path);
		} catch {
			throw new SourceError(path, 'no such file or folder');
		}
		if (info.isFile()) yield { path, relative: basename(path), explicit: true };
		else if (info.isDirectory()) yield* walkFolder(path, path, accept);
	}
}

async function* walkFolder(root: string, folder: string, accept: (name: string) => boolean): AsyncGenerator<FoundFile> {
	const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0
	);
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		const child = join(folder, entry.name);
		// Symlinked files are followed; symlinked folders are not (they can loop).
		const isFile =
			entry.isFile() || (entry.isSymbolicLink() && (await stat(child).catch(() => null))?.isFile() === true);
		if (entry.isDirectory()) yield* walkFolder(root, child, accept);
		else if (isFile && accept(entry.name))
			yield { path: child, relative: relative(root, child) || basename(child), explicit: false };
	}
}

/** Every readable source file under the given paths (files or folders, recursive), sorted. */
export async function* walkSources(paths: string[], extensions: Set<string> = TEXT_EXTENSIONS): AsyncGenerator<string> {
	for await (const file of walkSourceFiles(paths, (name) => extensions.has(extname(name).toLowerCase())))
		yield file.path;
}
