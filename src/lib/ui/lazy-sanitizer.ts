/**
 * Fetches the HTML sanitizer (DOMPurify and the app's rules) only when some
 * text to show is HTML. Generated and typed questions are plain text, so the
 * study page usually never loads it; imported Anki and GIFT cards do.
 */
import type { sanitizeHtml } from './sanitize-html';

export type Sanitize = typeof sanitizeHtml;

let loaded: Sanitize | null = null;
let loading: Promise<Sanitize> | null = null;

/** The sanitizer if it has been fetched already, else null. */
export function sanitizerIfLoaded(): Sanitize | null {
	return loaded;
}

/** The sanitizer, fetched once; a failed fetch is tried again on the next call. */
export function loadSanitizer(): Promise<Sanitize> {
	loading ??= import('./sanitize-html').then(
		(module) => (loaded = module.sanitizeHtml),
		(err) => {
			loading = null;
			throw err;
		}
	);
	return loading;
}
