/**
 * The one way a bank from outside (a file, a share link) enters the library:
 * preview, confirm, settle a clash with a stored bank of the same id, then
 * write it all in one transaction. Nothing is written before the confirm.
 */
import type { Bank } from '$lib/core/bank/schema';
import type { ReplaceLoss } from '$lib/core/bank/replace-loss';
import type { Located, Unsupported, Warning } from '$lib/core/formats';
import type { ImportHistory } from '$lib/core/formats/import-history';
import { getBankMeta } from '$lib/storage/banks';
import { db, type FactdeckDB } from '$lib/storage/db';
import { importBank, type ConflictChoice } from '$lib/storage/imports';
import { replaceLoss } from '$lib/storage/replace-loss';
import { ensureShippedBanks } from '$lib/library/shipped';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export type FlowPhase = 'preview' | 'conflict' | 'writing' | 'done';

/** A bank read from outside, with what the reader had to say about it. */
export interface Incoming {
	bank: Bank;
	warnings: Warning[];
	unsupported: Unsupported[];
	media: Map<string, Uint8Array>;
	/** Where each question came from, index for index, when the reader says (a file does; a link does not). */
	origins?: Located[];
	/** Review history and scheduling to bring along (an Anki package studied in Anki). */
	history?: ImportHistory;
}

/** The stored bank an import would clash with. */
export interface Clash {
	id: string;
	title: string;
	questionCount: number;
	/** Shipped with the app: replacing it stops app updates from changing it. */
	shipped: boolean;
	/** The stored bank's progress, and how much of it a replace would lose. */
	loss: ReplaceLoss;
}

/** Where the flow reads and writes; tests give their own database and clock. */
export interface FlowDeps {
	database?: FactdeckDB;
	now?: () => Date;
	/** Loads the shipped banks first, so a shared copy of one is seen as a clash. */
	ensureShipped?: () => Promise<void>;
}

export class ImportFlow {
	/** The title the bank is saved under; the teacher may change it. */
	title = $state('');
	readonly incoming: Incoming;
	#deps: Required<FlowDeps>;
	#phase = $state<FlowPhase>('preview');
	#clash = $state.raw<Clash | null>(null);
	#done = $state(0);
	#total = $state(0);
	#error = $state<string | null>(null);
	#importedId = $state<string | null>(null);
	#snapshotTaken = $state(false);

	constructor(incoming: Incoming, deps: FlowDeps = {}) {
		this.incoming = incoming;
		this.title = incoming.bank.title;
		this.#deps = { database: deps.database ?? db, now: deps.now ?? (() => new Date()), ensureShipped: deps.ensureShipped ?? ensureShippedBanks };
	}

	get phase() {
		return this.#phase;
	}
	get clash() {
		return this.#clash;
	}
	get progress() {
		return { done: this.#done, total: this.#total };
	}
	get error() {
		return this.#error;
	}
	get importedId() {
		return this.#importedId;
	}
	/** A snapshot of everything was taken before the import replaced a bank with progress. */
	get snapshotTaken() {
		return this.#snapshotTaken;
	}
	get questionCount() {
		return this.incoming.bank.questions.length;
	}
	/** A bank with no question left after reading is shown, never imported. */
	get importable() {
		return this.questionCount > 0;
	}

	/** The teacher confirmed: import at once, or ask first when the id is taken. */
	async confirm(): Promise<void> {
		if (!this.importable || this.#phase !== 'preview') return;
		this.#error = null;
		try {
			await this.#deps.ensureShipped();
		} catch {
			// Without the shipped banks the clash check may miss one of them; the import itself is still sound.
		}
		try {
			const database = this.#deps.database;
			const stored = await getBankMeta(this.incoming.bank.id, database);
			if (stored) {
				const facts = new Set(this.incoming.bank.questions.map((q) => q.fact));
				const loss = await replaceLoss(stored.id, facts, database);
				this.#clash = { id: stored.id, title: stored.title, questionCount: stored.questionCount, shipped: stored.shipped, loss };
				this.#phase = 'conflict';
				return;
			}
		} catch (err) {
			this.#error = `The library could not be read: ${message(err)}`;
			return;
		}
		await this.#write('replace');
	}

	/** Settles a clash: replace the stored bank (snapshotted first when it has progress), or keep both. */
	async choose(choice: ConflictChoice): Promise<void> {
		if (this.#phase !== 'conflict') return;
		await this.#write(choice);
	}

	/** Backs out of a clash; nothing has been written. */
	cancel(): void {
		if (this.#phase !== 'conflict') return;
		this.#clash = null;
		this.#phase = 'preview';
	}

	async #write(choice: ConflictChoice): Promise<void> {
		const { bank, media, history } = this.incoming;
		const title = this.title.trim() || bank.title;
		this.#phase = 'writing';
		this.#done = 0;
		this.#total = 0;
		try {
			const { id, snapshotId } = await importBank(
				{ ...bank, title },
				this.#deps.now(),
				{
					media,
					history,
					onConflict: choice,
					onProgress: (done, total) => {
						this.#done = done;
						this.#total = total;
					}
				},
				this.#deps.database
			);
			this.#importedId = id;
			this.#snapshotTaken = snapshotId !== undefined;
			this.#phase = 'done';
		} catch (err) {
			this.#error = `Nothing was imported: ${storageTrouble.describe(err)}`;
			this.#phase = this.#clash ? 'conflict' : 'preview';
		}
	}
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
