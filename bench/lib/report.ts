import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { machineLine, nowStamp } from './machine';

/**
 * docs/benchmarks.md holds one section per bench part between HTML-comment markers; a re-run
 * replaces its own section in place and leaves the others as they are.
 */

export const PART_ORDER = ['analysis', 'index', 'search', 'load', 'shards', 'frontend', 'facets', 'watch'] as const;
export type PartName = (typeof PART_ORDER)[number];

const HEADER = `# Marsad benchmarks

Written by \`npm run bench\` (all parts) or \`npm run bench -- <part>\` (one part: ${PART_ORDER.map((p) => `\`${p}\``).join(', ')}).
Each part replaces its own section below; every section says when, where and how it was measured.
Targets are checked here, never by timed assertions in tests.
`;

const start = (part: string) => `<!-- bench:${part}:start -->`;
const end = (part: string) => `<!-- bench:${part}:end -->`;

export interface Section {
	title: string;
	command: string;
	body: string;
}

function render(part: PartName, section: Section): string {
	return [
		start(part),
		`## ${section.title}`,
		'',
		`- Date: ${nowStamp()}`,
		`- Machine: ${machineLine()}`,
		`- Command: \`${section.command}\``,
		`- Load average when the part ended (1/5/15 min): ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' / ')} — other work on the machine competes for the same cores`,
		'',
		section.body.trim(),
		end(part)
	].join('\n');
}

/** Writes (or replaces) one part's section, keeping sections in PART_ORDER. */
export function writeSection(file: string, part: PartName, section: Section): void {
	const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
	const sections = new Map<PartName, string>();
	for (const p of PART_ORDER) {
		const i = text.indexOf(start(p));
		const j = text.indexOf(end(p));
		if (i >= 0 && j > i) sections.set(p, text.slice(i, j + end(p).length));
	}
	sections.set(part, render(part, section));
	const firstMarker = text.indexOf('<!-- bench:');
	const header = (firstMarker >= 0 ? text.slice(0, firstMarker) : text).trimEnd();
	const out = [header, ...PART_ORDER.filter((p) => sections.has(p)).map((p) => sections.get(p)!)].join('\n\n') + '\n';
	writeFileSync(file, out);
}

/** A markdown table from a header row and data rows. */
export function table(head: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
