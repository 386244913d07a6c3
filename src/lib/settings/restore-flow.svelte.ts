/**
 * "Restore from a backup", step by step: choose a file, see what it holds,
 * confirm that it replaces everything here, restore. A file that is not a
 * sound backup stops at the first step with every reason, having written
 * nothing; a restore takes a snapshot first, so it can be undone.
 */
import type { Backup } from '$lib/core/formats/backup';
import { restoreBackupFile } from '$lib/storage/backup-file';
import { readBackupFile, type BackupOutcome } from '$lib/import/backup-read';
import { readBackupInWorker, type Reading } from '$lib/import/read-worker';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export type RestoreStep = 'choose' | 'reading' | 'confirm' | 'restoring' | 'done';

/** What a backup file holds, for the confirm step. */
export interface BackupSummary {
	fileName: string;
	madeAt: Date;
	banks: number;
	cards: number;
	reviews: number;
	attempts: number;
	results: number;
	media: number;
}

/** Reads a backup file to its outcome. */
export type BackupReader = (file: File) => Reading<BackupOutcome>;

/**
 * In a worker, within the import time budget: a 100 MB backup parsed on the
 * page would freeze it. Where there are no workers (unit tests under Node),
 * the same parse runs here.
 */
const defaultReader: BackupReader = (file) =>
	typeof Worker === 'function'
		? readBackupInWorker(file)
		: { outcome: file.arrayBuffer().then((buffer) => readBackupFile(new Uint8Array(buffer))), cancel() {} };

/** The problems listed under a refused file; the rest are counted. */
const SHOWN_PROBLEMS = 8;

export class RestoreFlow {
	#step = $state<RestoreStep>('choose');
	#summary = $state.raw<BackupSummary | null>(null);
	#error = $state<string | null>(null);
	#problems = $state.raw<string[]>([]);
	#undoAt = $state.raw<Date | null>(null);
	#backup: Backup | null = null;
	#reading: Reading<BackupOutcome> | null = null;
	#onrestored: () => void | Promise<void>;
	#read: BackupReader;

	/** `onrestored` runs after a restore, for the page to reload what it shows. */
	constructor(onrestored: () => void | Promise<void> = () => {}, read: BackupReader = defaultReader) {
		this.#onrestored = onrestored;
		this.#read = read;
	}

	get step() {
		return this.#step;
	}
	get summary() {
		return this.#summary;
	}
	/** Why the file was refused or the restore failed. */
	get error() {
		return this.#error;
	}
	/** The file's problems, at most SHOWN_PROBLEMS, then a count of the rest. */
	get problems() {
		return this.#problems;
	}
	/** When the snapshot that undoes the last restore was taken. */
	get undoAt() {
		return this.#undoAt;
	}

	/**
	 * Reads and checks a chosen file with every check a restore makes; only a
	 * sound backup goes on to the confirm step, so a bad one is refused before
	 * anyone is asked to replace everything.
	 */
	async choose(file: File): Promise<void> {
		this.#reset('reading');
		const reading = this.#read(file);
		this.#reading = reading;
		let result: BackupOutcome;
		try {
			result = await reading.outcome;
		} catch (err) {
			if (this.#reading !== reading) return;
			return this.#refuse(`"${file.name}" could not be read (${err instanceof Error ? err.message : String(err)}). Nothing was changed.`, []);
		}
		// Cancelled, or another file chosen, while this one was read.
		if (this.#reading !== reading) return;
		this.#reading = null;
		if (!result.ok) {
			const all = result.problems;
			const more = all.length - SHOWN_PROBLEMS;
			const listed = more > 0 ? [...all.slice(0, SHOWN_PROBLEMS), `…and ${more} more`] : all;
			// One reason reads best in the sentence; several are listed under it.
			const why = all.length === 1 ? `: ${all[0]}` : '';
			return this.#refuse(`"${file.name}" is not a backup Factdeck can restore${why}. Nothing was changed.`, all.length > 1 ? listed : []);
		}
		const b = result.backup;
		this.#backup = b;
		this.#summary = {
			fileName: file.name,
			madeAt: b.exportedAt,
			banks: b.banks.length,
			cards: b.cards.length,
			reviews: b.reviews.length,
			attempts: b.attempts.length,
			results: b.results?.length ?? 0,
			media: b.media?.length ?? 0
		};
		this.#step = 'confirm';
	}

	/** Replaces everything on this device with the chosen backup. */
	async confirm(now = new Date()): Promise<void> {
		const backup = this.#backup;
		if (this.#step !== 'confirm' || !backup) return;
		this.#step = 'restoring';
		this.#error = null;
		try {
			await restoreBackupFile(backup, now);
		} catch (err) {
			this.#error = `The restore did not happen, and nothing was changed: ${storageTrouble.describe(err)}`;
			this.#step = 'confirm';
			return;
		}
		this.#backup = null;
		this.#undoAt = now;
		this.#step = 'done';
		await this.#onrestored();
	}

	/** Back to choosing a file. */
	cancel(): void {
		this.#reset('choose');
	}

	#reset(step: RestoreStep): void {
		this.#reading?.cancel();
		this.#reading = null;
		this.#step = step;
		this.#backup = null;
		this.#summary = null;
		this.#error = null;
		this.#problems = [];
		this.#undoAt = null;
	}

	#refuse(error: string, problems: string[]): void {
		this.#error = error;
		this.#problems = problems;
		this.#step = 'choose';
	}
}
