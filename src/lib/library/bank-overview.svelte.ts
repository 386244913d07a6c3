/**
 * What the bank overview shows beyond the bank itself: its test attempts and
 * today's due and new counts, and deleting the bank with all that is its own.
 */
import type { Bank } from '$lib/core/bank/schema';
import { contentHash } from '$lib/core/bank/hash';
import { listAttempts } from '$lib/storage/attempts';
import { deleteBank, listBankSummaries } from '$lib/storage/banks';
import { getSettings } from '$lib/storage/settings';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

/** One finished test as the overview lists it. */
export interface AttemptSummary {
	id: string;
	finishedAt: Date;
	correct: number;
	total: number;
	percent: number;
	durationMs: number;
	student?: string;
	/** False when the bank was edited after this test, so its questions were another version. */
	sameVersion: boolean;
}

/** Cards due now and new cards the learner may start today. */
export interface DueCounts {
	due: number;
	new: number;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class BankOverview {
	#attempts = $state.raw<AttemptSummary[] | null>(null);
	#counts = $state.raw<DueCounts | null>(null);
	#error = $state<string | null>(null);
	#deleting = $state(false);
	#deleteError = $state<string | null>(null);

	/** Newest first; null while loading. */
	get attempts() {
		return this.#attempts;
	}
	/** Null while loading, or when they could not be counted. */
	get counts() {
		return this.#counts;
	}
	get error() {
		return this.#error;
	}
	get deleting() {
		return this.#deleting;
	}
	get deleteError() {
		return this.#deleteError;
	}

	/** Reads the attempts and counts of `bank`. */
	async load(bank: Bank): Promise<void> {
		this.#error = null;
		try {
			const [attempts, summaries] = await Promise.all([listAttempts(bank.id), getSettings().then((settings) => listBankSummaries(new Date(), settings))]);
			const hash = contentHash(bank);
			this.#attempts = attempts.map((a) => ({
				id: a.id,
				finishedAt: a.finishedAt,
				correct: a.score.correct,
				total: a.score.total,
				percent: a.score.total ? Math.round((a.score.correct / a.score.total) * 100) : 0,
				durationMs: a.durationMs,
				...(a.student ? { student: a.student } : {}),
				sameVersion: a.bankHash === hash
			}));
			const summary = summaries.find((s) => s.id === bank.id);
			this.#counts = summary ? { due: summary.due, new: summary.new } : null;
		} catch (err) {
			this.#attempts ??= [];
			this.#error = `The test attempts could not be read: ${message(err)}`;
		}
	}

	/** Deletes the bank and everything that belongs to it; true when it is gone. */
	async delete(bankId: string): Promise<boolean> {
		this.#deleting = true;
		this.#deleteError = null;
		try {
			await deleteBank(bankId);
			return true;
		} catch (err) {
			this.#deleteError = `The bank could not be deleted, and nothing was removed: ${storageTrouble.describe(err)}`;
			return false;
		} finally {
			this.#deleting = false;
		}
	}
}
