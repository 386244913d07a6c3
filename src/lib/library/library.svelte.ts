/** The library page's data: every bank with its due and new counts. */
import type { BankSummary } from '$lib/core/bank/summary';
import { listBankSummaries } from '$lib/storage/summaries';
import { getSettings } from '$lib/storage/settings';
import { ensureShippedBanks } from './shipped';

export class Library {
	#banks = $state.raw<BankSummary[] | null>(null);
	#error = $state<string | null>(null);

	/** Null while loading. */
	get banks() {
		return this.#banks;
	}
	get error() {
		return this.#error;
	}
	get totalDue() {
		return (this.#banks ?? []).reduce((n, b) => n + b.due + b.new, 0);
	}

	/** Loads (or reloads) the summaries. */
	async load(): Promise<void> {
		try {
			await ensureShippedBanks();
			this.#banks = await listBankSummaries(new Date(), await getSettings());
			this.#error = null;
		} catch (err) {
			this.#error = err instanceof Error ? err.message : String(err);
		}
	}
}
