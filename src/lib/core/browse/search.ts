/**
 * Search, filter and sort over the browser's rows, kept in memory: at
 * 100,000 rows a search must answer in well under 100 ms, so each row's
 * searchable text is lowered once, each sort order is computed once and
 * cached, and a search is one pass over the cached order.
 */
import type { QuestionType } from '../bank/kinds';
import { inState, type BrowseRow, type BrowseState } from './row';

export const SORT_KEYS = ['prompt', 'bank', 'due', 'type', 'state'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface BrowseQuery {
	/** Words that must all appear in the prompt, answer, tags or source (any case). */
	text: string;
	bankId?: string;
	tag?: string;
	type?: QuestionType;
	state?: BrowseState;
	sort: SortKey;
	descending: boolean;
}

/** A query that shows everything, by prompt. */
export const EMPTY_QUERY: BrowseQuery = { text: '', sort: 'prompt', descending: false };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** How two rows compare under a sort key; ties fall back to bank then bank order, so every order is total. */
function comparer(key: SortKey): (a: BrowseRow, b: BrowseRow) => number {
	const tie = (a: BrowseRow, b: BrowseRow) => collator.compare(a.bankTitle, b.bankTitle) || a.bankId.localeCompare(b.bankId) || a.position - b.position;
	const first: Record<SortKey, (a: BrowseRow, b: BrowseRow) => number> = {
		prompt: (a, b) => collator.compare(a.prompt, b.prompt),
		bank: () => 0,
		due: (a, b) => a.due - b.due,
		type: (a, b) => a.type.localeCompare(b.type),
		state: (a, b) => Number(a.suspended) - Number(b.suspended) || a.state - b.state
	};
	return (a, b) => first[key](a, b) || tie(a, b);
}

/** The words of a search, lowered; empty words dropped. */
export function searchWords(text: string): string[] {
	return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The rows, ready to search: built once per load, then searched at every keystroke. */
export class BrowseIndex {
	readonly rows: readonly BrowseRow[];
	readonly #text: string[];
	readonly #orders = new Map<SortKey, Uint32Array>();

	constructor(rows: readonly BrowseRow[]) {
		this.rows = rows;
		this.#text = rows.map((r) => `${r.prompt}\n${r.answer}\n${r.tags.join(' ')}\n${r.source}`.toLowerCase());
	}

	/** Row numbers in `key` order, computed on first use. */
	order(key: SortKey): Uint32Array {
		let order = this.#orders.get(key);
		if (!order) {
			const compare = comparer(key);
			const rows = this.rows;
			order = Uint32Array.from(rows.keys()).sort((a, b) => compare(rows[a], rows[b]));
			this.#orders.set(key, order);
		}
		return order;
	}

	/** The row numbers that match `query`, in its order; `dueBy` (ms) is what "due" means. */
	search(query: BrowseQuery, dueBy: number): number[] {
		const words = searchWords(query.text);
		const { bankId, tag, type, state } = query;
		const order = this.order(query.sort);
		const out: number[] = [];
		for (let k = 0; k < order.length; k++) {
			const i = order[query.descending ? order.length - 1 - k : k];
			const row = this.rows[i];
			if (bankId !== undefined && row.bankId !== bankId) continue;
			if (type !== undefined && row.type !== type) continue;
			if (tag !== undefined && !row.tags.includes(tag)) continue;
			if (state !== undefined && !inState(row, state, dueBy)) continue;
			if (words.length > 0 && !words.every((w) => this.#text[i].includes(w))) continue;
			out.push(i);
		}
		return out;
	}

	/** Every tag, sorted, for the tag filter. */
	tags(): string[] {
		const all = new Set<string>();
		for (const row of this.rows) for (const tag of row.tags) all.add(tag);
		return [...all].sort(collator.compare);
	}
}
