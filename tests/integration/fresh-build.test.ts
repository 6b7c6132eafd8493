import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_STEPS } from '../../scripts/build-steps';

/** The app's build inputs: what a fresh clone has (no .svelte-kit, no build). */
const INPUTS = ['src', 'package.json', 'svelte.config.js', 'tsconfig.json', 'vite.config.ts'];

function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
	return new Promise((done, fail) => {
		// Vitest sets NODE_ENV=test; npm start builds with it unset.
		const env = { ...process.env };
		delete env.NODE_ENV;
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
		child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
		child.once('error', fail).once('exit', (code) => done({ code, output }));
	});
}

/** Issue 17, defect 15: the first `npm start` on a fresh clone warned about .svelte-kit/tsconfig.json. */
describe("npm start's build steps on a fresh clone", () => {
	const dir = mkdtempSync(join(tmpdir(), 'marsad-fresh-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('build without the "Cannot find base config file" warning', async () => {
		for (const input of INPUTS) cpSync(input, join(dir, input), { recursive: true });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
		expect(existsSync(join(dir, '.svelte-kit'))).toBe(false);
		let output = '';
		for (const step of BUILD_STEPS) {
			const result = await run(step.command, step.args, dir);
			output += result.output;
			expect(result.code, `${step.command} ${step.args.join(' ')}\n${result.output}`).toBe(0);
		}
		expect(output).not.toMatch(/Cannot find base config file/);
		expect(existsSync(join(dir, 'build', 'handler.js'))).toBe(true);
	}, 120_000);
});
