import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// An async indexer must never drop a promise on the floor.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// Links are built by stateToUrl as query strings on fixed routes; there is no base path.
			'svelte/no-navigation-without-resolve': 'off',
			// Every {@html} string comes from src/lib/analysis/highlight.ts, which escapes the text
			// before adding <mark> (unit-tested, and the e2e hostile-content test checks pages).
			'svelte/no-at-html-tags': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'.data/',
			'tests/e2e/artifacts/',
			'eslint.config.js',
			'svelte.config.js'
		]
	}
);
