/**
 * marsad — one CLI, one subcommand per job. Logs go to stderr, data to stdout.
 *   marsad index [--rebuild] [paths…]   index articles (default: seeds/)
 *   marsad analyze --lang ar|fr|en      print analysed terms of each stdin line
 *   marsad extract FILE…                print extracted facets, one JSON per document
 *   marsad eval FILE.tsv [--url URL]    run a query file against /api/search
 *   marsad watch SOURCES.json           follow feeds and folders, send alerts (until stopped)
 *   marsad audit KIND VALUE [--n N]     sample tagged articles with their evidence (also: audit top, audit ids)
 */
import { terminalMessage } from '../src/lib/server/marsad-error';

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
	index: async () => (await import('./commands/index-command')).runIndex,
	analyze: async () => (await import('./commands/analyze')).runAnalyze,
	extract: async () => (await import('./commands/extract')).runExtract,
	eval: async () => (await import('./commands/eval')).runEval,
	watch: async () => (await import('./commands/watch')).runWatch,
	audit: async () => (await import('./commands/audit')).runAudit
};

async function main(): Promise<number> {
	const [name, ...argv] = process.argv.slice(2);
	const load = name ? commands[name] : undefined;
	if (!load) {
		process.stderr.write(`usage: marsad <${Object.keys(commands).join('|')}> [options]\n`);
		return 2;
	}
	return (await load())(argv);
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`marsad: ${terminalMessage(error)}\n`);
		process.exit(1);
	}
);
