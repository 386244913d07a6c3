/**
 * What this browser's IndexedDB costs at the bottom, without Dexie or the
 * app, on stores shaped like the app's cards and reviews (same indexes): the
 * round trip of a one-record write transaction, an answer's get + put + add,
 * and writing 5,000 objects as 5,000 records versus as one record. Every
 * storage number of the bench should be read against these.
 */
export function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

export function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(tx.error);
	});
}

/** A card-like object, with the fields the app's indexes read. */
function card(i: number) {
	return {
		id: `bank-${i % 50}\u0000f${i}`,
		bankId: `bank-${i % 50}`,
		fact: `f${i}`,
		state: 2,
		due: new Date(1.7e12 + i * 1000),
		order: i,
		stability: 3.2,
		difficulty: 5.1,
		elapsed_days: 3,
		scheduled_days: 4,
		learning_steps: 0,
		reps: 3,
		lapses: 0,
		last_review: new Date(1.7e12)
	};
}

async function openFloor(name: string): Promise<IDBDatabase> {
	await request(indexedDB.deleteDatabase(name));
	const open = indexedDB.open(name, 1);
	open.onupgradeneeded = () => {
		const cards = open.result.createObjectStore('cards', { keyPath: 'id' });
		cards.createIndex('a', ['bankId', 'state', 'due']);
		cards.createIndex('b', ['state', 'due']);
		cards.createIndex('c', ['bankId', 'state', 'order']);
		const reviews = open.result.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
		reviews.createIndex('a', ['bankId', 'reviewedAt']);
		reviews.createIndex('b', 'reviewedAt');
		reviews.createIndex('c', ['bankId', 'before.state', 'reviewedAt']);
	};
	return request(open);
}

export interface Floor {
	putTx: number[];
	answerTx: number[];
	perRecordUs: number[];
	oneRecordMs: number[];
}

/** The floor measurements, on a database of their own that is deleted afterwards. */
export async function idbFloor(runs: number): Promise<Floor> {
	const name = 'bench-floor';
	const db = await openFloor(name);
	const out: Floor = { putTx: [], answerTx: [], perRecordUs: [], oneRecordMs: [] };
	const N = 5000;
	try {
		for (let r = 0; r < runs; r++) {
			let t0 = performance.now();
			let tx = db.transaction('cards', 'readwrite');
			for (let i = 0; i < N; i++) tx.objectStore('cards').put(card(r * N + i));
			await done(tx);
			out.perRecordUs.push(((performance.now() - t0) / N) * 1000);

			const rows = Array.from({ length: N }, (_, i) => card(i));
			t0 = performance.now();
			tx = db.transaction('cards', 'readwrite');
			tx.objectStore('cards').put({ ...card(-1 - r), rows });
			await done(tx);
			out.oneRecordMs.push(performance.now() - t0);
		}
		for (let i = 0; i < runs * 10; i++) {
			let t0 = performance.now();
			let tx = db.transaction('cards', 'readwrite');
			tx.objectStore('cards').put(card(i));
			await done(tx);
			out.putTx.push(performance.now() - t0);

			// An answer as saveAnswer makes it: read the card, write it back and add its log row, in one transaction.
			t0 = performance.now();
			tx = db.transaction(['cards', 'reviews'], 'readwrite');
			const stored = await request(tx.objectStore('cards').get(card(i).id));
			const after = { ...stored, reps: stored.reps + 1, due: new Date(stored.due.getTime() + 86_400_000) };
			tx.objectStore('cards').put(after);
			tx.objectStore('reviews').add({
				cardId: after.id,
				bankId: after.bankId,
				questionId: 'q',
				rating: 3,
				before: stored,
				after,
				durationMs: 4000,
				reviewedAt: new Date(1.7e12 + i)
			});
			await done(tx);
			out.answerTx.push(performance.now() - t0);
		}
	} finally {
		db.close();
		await request(indexedDB.deleteDatabase(name));
	}
	return out;
}
