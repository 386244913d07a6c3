/** Loads one bank for a page, with a clear message when it is not on this device. */
import type { Bank } from '$lib/core/bank/schema';
import { getBank } from '$lib/storage/banks';
import { ensureShippedBanks } from './shipped';

export class BankLoader {
	#bank = $state.raw<Bank | null>(null);
	#error = $state<string | null>(null);
	#loading = $state(true);

	get bank() {
		return this.#bank;
	}
	get error() {
		return this.#error;
	}
	get loading() {
		return this.#loading;
	}

	/** Loads the bank `id`; the error says so when there is none. */
	async load(id: string): Promise<void> {
		this.#loading = true;
		try {
			await ensureShippedBanks();
			const bank = await getBank(id);
			this.#bank = bank ?? null;
			this.#error = bank ? null : `There is no bank "${id}" on this device.`;
		} catch (err) {
			this.#error = err instanceof Error ? err.message : String(err);
		} finally {
			this.#loading = false;
		}
	}
}
