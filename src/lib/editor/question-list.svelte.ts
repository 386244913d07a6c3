/**
 * What the editor's question list shows: a search over prompts and answers,
 * one page of rows, and the one question open for editing. Only the page on
 * screen is drawn, so a bank of 40,000 questions draws 50 rows.
 */
import type { QuestionDraft } from '$lib/core/bank/edit';
import { matchingDrafts, QUESTIONS_PER_PAGE } from '$lib/core/bank/edit-list';

/** One row of the page: a draft and its 0-based place in the bank. */
export interface ListedDraft {
	draft: QuestionDraft;
	index: number;
}

export class QuestionListView {
	// Set by the constructor; declared first so the derived values below may read it.
	#drafts: () => readonly QuestionDraft[] = () => [];
	#query = $state('');
	#page = $state(0);
	#openKey = $state<string | null>(null);

	/** Indexes of the drafts the search finds; null when there is no search (every draft). */
	#matches = $derived(matchingDrafts(this.#drafts(), this.#query));
	#total = $derived(this.#matches?.length ?? this.#drafts().length);
	#pageCount = $derived(Math.max(1, Math.ceil(this.#total / QUESTIONS_PER_PAGE)));
	#current = $derived(Math.min(this.#page, this.#pageCount - 1));

	/** Lists the drafts `drafts` returns (read anew whenever they change). */
	constructor(drafts: () => readonly QuestionDraft[]) {
		this.#drafts = drafts;
	}

	get query() {
		return this.#query;
	}
	get openKey() {
		return this.#openKey;
	}
	/** How many questions the list holds with the search applied. */
	get total() {
		return this.#total;
	}
	get searching() {
		return this.#matches !== null;
	}
	/** 0-based. */
	get page() {
		return this.#current;
	}
	get pageCount() {
		return this.#pageCount;
	}

	/** The rows of the current page. */
	get rows(): ListedDraft[] {
		const drafts = this.#drafts();
		const start = this.#current * QUESTIONS_PER_PAGE;
		const indexes = this.#matches?.slice(start, start + QUESTIONS_PER_PAGE);
		if (indexes) return indexes.map((index) => ({ draft: drafts[index], index }));
		return drafts.slice(start, start + QUESTIONS_PER_PAGE).map((draft, i) => ({ draft, index: start + i }));
	}

	/** Searches prompts and answers; the list starts again at its first page. */
	search(query: string): void {
		this.#query = query;
		this.#page = 0;
	}

	/** Turns to a page (0-based), kept within the list. */
	turnTo(page: number): void {
		this.#page = Math.max(0, Math.min(page, this.#pageCount - 1));
	}

	/** Opens one question for editing (and closes any other), on the page that lists it. */
	open(key: string): void {
		this.show(key);
		this.#openKey = key;
	}

	close(): void {
		this.#openKey = null;
	}

	/** Turns to the page that lists the question; a search that hides it is cleared. */
	show(key: string): void {
		const index = this.#drafts().findIndex((d) => d.key === key);
		if (index < 0) return;
		let place = this.#matches ? this.#matches.indexOf(index) : index;
		if (place < 0) {
			this.#query = '';
			place = index;
		}
		this.#page = Math.floor(place / QUESTIONS_PER_PAGE);
	}
}
