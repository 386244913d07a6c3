/**
 * A module fetched on first use only, so it stays out of the pages that never
 * need it. Every caller shares one fetch; a failed fetch (offline before the
 * service worker cached the chunk) is forgotten, so the next call tries again.
 * Any other once-only async job with the same needs fits too (shipped banks).
 */
export interface Lazy<T> {
	/** The value, fetched on the first call; later calls share the same promise. */
	load(): Promise<T>;
	/** The value if it has arrived already, else null: for code that must not wait. */
	current(): T | null;
}

/** Wraps a loader (usually `() => import('./x')`) so it runs at most once at a time and once after success. */
export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
	let value: T | null = null;
	let pending: Promise<T> | null = null;
	return {
		load() {
			pending ??= loader().then(
				(loaded) => (value = loaded),
				(err: unknown) => {
					pending = null;
					throw err;
				}
			);
			return pending;
		},
		current: () => value
	};
}
