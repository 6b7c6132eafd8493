import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../../indexer/commands/analyze';

describe('marsad analyze flags', () => {
	it.each([
		[['--lang', 'ar'], { lang: 'ar', stage: 'stem' }],
		[['--lang=fr', '--stage', 'normalize'], { lang: 'fr', stage: 'normalize' }],
		[['--stage=stem', '--lang', 'en'], { lang: 'en', stage: 'stem' }]
	])('%j', (argv, expected) => {
		expect(parseAnalyzeArgs(argv)).toEqual(expected);
	});

	it.each([
		[[], '--lang'],
		[['--lang', 'de'], '--lang'],
		[['--lang'], '--lang'],
		[['--lang', 'ar', '--stage', 'root'], '--stage'],
		[['--lang', 'ar', '--verbose'], '--verbose']
	])('%j is an error naming %s', (argv, flag) => {
		const result = parseAnalyzeArgs(argv);
		expect(typeof result).toBe('string');
		expect(result as string).toMatch(new RegExp(`^${flag}`));
		expect(result as string).not.toContain('\n');
	});
});
