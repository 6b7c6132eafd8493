import { MarsadError } from '../../src/lib/server/marsad-error';

/** A source that cannot be read: names the file (and line) and the reason; the run goes on. */
export class SourceError extends MarsadError {
	constructor(
		readonly origin: string,
		readonly reason: string,
		options?: { cause?: unknown }
	) {
		super(`${origin}: ${reason}`, options);
		this.name = 'SourceError';
	}
}
