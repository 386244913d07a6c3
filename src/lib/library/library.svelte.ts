/** The library page's data: every bank with its due and new counts. */
import type { BankSummary } from '$lib/core/bank/summary';
import { listBankSummaries } from '$lib/storage/summaries';
import { getSettings } from '$lib/storage/settings';
import { isFirstUse } from '$lib/storage/first-use';
import { ensureShippedBanks } from './shipped';

export class Library {
	#banks = $state.raw<BankSummary[] | null>(null);
	#error = $state<string | null>(null);
	#firstVisit = $state(false);

	/** Null while loading. */
	get banks() {
		return this.#banks;
	}
	get error() {
		return this.#error;
	}
	/** The learner has not started yet: the page welcomes them and shows the ways in. */
	get firstVisit() {
		return this.#firstVisit;
	}
	get totalDue() {
		return (this.#banks ?? []).reduce((n, b) => n + b.due + b.new, 0);
	}

	/** Loads (or reloads) the summaries. */
	async load(): Promise<void> {
		try {
			await ensureShippedBanks();
			const [banks, firstVisit] = await Promise.all([getSettings().then((settings) => listBankSummaries(new Date(), settings)), isFirstUse()]);
			this.#banks = banks;
			this.#firstVisit = firstVisit;
			this.#error = null;
		} catch (err) {
			this.#error = err instanceof Error ? err.message : String(err);
		}
	}
}
