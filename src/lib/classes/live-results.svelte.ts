/**
 * An assignment's results, kept fresh while the teacher watches: fetched
 * again every 15 seconds while the page is visible, not at all while it is
 * hidden (another tab, a locked phone), and at once when it shows again.
 */
import type { AssignmentResults, ClassesApi } from './api';

/** How often the results are fetched again while the page is visible. */
export const POLL_MS = 15_000;

export class LiveResults {
	results = $state.raw<AssignmentResults | null>(null);
	error = $state<string | null>(null);
	/** When the results shown were fetched. */
	fetchedAt = $state.raw<Date | null>(null);
	readonly #api: ClassesApi;
	readonly #id: string;

	constructor(api: ClassesApi, assignmentId: string) {
		this.#api = api;
		this.#id = assignmentId;
	}

	/** Fetches the results once; a failure keeps the last ones shown and says why. */
	async refresh(): Promise<void> {
		const outcome = await this.#api.results(this.#id);
		if (outcome.ok) {
			this.results = outcome.value;
			this.error = null;
			this.fetchedAt = new Date();
		} else {
			this.error = outcome.message;
		}
	}

	/** Fetches now and then every POLL_MS while `doc` is visible; returns the stop. */
	watch(doc: Document = document, every = POLL_MS): () => void {
		let timer: ReturnType<typeof setInterval> | null = null;
		const stopTimer = () => {
			if (timer !== null) clearInterval(timer);
			timer = null;
		};
		const onVisibility = () => {
			stopTimer();
			if (doc.visibilityState !== 'visible') return;
			void this.refresh();
			timer = setInterval(() => void this.refresh(), every);
		};
		doc.addEventListener('visibilitychange', onVisibility);
		onVisibility();
		return () => {
			stopTimer();
			doc.removeEventListener('visibilitychange', onVisibility);
		};
	}
}
