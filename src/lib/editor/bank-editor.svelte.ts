/**
 * Editing one bank by hand: the drafts, live messages from the bank schema,
 * delete with undo, images, and saving in one transaction. Progress is kept because
 * edited questions keep their facts (see core/bank/edit.ts).
 *
 * A keystroke must stay cheap in a bank of 40,000 questions or with a 10 MB
 * field: messages are checked draft by draft and remembered (DraftChecks), and
 * "changed?" is a pass of identity tests. The whole bank is built and
 * validated only when it is saved.
 */
import type { Bank, QuestionType } from '$lib/core/bank/schema';
import { applyEdits, changeType, draftsChanged, editedHead, metaChanged, newDraft, ownFact, rebase, toDraft, toMetaDraft } from '$lib/core/bank/edit';
import type { BankMetaDraft, DraftFields, QuestionDraft } from '$lib/core/bank/edit';
import { deleteDraft, moveDraft, restoreDraft, type DeletedDraft } from '$lib/core/bank/edit-list';
import { addDraftImage, describeDraftImage, removeDraftImage } from '$lib/core/bank/edit-images';
import { DraftChecks, headProblems, placeProblems, type PlacedProblem } from '$lib/core/bank/edit-problems';
import { validateBank } from '$lib/core/bank/validate';
import type { ImageField } from '$lib/core/bank/question-images';
import { getBankMeta } from '$lib/storage/banks';
import { saveBankWithMedia } from '$lib/storage/bank-media';
import { toMediaRows } from '$lib/storage/media';
import { ImageDrafts, type ImageActions } from './image-drafts';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export class BankEditor {
	#base = $state.raw<Bank>() as Bank;
	#meta = $state.raw<BankMetaDraft>({ title: '', description: '', tags: '' });
	#drafts = $state.raw<readonly QuestionDraft[]>([]);
	#deleted = $state.raw<readonly DeletedDraft[]>([]);
	#shipped = $state(false);
	#saving = $state(false);
	#savedAt = $state<Date | null>(null);
	#error = $state<string | null>(null);
	/** What the last save's full check found that the draft-by-draft checks did not; cleared by the next edit. */
	#saveProblems = $state.raw<PlacedProblem[] | null>(null);
	#nextKey = 0;
	/** Images added since the last save, stored with the bank when it is saved. */
	#images = new ImageDrafts();

	/** Remembers each draft's messages; a plain field, so that no re-run of a derived ever drops what it remembers. */
	#checks = new DraftChecks();
	#headProblems = $derived(headProblems(editedHead(this.#base, this.#meta)));
	#problems = $derived(this.#saveProblems ?? [...this.#headProblems, ...this.#checks.all(this.#drafts)]);
	#metaDirty = $derived(metaChanged(this.#base, this.#meta));
	#dirty = $derived(this.#metaDirty || draftsChanged(this.#base.questions, this.#drafts, this.#checks.unchanged));
	#savedFacts = $derived(new Set(this.#base.questions.map((q) => q.fact)));

	constructor(bank: Bank) {
		this.#reset(bank);
		this.#drafts = bank.questions.map((q) => toDraft(q, this.#key()));
	}

	get bankId() {
		return this.#base.id;
	}
	get meta() {
		return this.#meta;
	}
	get drafts() {
		return this.#drafts;
	}
	get problems(): readonly PlacedProblem[] {
		return this.#problems;
	}
	get dirty() {
		return this.#dirty;
	}
	get shipped() {
		return this.#shipped;
	}
	get saving() {
		return this.#saving;
	}
	get savedAt() {
		return this.#savedAt;
	}
	get error() {
		return this.#error;
	}
	/** The most recent delete that undo would bring back, and how many can be undone. */
	get lastDeleted() {
		return this.#deleted.at(-1) ?? null;
	}
	get undoCount() {
		return this.#deleted.length;
	}
	get canSave() {
		return this.#dirty && this.#problems.length === 0 && !this.#saving;
	}

	/** Why Save is disabled, in words; null when it is not. */
	get saveBlocked(): string | null {
		if (this.#saving) return 'Saving…';
		const count = this.#problems.length;
		if (count) return `Fix ${count === 1 ? 'the problem' : `the ${count} problems`} listed at the top to save.`;
		if (!this.#dirty) return 'No changes to save.';
		return null;
	}

	/** Reads whether the stored bank is the copy shipped with the app. */
	async checkShipped(): Promise<void> {
		this.#shipped = (await getBankMeta(this.#base.id))?.shipped === true;
	}

	/** Changes the bank's title, description or tags. */
	setMeta(patch: Partial<BankMetaDraft>): void {
		this.#meta = { ...this.#meta, ...patch };
		this.#edited();
	}

	/** Changes text fields of one question. */
	update(key: string, patch: Partial<Omit<DraftFields, 'type'>>): void {
		this.#replace(key, (d) => ({ ...d, ...patch }));
	}

	/** Turns a question into another type. */
	setType(key: string, type: QuestionType): void {
		this.#replace(key, (d) => changeType(d, type));
	}

	/** Ties a question to another question's fact, or ('') gives it a new fact of its own. */
	setFact(key: string, fact: string): void {
		this.#replace(key, (d) => ({ ...d, fact: fact || ownFact(d.key, this.#savedFacts) }));
	}

	/** Adds an empty question at the end; returns its key. */
	add(type: QuestionType): string {
		const draft = newDraft(type, this.#key(), this.#savedFacts);
		this.#drafts = [...this.#drafts, draft];
		this.#edited();
		return draft.key;
	}

	/**
	 * Adds an image file to a field of a question; it is stored with the bank
	 * when the bank is saved. Returns why the file was refused, or null.
	 */
	async addImage(key: string, field: ImageField, file: File): Promise<string | null> {
		const added = await this.#images.take(file);
		if (!added.ok) return added.message;
		this.#replace(key, (d) => addDraftImage(d, field, added.image));
		return null;
	}

	/** Takes an image out of a field of a question. */
	removeImage(key: string, field: ImageField, name: string): void {
		this.#replace(key, (d) => removeDraftImage(d, field, name));
	}

	/** Changes the text that describes an image to people who cannot see it. */
	describeImage(key: string, field: ImageField, name: string, alt: string): void {
		this.#replace(key, (d) => describeDraftImage(d, field, name, alt));
	}

	/** An image added since the last save, for its preview; undefined once stored (or never added). */
	unsavedImage(name: string): Blob | undefined {
		return this.#images.blob(name);
	}

	/** The image controls' view of one question. */
	imageActions(key: string): ImageActions {
		return {
			bankId: this.bankId,
			unsaved: (name) => this.unsavedImage(name),
			add: (field, file) => this.addImage(key, field, file),
			remove: (field, name) => this.removeImage(key, field, name),
			describe: (field, name, alt) => this.describeImage(key, field, name, alt)
		};
	}

	/** Moves a question up (-1) or down (+1). */
	move(key: string, delta: number): void {
		this.#drafts = moveDraft(this.#drafts, key, delta);
		this.#edited();
	}

	/** Deletes a question; undo brings it back until the bank is saved. */
	remove(key: string): void {
		const result = deleteDraft(this.#drafts, key);
		if (!result) return;
		this.#drafts = result.drafts;
		this.#deleted = [...this.#deleted, result.deleted];
		this.#edited();
	}

	/** Brings back the most recently deleted question; returns its key, or null if there is none. */
	undo(): string | null {
		const last = this.#deleted.at(-1);
		if (!last) return null;
		this.#deleted = this.#deleted.slice(0, -1);
		this.#drafts = restoreDraft(this.#drafts, last);
		this.#edited();
		return last.draft.key;
	}

	/** Saves the bank as edited, in one transaction; false (with a message) when it was not saved. */
	async save(now: Date): Promise<boolean> {
		if (this.#problems.length || this.#saving) return false;
		const check = validateBank(applyEdits(this.#base, this.#meta, this.#drafts));
		if (!check.ok) {
			this.#saveProblems = placeProblems(check.problems);
			return false;
		}
		this.#saving = true;
		this.#error = null;
		try {
			const bank = $state.snapshot(check.bank) as Bank;
			await saveBankWithMedia(bank, now, toMediaRows(bank.id, this.#images.usedBy(bank)));
			this.#images.clear();
			this.#drafts = rebase(this.#drafts, bank);
			this.#reset(bank);
			this.#deleted = [];
			this.#shipped = false;
			this.#savedAt = now;
			return true;
		} catch (err) {
			this.#error = `The bank was not saved: ${storageTrouble.describe(err)}`;
			return false;
		} finally {
			this.#saving = false;
		}
	}

	#reset(bank: Bank): void {
		this.#checks = new DraftChecks(bank.source?.text);
		this.#base = bank;
		this.#meta = toMetaDraft(bank);
	}

	#replace(key: string, change: (d: QuestionDraft) => QuestionDraft): void {
		this.#drafts = this.#drafts.map((d) => (d.key === key ? change(d) : d));
		this.#edited();
	}

	/** Any edit makes an earlier "Saved" stale. */
	#edited(): void {
		this.#savedAt = null;
		this.#error = null;
		this.#saveProblems = null;
	}

	#key(): string {
		return `q${this.#nextKey++}`;
	}
}
