import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** The production build is rebuilt when any app input changed after it was made. */
export function buildIsStale(root = '.'): boolean {
	const output = join(root, 'build', 'handler.js');
	if (!existsSync(output)) return true;
	const built = statSync(output).mtimeMs;
	return INPUTS.some((input) => newestMtime(join(root, input)) > built);
}
