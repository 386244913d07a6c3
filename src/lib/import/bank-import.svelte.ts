/**
 * The import page: a file is checked for size, read (format detected, then
 * parsed) off the main thread, and handed to the shared preview → confirm →
 * import flow. A file that cannot be a bank gets its reason, and nothing is
 * written.
 */
import type { Problem } from '$lib/core/formats';
import { MAX_FILE_BYTES } from '$lib/core/formats/text';
import { formatSize } from '$lib/core/formats/text';
import { FORMAT_LABELS } from './format-labels';
import type { ImportFormat, PasteAs, ReadOutcome } from './import-read';
import { ImportFlow, type FlowDeps } from './import-flow.svelte';
import type { ReadProgress } from '$lib/core/formats/csv';
import { readInWorker, type Reading, type ReadOptions } from './import-worker-client';

/** Why a file was not read at all, or why it is not a bank to import here. */
export type Refusal =
	| { kind: 'too-large'; size: string; limit: string }
	| { kind: 'unknown' }
	| { kind: 'backup' }
	| { kind: 'unreadable'; message: string }
	| { kind: 'problems'; format: string; problems: Problem[] };

/** The name pasted text is read under: its stem is the bank's title until the teacher changes it. */
const PASTED_NAME = 'Pasted questions.txt';

export interface BankImportDeps extends FlowDeps {
	/** Reads a file; the default runs in a Web Worker. */
	read?: (file: File, opts?: ReadOptions, paste?: PasteAs) => Reading;
}

export class BankImport {
	#deps: BankImportDeps;
	#reading = $state.raw<Reading | null>(null);
	#readProgress = $state.raw<ReadProgress | null>(null);
	#fileName = $state<string | null>(null);
	#format = $state<ImportFormat | 'backup' | null>(null);
	#pasted = $state(false);
	#refusal = $state.raw<Refusal | null>(null);
	#flow = $state.raw<ImportFlow | null>(null);

	constructor(deps: BankImportDeps = {}) {
		this.#deps = deps;
	}

	get reading() {
		return this.#reading !== null;
	}
	/** How far the read has got, where the format reports it (CSV and TSV). */
	get readProgress() {
		return this.#readProgress;
	}
	get fileName() {
		return this.#fileName;
	}
	/** The input is text pasted into the page, not a file. */
	get pasted() {
		return this.#pasted;
	}
	/** What the detected format is called, once a file was read. */
	get formatLabel() {
		return this.#format ? FORMAT_LABELS[this.#format] : null;
	}
	get refusal() {
		return this.#refusal;
	}
	get flow() {
		return this.#flow;
	}

	/** Reads pasted text as a file would be read (same caps, same worker), detected or as a Quizlet export. */
	async paste(text: string, as: PasteAs = { as: 'detect' }): Promise<void> {
		await this.open(new File([text], PASTED_NAME, { type: 'text/plain' }), as);
	}

	/** Reads a picked or dropped file into a preview, or a refusal; `paste` when the file holds pasted text. */
	async open(file: File, paste?: PasteAs): Promise<void> {
		this.reset();
		this.#pasted = paste !== undefined;
		this.#fileName = file.name;
		if (file.size > MAX_FILE_BYTES) {
			this.#refusal = { kind: 'too-large', size: formatSize(file.size), limit: formatSize(MAX_FILE_BYTES) };
			return;
		}
		const reading = (this.#deps.read ?? readInWorker)(file, { onProgress: (p) => (this.#readProgress = p) }, paste);
		this.#reading = reading;
		let outcome: ReadOutcome;
		try {
			outcome = await reading.outcome;
		} catch (err) {
			if (this.#reading !== reading) return;
			this.#reading = null;
			this.#refusal = { kind: 'unreadable', message: err instanceof Error ? err.message : String(err) };
			return;
		}
		// Another file was opened (or the page reset) while this one was read.
		if (this.#reading !== reading) return;
		this.#reading = null;
		this.#show(outcome);
	}

	/** Back to the empty page, stopping a read in progress. */
	reset(): void {
		this.#reading?.cancel();
		this.#reading = null;
		this.#readProgress = null;
		this.#fileName = null;
		this.#pasted = false;
		this.#format = null;
		this.#refusal = null;
		this.#flow = null;
	}

	#show(outcome: ReadOutcome): void {
		if (outcome.kind === 'unknown' || outcome.kind === 'backup') {
			this.#format = outcome.kind === 'backup' ? 'backup' : null;
			this.#refusal = { kind: outcome.kind };
			return;
		}
		this.#format = outcome.format;
		if (outcome.kind === 'problems') {
			this.#refusal = { kind: 'problems', format: FORMAT_LABELS[outcome.format], problems: outcome.problems };
			return;
		}
		const { bank, warnings, unsupported, media, origins, history } = outcome;
		this.#flow = new ImportFlow({ bank, warnings, unsupported, media, origins, ...(history ? { history } : {}) }, this.#deps);
	}
}
