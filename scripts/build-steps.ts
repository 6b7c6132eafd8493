/**
 * The commands `npm start` runs to build the app, in order. Data, so a test can run exactly
 * these on a fresh copy of the project.
 */
export interface BuildStep {
	command: string;
	args: readonly string[];
}

export const BUILD_STEPS: readonly BuildStep[] = [
	// A fresh clone has no .svelte-kit/tsconfig.json, which tsconfig.json extends: without this
	// sync, loading vite.config.ts warns "Cannot find base config file".
	{ command: 'npx', args: ['svelte-kit', 'sync'] },
	{ command: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] }
];
