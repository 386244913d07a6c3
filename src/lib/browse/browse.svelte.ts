/**
 * The card browser's state: every question of every bank in memory (loaded
 * once, and again only for the banks an action changed), the query, the
 * page shown, the cursor and the selection, and the bulk actions.
 */
import type { QuestionType } from '$lib/core/bank/kinds';
import type { BrowseRow, BrowseState, QuestionRef } from '$lib/core/browse/row';
import { BrowseIndex, EMPTY_QUERY, type BrowseQuery } from '$lib/core/browse/search';
import { studyDayEnd } from '$lib/core/srs/day';
import { deleteQuestions, loadBrowseRows, moveQuestions, setSuspended, tagQuestions } from '$lib/storage/browse';
import { getSettings } from '$lib/storage/settings';
import { ensureShippedBanks } from '$lib/library/shipped';

/** Rows on one page: enough to scan, never the whole collection in the DOM. */
export const PAGE_SIZE = 50;

/** A row's key: question ids are unique within a bank only. */
export const rowKey = (row: Pick<BrowseRow, 'bankId' | 'questionId'>) => `${row.bankId}\u0000${row.questionId}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export class CardBrowser {
	#index = $state.raw<BrowseIndex | null>(null);
	#banks = $state.raw<{ id: string; title: string }[]>([]);
	#dueBy = $state(0);
	#error = $state<string | null>(null);
	#message = $state<string | null>(null);
	#busy = $state(false);
	#selected = $state.raw(new Set<string>());
	#anchor = 0;
	query = $state<BrowseQuery>({ ...EMPTY_QUERY });
	page = $state(0);
	/** The row under the keyboard cursor, as a place in `results`. */
	cursor = $state(0);

	/** The matching row numbers in order, and how long the search took (ms). */
	readonly #search = $derived.by(() => {
		const index = this.#index;
		if (!index) return { found: [] as number[], ms: 0 };
		const start = performance.now();
		const found = index.search(this.query, this.#dueBy);
		return { found, ms: performance.now() - start };
	});
	readonly results = $derived(this.#search.found);
	readonly searchMs = $derived(this.#search.ms);
	readonly pages = $derived(Math.max(1, Math.ceil(this.results.length / PAGE_SIZE)));
	/** The rows of the page shown. */
	readonly shown = $derived.by(() => {
		const index = this.#index;
		if (!index) return [];
		return this.results.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE).map((i) => index.rows[i]);
	});
	readonly tags = $derived(this.#index?.tags() ?? []);

	/** Null while loading. */
	get total() {
		return this.#index?.rows.length ?? null;
	}
	get banks() {
		return this.#banks;
	}
	get dueBy() {
		return this.#dueBy;
	}
	get error() {
		return this.#error;
	}
	get message() {
		return this.#message;
	}
	get busy() {
		return this.#busy;
	}
	get selected() {
		return this.#selected;
	}
	get filtered() {
		const { text, bankId, tag, type, state } = this.query;
		return text.trim() !== '' || bankId !== undefined || tag !== undefined || type !== undefined || state !== undefined;
	}

	/** Loads every bank's rows (at `now`, which sets what "due" means). */
	async load(now = new Date()): Promise<void> {
		try {
			// A first visit may come here before the library: the sample banks are loaded as there.
			await ensureShippedBanks();
			const [rows, settings] = await Promise.all([loadBrowseRows(), getSettings()]);
			this.#dueBy = studyDayEnd(now, settings.dayStartHour).getTime();
			this.#setRows(rows);
			this.#error = null;
		} catch (err) {
			this.#error = err instanceof Error ? err.message : String(err);
		}
	}

	#setRows(rows: BrowseRow[]) {
		this.#index = new BrowseIndex(rows);
		const titles = new Map(rows.map((r) => [r.bankId, r.bankTitle]));
		this.#banks = [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
		const keys = new Set(rows.map(rowKey));
		this.#selected = new Set([...this.#selected].filter((k) => keys.has(k)));
		this.page = Math.min(this.page, Math.max(0, Math.ceil(this.results.length / PAGE_SIZE) - 1));
		this.cursor = Math.min(this.cursor, Math.max(0, this.results.length - 1));
	}

	/** Changes the query; the list goes back to its first row. */
	setQuery(patch: Partial<BrowseQuery>) {
		this.query = { ...this.query, ...patch };
		this.page = 0;
		this.cursor = 0;
		this.#anchor = 0;
	}

	/** Drops every filter and the search text, keeping the sort. */
	clearFilters() {
		this.setQuery({ text: '', bankId: undefined, tag: undefined, type: undefined, state: undefined });
	}

	setFilter(key: 'bankId' | 'tag', value: string): void;
	setFilter(key: 'type', value: QuestionType | ''): void;
	setFilter(key: 'state', value: BrowseState | ''): void;
	/** Sets one filter; an empty value means any. */
	setFilter(key: 'bankId' | 'tag' | 'type' | 'state', value: string) {
		this.setQuery({ [key]: value === '' ? undefined : value });
	}

	/** Moves the cursor to place `to` in the results (clamped), turning the page with it. */
	moveTo(to: number, extend = false) {
		const last = this.results.length - 1;
		this.cursor = Math.max(0, Math.min(last, to));
		this.page = Math.floor(this.cursor / PAGE_SIZE);
		if (extend) this.selectRange(this.#anchor, this.cursor);
		else this.#anchor = this.cursor;
	}

	/** Shows page `n` (clamped), the cursor on its first row. */
	goToPage(n: number) {
		this.moveTo(Math.max(0, Math.min(this.pages - 1, n)) * PAGE_SIZE);
	}

	/** Selects or unselects the row at place `at` in the results. */
	toggle(at: number) {
		const index = this.#index;
		if (!index || at < 0 || at >= this.results.length) return;
		const key = rowKey(index.rows[this.results[at]]);
		const next = new Set(this.#selected);
		if (!next.delete(key)) next.add(key);
		this.#selected = next;
		this.#anchor = at;
	}

	/** Adds the rows from place `from` to place `to` (either order) to the selection. */
	selectRange(from: number, to: number) {
		const index = this.#index;
		if (!index) return;
		const next = new Set(this.#selected);
		for (let k = Math.min(from, to); k <= Math.max(from, to); k++) next.add(rowKey(index.rows[this.results[k]]));
		this.#selected = next;
	}

	/** Selects every matching row (all pages), or none when all are selected already. */
	toggleAll() {
		const index = this.#index;
		if (!index) return;
		const all = this.results.map((i) => rowKey(index.rows[i]));
		const every = all.length > 0 && all.every((k) => this.#selected.has(k));
		this.#selected = every ? new Set() : new Set(all);
	}

	clearSelection() {
		this.#selected = new Set();
	}

	/** The selected rows (matching or not: a selection survives a new search). */
	#selection(): BrowseRow[] {
		return this.#index?.rows.filter((r) => this.#selected.has(rowKey(r))) ?? [];
	}

	/** Runs a bulk action, reloads the banks it touched and says what it did. */
	async #act(run: (rows: BrowseRow[], refs: QuestionRef[]) => Promise<string>, touched: (rows: BrowseRow[]) => string[]) {
		const rows = this.#selection();
		if (rows.length === 0 || this.#busy) return;
		this.#busy = true;
		this.#message = null;
		try {
			const message = await run(
				rows,
				rows.map((r) => ({ bankId: r.bankId, questionId: r.questionId }))
			);
			const banks = new Set(touched(rows));
			const fresh = await loadBrowseRows([...banks]);
			this.#setRows([...(this.#index?.rows ?? []).filter((r) => !banks.has(r.bankId)), ...fresh]);
			this.#message = message;
			this.#error = null;
		} catch (err) {
			this.#error = `Nothing was changed: ${err instanceof Error ? err.message : String(err)}`;
		} finally {
			this.#busy = false;
		}
	}

	/** Suspends or unsuspends the selected rows' cards. */
	suspend(suspended: boolean) {
		return this.#act(
			async (rows) => {
				const n = await setSuspended(
					rows.map((r) => r.cardId),
					suspended
				);
				return `${suspended ? 'Suspended' : 'Unsuspended'} ${plural(n, 'card')}.${n === 0 ? ' They already were.' : ''}`;
			},
			(rows) => rows.map((r) => r.bankId)
		);
	}

	/** Deletes the selected questions. */
	delete() {
		return this.#act(
			async (_rows, refs) => {
				const n = await deleteQuestions(refs, new Date());
				this.#selected = new Set();
				return `Deleted ${plural(n, 'question')}.`;
			},
			(rows) => rows.map((r) => r.bankId)
		);
	}

	/** Adds `tag` to the selected questions, or removes it. */
	tag(tag: string, add: boolean) {
		const name = tag.trim();
		if (name === '') {
			this.#error = 'Type a tag first.';
			return Promise.resolve();
		}
		return this.#act(
			async (_rows, refs) => {
				const n = await tagQuestions(refs, name, add, new Date());
				return add ? `Tagged ${plural(n, 'question')} “${name}”.` : `Removed “${name}” from ${plural(n, 'question')}.`;
			},
			(rows) => rows.map((r) => r.bankId)
		);
	}

	/** Moves the selected questions to bank `targetId`. */
	move(targetId: string) {
		const title = this.#banks.find((b) => b.id === targetId)?.title ?? targetId;
		return this.#act(
			async (_rows, refs) => {
				const n = await moveQuestions(refs, targetId, new Date());
				this.#selected = new Set();
				return `Moved ${plural(n, 'question')} to “${title}”.`;
			},
			(rows) => [...rows.map((r) => r.bankId), targetId]
		);
	}
}
