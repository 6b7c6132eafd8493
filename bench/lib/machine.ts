import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';

/** The machine a figure was measured on, as one markdown line. */
export function machineLine(): string {
	let nproc = String(availableParallelism());
	try {
		nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
	} catch {
		/* keep Node's count */
	}
	let cpu = 'unknown CPU';
	try {
		const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
		if (m) cpu = m[1]!.trim();
	} catch {
		/* not Linux */
	}
	const ram = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`;
	return `${nproc} cores (nproc), ${cpu}, ${ram}, Node ${process.version}, ${process.platform}-${process.arch}`;
}

export function nowStamp(): string {
	return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
