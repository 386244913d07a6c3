import type { Bank, Question } from '$lib/core/bank/schema';
import { DEFAULT_SETTINGS, type Settings } from '$lib/core/settings';
import type { Card, CardStateKind } from '$lib/core/srs/types';
import { openDatabase, type FactdeckDB } from '$lib/storage/db';
import { byQuestionKey } from '$lib/storage/sync-start';
import { everyCard } from '$lib/storage/card-reads';
import { allQuestionRows } from '$lib/storage/question-pages';
import { getCard } from '$lib/storage/card-reads';

let counter = 0;
const opened: FactdeckDB[] = [];

/** A database of its own for one test; closed and deleted by `closeAll`. */
export function freshDb(): FactdeckDB {
	const database = openDatabase(`factdeck-test-${++counter}`);
	opened.push(database);
	return database;
}

/** Deletes every database opened by `freshDb`. */
export async function closeAll(): Promise<void> {
	await Promise.all(opened.splice(0).map((d) => d.delete()));
}

/** Local time, so day-start tests mean the same in every time zone. */
export const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

export const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

/** A flashcard question for `fact`. */
export function question(id: string, fact: string, extra: Partial<Question> = {}): Question {
	return { id, fact, type: 'flashcard', prompt: `Prompt ${id}`, answer: `Answer ${id}`, ...extra };
}

/** A bank with the given questions. */
export function bank(id: string, questions: Question[], extra: Partial<Bank> = {}): Bank {
	return { format: 'factdeck.bank', version: 1, id, title: `Bank ${id}`, questions, ...extra };
}

/** A bank with one question per fact, facts named f0..f(n-1). */
export function bankOfFacts(id: string, n: number, extra: Partial<Bank> = {}): Bank {
	return bank(
		id,
		Array.from({ length: n }, (_, i) => question(`q${i}`, `f${i}`)),
		extra
	);
}

/** Puts a bank's card for `fact` into a state due at `due`. */
export async function setCard(database: FactdeckDB, bankId: string, fact: string, state: CardStateKind, due: Date): Promise<Card> {
	const card = (await getCard(`${bankId}\u0000${fact}`, database))!;
	const next = { ...card, state, due, reps: state === 0 ? 0 : 3, stability: state === 0 ? 0 : 2.5 };
	await database.cards.put(next);
	return next;
}

/** Every card, rows and New cards without one (implicit-cards.ts), in id order. */
export function allCards(database: FactdeckDB): Promise<Card[]> {
	return database.transaction('r', [database.banks, database.questionPages, database.cards], () => everyCard(database));
}

/** How many questions are stored, over all pages. */
export async function questionCount(database: FactdeckDB): Promise<number> {
	return (await allQuestionRows(database)).length;
}

/** Every row of every table, in key order: two dumps are equal iff the stores are. Media Blobs are read to their bytes. */
export async function dump(database: FactdeckDB) {
	const media = await database.media.toArray();
	return {
		banks: await database.banks.toArray(),
		// Read back as one row per question, in version 7's key order ([bankId+id]), so dumps of any version compare.
		questions: (await allQuestionRows(database)).sort((a, b) => byQuestionKey([a.bankId, a.id], [b.bankId, b.id])),
		cards: await database.cards.toArray(),
		reviews: await database.reviews.toArray(),
		settings: await database.settings.toArray(),
		meta: await database.meta.toArray(),
		attempts: await database.attempts.toArray(),
		results: await database.results.toArray(),
		media: await Promise.all(media.map(async (m) => ({ ...m, blob: [...new Uint8Array(await m.blob.arrayBuffer())] }))),
		snapshots: await database.snapshots.toArray()
	};
}
