/**
 * The optimizer panel's state: whether a run is offered (enough reviews, a
 * month since the last), the run under way with its progress, its outcome,
 * and going back to FSRS's defaults. The run itself (worker, scheduler,
 * reschedule) is loaded only when the learner starts one.
 */
import { optimizerOffer, type LastOptimization, type Offer } from '$lib/core/srs/optimize/offer';
import type { OptimizerResult } from '$lib/core/srs/optimize/run';
import { getSettings } from '$lib/storage/settings';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';
import type { Run, RunProgress, RunStage } from './optimize-run';

export type OptimizePhase = 'loading' | 'ready' | 'running' | 'done' | 'failed';

export class OptimizeState {
	#phase = $state<OptimizePhase>('loading');
	#reviews = $state(0);
	#fitted = $state(false);
	#last = $state.raw<LastOptimization | undefined>(undefined);
	#stage = $state<RunStage | 'resetting'>('reading');
	#progress = $state(0);
	#result = $state.raw<OptimizerResult | null>(null);
	#message = $state<string | null>(null);
	#run: Run | null = null;
	/** Told when the parameters in use may have changed, so what depends on them (the workload table) reads them again. */
	#onParams: () => void;

	constructor(onParams: () => void = () => {}) {
		this.#onParams = onParams;
	}

	get phase() {
		return this.#phase;
	}
	/** Reviews in the log. */
	get reviews() {
		return this.#reviews;
	}
	/** True while the scheduler uses parameters fitted to this learner, false for FSRS's defaults. */
	get fitted() {
		return this.#fitted;
	}
	get last() {
		return this.#last;
	}
	get offer(): Offer {
		return optimizerOffer(this.#reviews, this.#last, new Date());
	}
	/** What the run or the reset is doing, and how far it got (0..1). */
	get stage() {
		return this.#stage;
	}
	get progress() {
		return this.#progress;
	}
	/** The outcome of the run just made. */
	get result() {
		return this.#result;
	}
	/** Why the last action failed, or what the reset did. */
	get message() {
		return this.#message;
	}
	/** The optimizer's threads share memory, which the browser allows only to a cross-origin isolated page. */
	get isolated() {
		return globalThis.crossOriginIsolated === true;
	}

	/** Reads the review count, the parameters in use and the last run. */
	async load(): Promise<void> {
		try {
			// Loaded here rather than imported: shared with the run's code, it would otherwise be a file more that every page's entry lists.
			const { lastOptimization, reviewCount } = await import('$lib/storage/optimize-reviews');
			const [reviews, settings, last] = await Promise.all([reviewCount(), getSettings(), lastOptimization()]);
			this.#reviews = reviews;
			this.#fitted = settings.fsrsParams !== null;
			this.#last = last;
			if (this.#phase === 'loading') this.#phase = 'ready';
		} catch (err) {
			this.#fail(`The optimizer could not read your reviews: ${storageTrouble.describe(err)}`);
		}
	}

	#track: RunProgress = (stage, fraction) => {
		this.#stage = stage;
		this.#progress = fraction;
	};

	#fail(message: string) {
		this.#message = message;
		this.#phase = 'failed';
	}

	/** Fits, scores and maybe keeps new parameters; the page shows the outcome. */
	async run(): Promise<void> {
		if (this.#phase === 'running' || !this.isolated) return;
		this.#phase = 'running';
		this.#result = null;
		this.#message = null;
		this.#track('reading', 0);
		try {
			const { startRun } = await import('./optimize-run');
			this.#run = startRun(this.#track);
			const { result, record } = await this.#run.done;
			this.#result = result;
			this.#last = record;
			this.#phase = 'done';
			this.#onParams();
		} catch (err) {
			if (err instanceof Error && err.name === 'OptimizeCancelled') this.#phase = 'ready';
			else if (err instanceof Error && err.name === 'NotEnoughReviewsError')
				this.#fail('Too few of your reviews came a day or more after the one before to fit and test parameters. Study some more days first.');
			else this.#fail(`The optimizer stopped: ${storageTrouble.describe(err)}`);
		} finally {
			this.#run = null;
		}
		await this.load();
	}

	/** Stops the run under way, before it changes anything. */
	cancel(): void {
		this.#run?.cancel();
	}

	/** Goes back to FSRS's default parameters, rescheduling every studied card. */
	async reset(): Promise<void> {
		if (this.#phase === 'running') return;
		this.#phase = 'running';
		this.#result = null;
		this.#message = null;
		this.#stage = 'resetting';
		this.#progress = 0;
		try {
			const { resetToDefaults } = await import('./optimize-run');
			await resetToDefaults((_, fraction) => (this.#progress = fraction));
			this.#message = 'Back to FSRS’s default parameters; your cards’ due dates were recomputed with them.';
			this.#phase = 'ready';
			this.#onParams();
		} catch (err) {
			this.#fail(`The default parameters could not be restored: ${storageTrouble.describe(err)}`);
		}
		await this.load();
	}
}
