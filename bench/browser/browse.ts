/**
 * The card browser at scale: load every question with its card once (as
 * the Browse page does on opening), build the search index, then time the
 * searches a learner types, filters and sorts included. The first search of
 * each sort order also builds that order: it is timed apart.
 */
import { BrowseIndex, EMPTY_QUERY, type BrowseQuery } from '$lib/core/browse/search';
import { loadBrowseRows } from '$lib/storage/browse';
import type { FactdeckDB } from '$lib/storage/db';

const DAY = 86_400_000;

export interface BrowseSamples {
	rows: number;
	loadMs: number;
	indexMs: number;
	/** Each sort order's first search, which sorts every row once. */
	firstSort: number[];
	/** Every later search, all queries. */
	search: number[];
	/** Matches per query, so the numbers say what was searched. */
	matches: Record<string, number>;
}

/** The queries timed: a word in every row, a rare phrase, no match, and filters with other sorts. */
function queries(bankId: string): Record<string, BrowseQuery> {
	return {
		everything: { ...EMPTY_QUERY },
		'common word': { ...EMPTY_QUERY, text: 'describe' },
		'rare phrase': { ...EMPTY_QUERY, text: 'number 1999 of' },
		'no match': { ...EMPTY_QUERY, text: 'zebra' },
		'due, by due date': { ...EMPTY_QUERY, state: 'due', sort: 'due' },
		'one bank + words, reversed': { ...EMPTY_QUERY, bankId, text: 'term 12', descending: true },
		'new, by bank': { ...EMPTY_QUERY, state: 'new', sort: 'bank' }
	};
}

/** Loads the browser's rows and times `runs` rounds of every query. */
export async function browseSearch(database: FactdeckDB, now: number, runs: number): Promise<BrowseSamples> {
	let start = performance.now();
	const rows = await loadBrowseRows(undefined, database);
	const loadMs = performance.now() - start;
	start = performance.now();
	const index = new BrowseIndex(rows);
	const indexMs = performance.now() - start;
	const all = queries(rows[Math.floor(rows.length / 2)]?.bankId ?? '');
	const dueBy = now + DAY;
	const firstSort: number[] = [];
	const sorted = new Set<string>();
	const search: number[] = [];
	const matches: Record<string, number> = {};
	for (let run = 0; run < runs + 1; run++) {
		for (const [name, query] of Object.entries(all)) {
			start = performance.now();
			const found = index.search(query, dueBy);
			const ms = performance.now() - start;
			matches[name] = found.length;
			if (!sorted.has(query.sort)) {
				sorted.add(query.sort);
				firstSort.push(ms);
			} else if (run > 0) search.push(ms);
		}
	}
	return { rows: rows.length, loadMs, indexMs, firstSort, search, matches };
}
