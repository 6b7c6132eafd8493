/**
 * `marsad analyze --lang ar|fr|en [--stage normalize|stem]`: a debugging window on the analysis
 * chain. Reads stdin line by line and prints, per line, the primary analysed term of every token
 * (natural script, space-separated; an empty line for an empty input line).
 */

import { createInterface } from 'node:readline';
import { analyzeWord } from '../../src/lib/analysis/analyze';
import { isLang } from '../../src/lib/article';
import type { Lang } from '../../src/lib/article';

type Stage = 'normalize' | 'stem';

interface Options {
	lang: Lang;
	stage: Stage;
}

/** Parse flags; returns an error message naming the offending flag instead of throwing. */
export function parseAnalyzeArgs(argv: string[]): Options | string {
	let lang: Lang | undefined;
	let stage: Stage = 'stem';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [flag, inline] = arg.includes('=')
			? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
			: [arg, undefined];
		const value = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
		if (flag === '--lang') {
			const v = value();
			if (!isLang(v)) return `--lang: expected ar, fr or en, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`;
			lang = v;
		} else if (flag === '--stage') {
			const v = value();
			if (v !== 'normalize' && v !== 'stem')
				return `--stage: expected normalize or stem, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`;
			stage = v;
		} else {
			return `${flag}: unknown flag (usage: marsad analyze --lang ar|fr|en [--stage normalize|stem])`;
		}
	}
	if (lang === undefined) return '--lang: required (ar, fr or en)';
	return { lang, stage };
}

export async function runAnalyze(argv: string[]): Promise<number> {
	const options = parseAnalyzeArgs(argv);
	if (typeof options === 'string') {
		process.stderr.write(`marsad analyze: ${options}\n`);
		return 2;
	}
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		process.stdout.write(analyzeWord(line, options.lang, options.stage).join(' ') + '\n');
	}
	return 0;
}
