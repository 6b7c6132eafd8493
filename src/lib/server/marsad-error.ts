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
