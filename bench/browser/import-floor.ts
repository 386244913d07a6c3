/**
 * The floor an import is judged against: the rows version 7 stored for a new
 * bank (bank row, counts row, one row per question, one card per fact),
 * written with raw IndexedDB into stores with version 7's keys and indexes,
 * in one transaction with every request issued at once, no Dexie, no
 * progress. It stays this layout whatever the app stores now (issue 20): the
 * app's import must take at most a third of it, in the same run. The rows
 * are built before the clock starts.
 */
import { createCard } from '$lib/core/srs/card';
import { toBankRow, toQuestionRows } from '$lib/storage/bank-rows';
import { done, request } from './floor';
import { syntheticBank } from './imports';

/** The stores a bank write touched in version 7, keyed and indexed as src/lib/storage/db.ts declared them then. */
async function openLikeApp(name: string): Promise<IDBDatabase> {
	await request(indexedDB.deleteDatabase(name));
	const open = indexedDB.open(name, 1);
	open.onupgradeneeded = () => {
		const db = open.result;
		db.createObjectStore('banks', { keyPath: 'id' });
		db.createObjectStore('bankCounts', { keyPath: 'bankId' });
		// Version 7's question rows, kept here as they were (toQuestionRows makes one per question).
		const questions = db.createObjectStore('questions', { keyPath: ['bankId', 'id'] });
		questions.createIndex('[bankId+fact]', ['bankId', 'fact']);
		questions.createIndex('[bankId+position]', ['bankId', 'position']);
		const cards = db.createObjectStore('cards', { keyPath: 'id' });
		cards.createIndex('[bankId+state+due]', ['bankId', 'state', 'due']);
		cards.createIndex('[state+due]', ['state', 'due']);
		cards.createIndex('[bankId+state+order]', ['bankId', 'state', 'order']);
	};
	return request(open);
}

/** Milliseconds to write a new `count`-question bank's rows, `runs` times, each into an empty database. */
export async function importFloor(count: number, now: number, runs: number): Promise<number[]> {
	const name = 'bench-import-floor';
	const bank = syntheticBank(count);
	const at = new Date(now);
	const out: number[] = [];
	for (let r = 0; r < runs; r++) {
		const db = await openLikeApp(name);
		try {
			const questions = toQuestionRows(bank);
			const cards = bank.questions.map((q, i) => createCard(bank.id, q.fact, i, at));
			const row = toBankRow(bank, { hash: 'floor', shipped: false, addedAt: at, updatedAt: at });
			const t0 = performance.now();
			const tx = db.transaction(['banks', 'bankCounts', 'questions', 'cards'], 'readwrite');
			tx.objectStore('banks').put(row);
			tx.objectStore('bankCounts').put({ bankId: bank.id, cards: cards.length, fresh: cards.length, introduced: [] });
			const store = tx.objectStore('questions');
			for (const q of questions) store.add(q);
			const cardStore = tx.objectStore('cards');
			for (const c of cards) cardStore.put(c);
			await done(tx);
			out.push(performance.now() - t0);
		} finally {
			db.close();
		}
	}
	await request(indexedDB.deleteDatabase(name));
	return out;
}
