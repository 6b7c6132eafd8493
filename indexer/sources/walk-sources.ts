import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SourceError } from './source-error';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** Every readable source file under the given paths (files or folders, recursive), sorted. */
export async function* walkSources(paths: string[], extensions: Set<string> = TEXT_EXTENSIONS): AsyncGenerator<string> {
	for (const path of paths) {
		let info;
		try {
			info = await stat(path);
		} catch {
			throw new SourceError(path, 'no such file or folder');
		}
		if (info.isFile()) {
			yield path;
			continue;
		}
		const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const child = join(path, entry.name);
			if (entry.isDirectory()) yield* walkSources([child], extensions);
			else if (entry.isFile() && extensions.has(extname(entry.name).toLowerCase())) yield child;
		}
	}
}
