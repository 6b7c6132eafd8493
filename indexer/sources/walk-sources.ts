import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
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

export interface WalkOptions {
	/**
	 * Folders no source may come from, whatever path leads there (Marsad's data dir: the master
	 * key lives there). A file there, a link to one, or a hard link to one of its files is refused.
	 */
	protectedPaths?: readonly string[];
	/** Told about every file refused and every folder that could not be listed; the walk goes on. */
	onSkip?(origin: string, reason: string): void;
}

/** Is `child` (a resolved path) `parent` itself or inside it? */
function isInside(child: string, parent: string): boolean {
	return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** Where links end and which inodes are off limits, computed once per walk. */
class Guard {
	private constructor(
		private readonly roots: string[],
		private readonly inodes: Set<string>
	) {}

	static async create(protectedPaths: readonly string[]): Promise<Guard> {
		const roots: string[] = [];
		const inodes = new Set<string>();
		for (const path of protectedPaths) {
			const real = await realpath(path).catch(() => resolve(path));
			roots.push(real);
			// Hard links cannot be told from the original by their path: compare inodes of the
			// files directly in the protected folder (the key, the runtime file).
			const entries = await readdir(real, { withFileTypes: true }).catch(() => []);
			for (const entry of entries) {
				if (!entry.isFile()) continue;
				const info = await stat(join(real, entry.name)).catch(() => null);
				if (info) inodes.add(`${info.dev}:${info.ino}`);
			}
		}
		return new Guard(roots, inodes);
	}

	/** Why the file at `path` (found under `root`, a real path) may not be read, or null. */
	async refusal(path: string, root: string): Promise<string | null> {
		let real: string;
		let info;
		try {
			real = await realpath(path);
			info = await stat(real);
		} catch {
			return 'vanished or unreadable while listing';
		}
		if (this.roots.some((p) => isInside(real, p)) || this.inodes.has(`${info.dev}:${info.ino}`))
			return "refused: it is Marsad's data folder (master key, database), never a source";
		if (!isInside(real, root)) return `refused: a symbolic link to ${real}, outside the folder being indexed (${root})`;
		return null;
	}
}

/**
 * Every file under the given paths (files or folders, recursive), in a stable order: names
 * sorted by code point, not locale, so two machines list a corpus identically. Hidden files
 * and folders are skipped; a folder's files are kept when `accept(name)` says so, a file
 * named directly always is. A path that does not exist throws SourceError.
 *
 * A file whose real path (links resolved) lies outside the folder it was found in — for a file
 * named directly, outside its own folder — is refused and reported, and so is anything in a
 * protected folder: a link planted in an unpacked archive must not publish a local file.
 */
export async function* walkSourceFiles(
	paths: string[],
	accept: (name: string) => boolean,
	options: WalkOptions = {}
): AsyncGenerator<FoundFile> {
	const guard = await Guard.create(options.protectedPaths ?? []);
	const onSkip = options.onSkip ?? (() => {});
	for (const path of paths) {
		let info;
		try {
			info = await stat(path);
		} catch {
			throw new SourceError(path, 'no such file or folder');
		}
		if (info.isFile()) {
			const root = await realpath(dirname(resolve(path)));
			const refused = await guard.refusal(path, root);
			if (refused) onSkip(path, refused);
			else yield { path, relative: basename(path), explicit: true };
		} else if (info.isDirectory()) {
			yield* walkFolder(await realpath(path), path, path, accept, guard, onSkip);
		}
	}
}

async function* walkFolder(
	realRoot: string,
	root: string,
	folder: string,
	accept: (name: string) => boolean,
	guard: Guard,
	onSkip: (origin: string, reason: string) => void
): AsyncGenerator<FoundFile> {
	let listed;
	try {
		listed = await readdir(folder, { withFileTypes: true });
	} catch (error) {
		// Removed (or made unreadable) while the run goes on: skipped like a vanished file.
		const code = (error as NodeJS.ErrnoException).code;
		onSkip(
			folder,
			code === 'ENOENT' ? 'folder vanished during the run' : `folder unreadable (${code ?? String(error)})`
		);
		return;
	}
	const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		const child = join(folder, entry.name);
		// Symlinked files are followed when they stay inside the folder; symlinked folders are not (they can loop).
		const isFile =
			entry.isFile() || (entry.isSymbolicLink() && (await stat(child).catch(() => null))?.isFile() === true);
		if (entry.isDirectory()) yield* walkFolder(realRoot, root, child, accept, guard, onSkip);
		else if (isFile && accept(entry.name)) {
			const refused = await guard.refusal(child, realRoot);
			if (refused) onSkip(child, refused);
			else yield { path: child, relative: relative(root, child) || basename(child), explicit: false };
		}
	}
}

/** Every readable source file under the given paths (files or folders, recursive), sorted. */
export async function* walkSources(
	paths: string[],
	extensions: Set<string> = TEXT_EXTENSIONS,
	options: WalkOptions = {}
): AsyncGenerator<string> {
	for await (const file of walkSourceFiles(paths, (name) => extensions.has(extname(name).toLowerCase()), options))
		yield file.path;
}
