/**
 * The desired retention on the settings page: the learner picks one, sees
 * the workload it and its neighbours imply for their own cards, and saves it,
 * which recomputes every studied card's due date (storage/reschedule.ts)
 * with a progress bar. A recompute left unfinished (a tab closed, a pull of
 * new settings) is finished here when the page opens.
 *
 * The simulation and the scheduler are loaded when the panel loads, so the
 * settings page shows first without them. Each row of the table is about
 * 50-150 ms in Chromium at 10,000 or 100,000 cards (the simulation runs an
 * even sample of 4,000 at most), so it runs on the page, one row per task,
 * rather than in a worker.
 */
import type { Workload } from '$lib/core/srs/simulate';
import { MAX_RETENTION, MIN_RETENTION } from '$lib/core/srs/types';
import type { StudiedCollection } from '$lib/storage/workload';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

/** Days the workload is simulated over, and the first stretch also shown. */
export const HORIZON_DAYS = 365;
export const FIRST_DAYS = 30;

/** One row of the workload table. */
export interface WorkloadRow {
	retention: number;
	/** Mean reviews a day over the first FIRST_DAYS days and over the whole HORIZON_DAYS. */
	first: number;
	year: number;
	/** Share of studied cards recalled at the end, null without any. */
	remembered: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The retentions the table shows around `chosen`: a few below, a few above, within the allowed range. */
export function retentionsAround(chosen: number): number[] {
	const values = [-0.06, -0.03, 0, 0.02, 0.04].map((d) => round2(Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, chosen + d))));
	return [...new Set(values)].sort((a, b) => a - b);
}

/** Lets the page paint between two table rows. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class RetentionState {
	#saved = $state<number | null>(null);
	#chosen = $state(0.9);
	#rows = $state.raw<WorkloadRow[] | null>(null);
	#computing = $state(false);
	#studied = $state(0);
	#sampled = $state(0);
	#progress = $state.raw<{ done: number; total: number } | null>(null);
	#message = $state<string | null>(null);
	#error = $state<string | null>(null);
	#collection: StudiedCollection | null = null;
	#newPerDay: number | null = null;
	/** Bumped by every new table, so that an older one still being computed stops. */
	#generation = 0;

	/** The retention stored, null until loaded. */
	get saved() {
		return this.#saved;
	}
	/** The retention on the slider, saved or not. */
	get chosen() {
		return this.#chosen;
	}
	/** The workload table, null while it is computed or when no card was studied. */
	get rows() {
		return this.#rows;
	}
	/** A table is being computed (the rows shown are the previous one's). */
	get computing() {
		return this.#computing;
	}
	/** Studied cards the table is about (suspended ones left out), and how many the simulation ran. */
	get studied() {
		return this.#studied;
	}
	get sampled() {
		return this.#sampled;
	}
	/** Reviews replayed out of the total while due dates are recomputed; null otherwise. */
	get progress() {
		return this.#progress;
	}
	/** The outcome of the last recompute. */
	get message() {
		return this.#message;
	}
	get error() {
		return this.#error;
	}
	get busy() {
		return this.#progress !== null;
	}

	/** Reads the stored retention and the studied cards, finishes a recompute left pending, then computes the table. */
	async load(now = new Date()): Promise<void> {
		try {
			const [{ pendingReschedule }, { studiedCollection }] = await Promise.all([import('$lib/storage/reschedule-flag'), import('$lib/storage/workload')]);
			if (await pendingReschedule()) await this.#recompute(null);
			this.#collection = await studiedCollection(now);
			this.#saved = this.#collection.settings.retention;
			this.#chosen = this.#saved;
		} catch (err) {
			this.#error = `The workload could not be read: ${storageTrouble.describe(err)}`;
			return;
		}
		await this.#table();
	}

	/** Moves the slider: the table follows, nothing is saved. */
	async choose(retention: number): Promise<void> {
		if (!Number.isFinite(retention)) return;
		this.#chosen = round2(Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, retention)));
		this.#message = null;
		await this.#table();
	}

	/** The new-card limit the table assumes, when the page changed it since loading. */
	async useNewPerDay(newPerDay: number): Promise<void> {
		if (newPerDay === this.#newPerDay) return;
		this.#newPerDay = newPerDay;
		if (this.#collection) await this.#table();
	}

	/** Saves the chosen retention and recomputes every studied card's due date; the table then starts from the new ones. */
	async save(now = new Date()): Promise<void> {
		if (this.busy || this.#chosen === this.#saved) return;
		const retention = this.#chosen;
		if (!(await this.#recompute(retention))) return;
		this.#saved = retention;
		try {
			const { studiedCollection } = await import('$lib/storage/workload');
			this.#collection = await studiedCollection(now);
		} catch {
			// The recompute is done and said so; the table keeps the cards as they were read.
		}
		await this.#table();
	}

	/** Runs a reschedule (a new retention, or null to finish one pending) with progress; whether it finished. */
	async #recompute(retention: number | null): Promise<boolean> {
		this.#progress = { done: 0, total: 0 };
		this.#message = null;
		this.#error = null;
		const onProgress = (done: number, total: number) => (this.#progress = { done, total });
		try {
			const { finishReschedule, rescheduleAll } = await import('$lib/storage/reschedule');
			const { cards } = retention === null ? await finishReschedule(onProgress) : await rescheduleAll({ retention }, onProgress);
			this.#message = `Due dates of ${cards.toLocaleString('en')} ${cards === 1 ? 'card' : 'cards'} recomputed.`;
			return true;
		} catch (err) {
			this.#error = `The due dates could not all be recomputed: ${storageTrouble.describe(err)}. They will be finished the next time Factdeck opens.`;
			return false;
		} finally {
			this.#progress = null;
		}
	}

	/** Simulates the retentions around the chosen one, one per task; a newer table stops this one. */
	async #table(): Promise<void> {
		const collection = this.#collection;
		if (!collection) return;
		const generation = ++this.#generation;
		this.#studied = collection.cardCount;
		if (collection.cards.length === 0) {
			this.#rows = null;
			this.#computing = false;
			return;
		}
		const { meanPerDay, simulateWorkload, MAX_RUN } = await import('$lib/core/srs/simulate');
		const input = {
			cards: collection.cards,
			cardCount: collection.cardCount,
			newCards: collection.newCards,
			newPerDay: this.#newPerDay ?? collection.settings.newPerDay,
			days: HORIZON_DAYS,
			params: collection.settings.fsrsParams
		};
		const rows: WorkloadRow[] = [];
		this.#computing = true;
		for (const retention of retentionsAround(this.#chosen)) {
			await nextTask();
			if (generation !== this.#generation) return;
			const w: Workload = simulateWorkload(input, retention);
			rows.push({ retention, first: meanPerDay(w, 0, FIRST_DAYS), year: meanPerDay(w), remembered: w.remembered });
		}
		this.#sampled = Math.min(collection.cards.length, MAX_RUN);
		this.#rows = rows;
		this.#computing = false;
	}
}
