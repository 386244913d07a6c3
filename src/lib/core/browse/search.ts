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

/** Code-unit order of already lowered text: ten times faster than a collator over 100,000 rows. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How two rows (by number) compare under a sort key. Ties fall back to the
 * bank's place by title, then bank order, so every order is total. Text is
 * lowered once here rather than compared through a collator at every step.
 */
function comparer(key: SortKey, rows: readonly BrowseRow[]): (a: number, b: number) => number {
	const titleOf = new Map(rows.map((r) => [r.bankId, r.bankTitle]));
	const banks = [...titleOf.keys()].sort((x, y) => collator.compare(titleOf.get(x)!, titleOf.get(y)!) || byText(x, y));
	const bankRank = new Map(banks.map((id, i) => [id, i]));
	const rank = rows.map((r) => bankRank.get(r.bankId)!);
	const tie = (a: number, b: number) => rank[a] - rank[b] || rows[a].position - rows[b].position;
	if (key === 'prompt') {
		const prompts = rows.map((r) => r.prompt.toLowerCase());
		return (a, b) => byText(prompts[a], prompts[b]) || tie(a, b);
	}
	const first: Record<Exclude<SortKey, 'prompt'>, (a: BrowseRow, b: BrowseRow) => number> = {
		bank: () => 0,
		due: (a, b) => a.due - b.due,
		type: (a, b) => byText(a.type, b.type),
		state: (a, b) => Number(a.suspended) - Number(b.suspended) || a.state - b.state
	};
	return (a, b) => first[key](rows[a], rows[b]) || tie(a, b);
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
			order = Uint32Array.from(this.rows.keys()).sort(comparer(key, this.rows));
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
