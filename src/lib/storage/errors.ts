/** Typed storage errors, so callers can tell "try again" apart from "gone" and from bugs. */

/** The card changed in storage (another tab answered or undid it) since the caller read it. */
export class StaleCardError extends Error {
	readonly cardId: string;
	constructor(cardId: string, message = `The card "${cardId}" was changed elsewhere meanwhile.`) {
		super(message);
		this.name = 'StaleCardError';
		this.cardId = cardId;
	}
}

/** A bank, card or review log row that the caller named is not stored. */
export class NotFoundError extends Error {
	readonly what: string;
	readonly key: unknown;
	constructor(what: string, key: unknown) {
		super(`There is no ${what} ${JSON.stringify(key)} on this device.`);
		this.name = 'NotFoundError';
		this.what = what;
		this.key = key;
	}
}

/**
 * Dexie turns any error named like an IndexedDB DOMException ("NotFoundError"
 * is one) into its own error class when it aborts a transaction; this gives
 * callers our typed error back.
 */
export async function unwrapErrors<T>(work: PromiseLike<T>): Promise<T> {
	// A native async function, not work.catch(): a Dexie promise would map the rethrown error again.
	try {
		return await work;
	} catch (error) {
		const inner = error instanceof Error && 'inner' in error ? error.inner : undefined;
		const ours = inner instanceof NotFoundError || inner instanceof StaleCardError || inner instanceof RestoreError;
		throw ours ? inner : error;
	}
}

/** A backup or snapshot that cannot be restored as it is; nothing was written. */
export class RestoreError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		const shown = problems.slice(0, 5).join('; ');
		super(`This backup cannot be restored: ${shown}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}.`);
		this.name = 'RestoreError';
		this.problems = problems;
	}
}
