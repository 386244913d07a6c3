/**
 * A bank's Results tab: the students' result files the teacher added, the
 * class statistics over them, and the results left out because they answer
 * another version of the bank. Each file is imported on its own, so the page
 * can say exactly what happened to each one.
 */
import type { Bank } from '$lib/core/bank/schema';
import { contentHash } from '$lib/core/bank/hash';
import { regradeResult, type RegradedResult } from '$lib/core/quiz/regrade';
import { aggregateResults, resultsCsv, scoreLine, studentScore, type Regrade, type StudentScore, type TestResult } from '$lib/core/quiz/results';
import type { FactdeckDB } from '$lib/storage/db';
import type { ResultRow } from '$lib/storage/rows';
import { clearResults, deleteResult, importResults, listResults, resultKey } from '$lib/storage/results';
import { downloadText } from '$lib/ui/download';
import { checkResultFile } from './result-file';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export type FileOutcomeKind = 'added' | 'duplicate' | 'other-bank' | 'invalid' | 'too-large' | 'failed';

/** What happened to one file of an import. */
export interface FileOutcome {
	name: string;
	kind: FileOutcomeKind;
	message: string;
}

/** One stored result as the tables show it; `key` removes it, `reason` says why it is left out. */
export interface ResultEntry extends StudentScore {
	key: string;
	reason?: string;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class ClassResults {
	#database: FactdeckDB | undefined;
	#bank = $state.raw<Bank | null>(null);
	#rows = $state.raw<ResultRow[] | null>(null);
	#outcomes = $state.raw<FileOutcome[]>([]);
	#progress = $state.raw<{ done: number; total: number } | null>(null);
	#error = $state<string | null>(null);
	#generation = 0;

	// Re-grading is the costly part of the statistics (about a second for a hostile 1 MB file), so each
	// stored result is re-graded once per version of the bank, not again on every import or removal.
	#regradedFor: Bank | null = null;
	#regraded = new WeakMap<TestResult, RegradedResult>();
	#regrade: Regrade = (result, questions) => {
		if (this.#regradedFor !== this.#bank) {
			this.#regradedFor = this.#bank;
			this.#regraded = new WeakMap();
		}
		let regraded = this.#regraded.get(result);
		if (!regraded) this.#regraded.set(result, (regraded = regradeResult(result, questions)));
		return regraded;
	};

	#aggregate = $derived(
		this.#bank && this.#rows
			? aggregateResults(
					this.#bank,
					this.#rows.map((r) => r.result),
					this.#regrade
				)
			: null
	);
	#counted = $derived.by((): ResultEntry[] => {
		const bankId = this.#bank?.id ?? '';
		return (this.#aggregate?.perStudent ?? []).map((s) => ({ ...s, key: resultKey(bankId, s) }));
	});
	#leftOut = $derived.by((): ResultEntry[] => {
		const rows = this.#rows ?? [];
		return (this.#aggregate?.foreign ?? []).map(({ index, ...entry }) => ({ ...entry, key: rows[index].key }));
	});

	/** `database` is for tests; the app uses its one database. */
	constructor(database?: FactdeckDB) {
		this.#database = database;
	}

	get bank() {
		return this.#bank;
	}
	/** True until the stored results are read. */
	get loading() {
		return this.#rows === null && this.#error === null;
	}
	get error() {
		return this.#error;
	}
	/** How many results are stored for this bank, counted or not. */
	get storedCount() {
		return this.#rows?.length ?? 0;
	}
	/** Per-question statistics and per-student scores, over this version's results only. */
	get aggregate() {
		return this.#aggregate;
	}
	/** The results counted in the statistics, by student name. */
	get counted() {
		return this.#counted;
	}
	/** Results stored for this bank but left out of the statistics, each with its reason. */
	get leftOut() {
		return this.#leftOut;
	}
	/** How many counted results claim otherwise than their re-grade. */
	get regradedCount() {
		return this.#counted.filter((e) => e.claimed).length;
	}
	/** What the last import did, file by file. */
	get outcomes() {
		return this.#outcomes;
	}
	/** Files read so far while an import runs; null otherwise. */
	get progress() {
		return this.#progress;
	}
	get busy() {
		return this.#progress !== null;
	}

	/** Shows `bank`'s results; a new version of the same bank keeps the import report. */
	async open(bank: Bank): Promise<void> {
		if (this.#bank?.id !== bank.id) {
			this.#rows = null;
			this.#outcomes = [];
			this.#error = null;
		}
		this.#bank = bank;
		await this.#reload();
	}

	/** Adds students' result files; each is checked and stored on its own, and reported. */
	async importFiles(files: readonly File[], now: Date = new Date()): Promise<void> {
		const bank = this.#bank;
		if (!bank || this.busy || files.length === 0) return;
		const hash = contentHash(bank);
		const outcomes: FileOutcome[] = [];
		this.#error = null;
		this.#outcomes = [];
		this.#progress = { done: 0, total: files.length };
		try {
			for (const file of files) {
				outcomes.push({ name: file.name, ...(await this.#importOne(file, bank, hash, now)) });
				this.#outcomes = [...outcomes];
				this.#progress = { done: outcomes.length, total: files.length };
			}
		} finally {
			this.#progress = null;
			await this.#reload();
		}
	}

	/** Deletes one stored result. */
	async remove(key: string): Promise<void> {
		this.#error = null;
		try {
			await deleteResult(key, this.#database);
		} catch (err) {
			this.#error = `The result could not be removed: ${storageTrouble.describe(err)}`;
		}
		await this.#reload();
	}

	/** Deletes every stored result of this bank. */
	async clear(): Promise<void> {
		if (!this.#bank) return;
		this.#error = null;
		try {
			await clearResults(this.#bank.id, this.#database);
			this.#outcomes = [];
		} catch (err) {
			this.#error = `The results could not be cleared: ${storageTrouble.describe(err)}`;
		}
		await this.#reload();
	}

	/** Downloads the statistics, the scores and the results left out as `<bank-id>-results.csv`. */
	exportCsv(): void {
		if (!this.#bank || !this.#aggregate) return;
		// The byte-order mark makes Excel read the file as UTF-8 (students' names in any script).
		downloadText(`${this.#bank.id}-results.csv`, `\uFEFF${resultsCsv(this.#aggregate)}`, 'text/csv');
	}

	async #importOne(file: File, bank: Bank, hash: string, now: Date): Promise<Omit<FileOutcome, 'name'>> {
		const check = await checkResultFile(file, bank, hash, now);
		if (!check.ok) return { kind: check.kind, message: check.message };
		// Scored as the statistics will count it: re-graded, unless from another version (not counted).
		const score = scoreLine(studentScore(check.result, check.regraded ?? undefined));
		try {
			const { added } = await importResults(bank.id, [check.result], now, this.#database);
			if (!added) return { kind: 'duplicate', message: `Already imported (duplicate): ${score}.` };
			const note = check.otherVersion ? ' It is from another version of this bank, so it is not counted.' : '';
			return { kind: 'added', message: `Added: ${score}.${note}` };
		} catch (err) {
			return { kind: 'failed', message: `It could not be saved: ${storageTrouble.describe(err)}` };
		}
	}

	async #reload(): Promise<void> {
		const bank = this.#bank;
		if (!bank) return;
		// Only the latest read may land: an older one finishing late would show stale rows.
		const generation = ++this.#generation;
		try {
			const rows = await listResults(bank.id, this.#database);
			// A stored result never changes, so the copy already read is kept, and with it its re-grade.
			const known = new Map((this.#rows ?? []).map((row) => [row.key, row]));
			const same = (row: ResultRow) => {
				const old = known.get(row.key);
				return old && old.importedAt.getTime() === row.importedAt.getTime() ? old : row;
			};
			if (generation === this.#generation) this.#rows = rows.map(same);
		} catch (err) {
			if (generation === this.#generation) this.#error = `The results could not be loaded: ${messageOf(err)}`;
		}
	}
}
