/**
 * A prototype of the design the report proposes, NOT the app's code: the
 * queue and the library counts read only the head of each due range plus
 * counts, and per-bank numbers (New cards left, New cards introduced today)
 * come from one counters record that answers would keep up to date on write.
 * It runs on the same database and indexes as the app, and is checked to
 * pick the same card and give the same counts.
 */
import { Dexie } from 'dexie';
import type { Settings } from '$lib/core/settings';
import { newCardNext, nextCard } from '$lib/core/srs/queue';
import { CardStateKind, type Card } from '$lib/core/srs/types';
import type { FactdeckDB } from '$lib/storage/db';
import { gatherQueue } from '$lib/storage/queue';
import { dueWindow, newAllowance, newCards } from '$lib/storage/ranges';
import { listBankSummaries } from '$lib/storage/summaries';

const KEY = 'bench:bank-counters';
const MIN = Dexie.minKey;
const { Learning, Review, Relearning } = CardStateKind;
type Counters = Record<string, { fresh: number; introduced: number }>;

/** Writes the counters record from the data as it is now (what answers would maintain). */
export async function writeCounters(database: FactdeckDB, now: Date, settings: Settings): Promise<void> {
	const window = dueWindow(now, settings);
	const counters: Counters = {};
	for (const id of (await database.banks.toCollection().primaryKeys()) as string[]) {
		const allowed = await newAllowance(database, id, window, settings);
		counters[id] = { fresh: await newCards(database, id).count(), introduced: settings.newPerDay - allowed };
	}
	await database.meta.put({ key: KEY, value: counters });
}

/** The range of `state` cards due by `until`, across banks or in one. */
function due(database: FactdeckDB, bankId: string | undefined, state: number, from: Date | typeof MIN, until: Date, inclusive: boolean) {
	return bankId === undefined
		? database.cards.where('[state+due]').between([state, from], [state, until], true, inclusive)
		: database.cards.where('[bankId+state+due]').between([bankId, state, from], [bankId, state, until], true, inclusive);
}

const earliest = (cards: (Card | undefined)[]) =>
	cards.filter((c): c is Card => !!c).sort((a, b) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : 1))[0] ?? null;

/** The next card from heads and counts: a handful of requests, whatever the number of cards or banks. */
export async function proposedNext(database: FactdeckDB, bankId: string | undefined, now: Date, settings: Settings): Promise<Card | null> {
	const window = dueWindow(now, settings);
	return database.transaction('r', [database.cards, database.meta], async () => {
		const counters = (await database.meta.get(KEY))!.value as Counters;
		const learning = earliest(await Promise.all([Learning, Relearning].map((s) => due(database, bankId, s, MIN, now, true).first())));
		if (learning) return learning;
		const reviews = await due(database, bankId, Review, MIN, window.dayEnd, false).count();
		let fresh = 0;
		let firstBank: string | undefined;
		for (const id of bankId === undefined ? Object.keys(counters).sort() : [bankId]) {
			const c = counters[id];
			const left = Math.min(c.fresh, Math.max(0, settings.newPerDay - c.introduced));
			fresh += left;
			if (left > 0) firstBank ??= id;
		}
		if (newCardNext(reviews, fresh)) return (await newCards(database, firstBank!).first()) ?? null;
		if (reviews > 0) return (await due(database, bankId, Review, MIN, window.dayEnd, false).first()) ?? null;
		return earliest(await Promise.all([Learning, Relearning].map((s) => due(database, bankId, s, MIN, window.learnUntil, true).first())));
	});
}

/** Due and new counts per bank from three key-only range reads and the counters record. */
export async function proposedCounts(database: FactdeckDB, now: Date, settings: Settings): Promise<Map<string, { due: number; new: number }>> {
	const window = dueWindow(now, settings);
	return database.transaction('r', [database.banks, database.cards, database.meta], async () => {
		const [rows, record, ...keys] = await Promise.all([
			database.banks.toArray(),
			database.meta.get(KEY),
			due(database, undefined, Learning, MIN, window.learnUntil, true).primaryKeys(),
			due(database, undefined, Relearning, MIN, window.learnUntil, true).primaryKeys(),
			due(database, undefined, Review, MIN, window.dayEnd, false).primaryKeys()
		]);
		const counters = record!.value as Counters;
		const counts = new Map(rows.map((r) => [r.id, { due: 0, new: 0 }]));
		// A card id is `${bankId}\u0000${fact}`: its bank is read from the key, no card is loaded.
		for (const id of keys.flat() as string[]) counts.get(id.slice(0, id.indexOf('\u0000')))!.due++;
		for (const [id, c] of counts) c.new = Math.min(counters[id].fresh, Math.max(0, settings.newPerDay - counters[id].introduced));
		return counts;
	});
}

/** Times the prototype `runs` times beside the app's way, on the same data, and checks they agree. */
export async function compareProposed(database: FactdeckDB, bankId: string, at: number, settings: Settings, runs: number) {
	const now = new Date(at);
	await writeCounters(database, now, settings);
	const out = { nextOne: [] as number[], nextAll: [] as number[], counts: [] as number[], disagreements: 0 };
	for (let i = 0; i < runs; i++) {
		for (const [scope, samples] of [[bankId, out.nextOne], [undefined, out.nextAll]] as const) {
			const t0 = performance.now();
			const card = await proposedNext(database, scope, now, settings);
			samples.push(performance.now() - t0);
			if (i === 0 && card?.id !== nextCard(await gatherQueue({ bankId: scope }, now, settings, database))?.id) out.disagreements++;
		}
		const t0 = performance.now();
		const counts = await proposedCounts(database, now, settings);
		out.counts.push(performance.now() - t0);
		if (i === 0) {
			for (const s of await listBankSummaries(now, settings, database)) {
				const c = counts.get(s.id);
				if (c?.due !== s.due || c.new !== s.new) out.disagreements++;
			}
		}
	}
	return out;
}
