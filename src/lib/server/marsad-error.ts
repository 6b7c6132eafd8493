/**
 * An error whose message is meant for the person at the terminal: one line that says what
 * happened and what to do. CLIs print `message` alone, without a stack trace.
 */
export class MarsadError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'MarsadError';
	}
}

/** What a CLI prints for a failure: the one-line message of a MarsadError, else the stack (a bug). */
export function terminalMessage(error: unknown): string {
	if (error instanceof MarsadError) return error.message;
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
