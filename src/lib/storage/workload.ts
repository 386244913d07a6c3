/**
 * What the workload simulation (core/srs/simulate.ts) needs of the stored
 * collection: the studied cards' memory and dates, and the New cards left
 * in each bank the learner studies, read in one transaction.
 *
 * Above `sample` studied cards only an even sample of them is read: the
 * card ids come from the `[state+due]` index alone (keys, no records), every
 * n-th is read whole, so the sample follows the cards' due dates and the
 * cost stays that of reading the keys. At 100,000 studied cards reading
 * every record took seconds; the simulation runs 4,000 cards at most anyway.
 */
import { Dexie } from 'dexie';
import type { Settings } from '../core/settings';
import { bankOfCard } from '../core/srs/card';
import { MAX_RUN, type SimCard } from '../core/srs/simulate';
import { CardStateKind, type Card } from '../core/srs/types';
import { countTables } from './counts';
import { countsOf } from './counting';
import { db, type FactdeckDB } from './db';
import { getSettings } from './settings';

const DAY = 86_400_000;

/** The collection as the simulation starts from it, with the settings it was read under. */
export interface StudiedCollection {
	settings: Settings;
	/** Studied cards (Learning, Review, Relearning), or an even sample of them; suspended ones left out: they are not reviewed. */
	cards: SimCard[];
	/** How many studied, unsuspended cards `cards` stands for. */
	cardCount: number;
	/** New cards left to introduce in each bank that has a studied card (a bank never opened brings in none). */
	newCards: number[];
}

/** A stored card as the simulation starts it, in days from `now`. */
function simCard(card: Card, now: number): SimCard {
	const last = card.last_review?.getTime() ?? now;
	return { stability: card.stability, difficulty: card.difficulty, due: (card.due.getTime() - now) / DAY, since: Math.max(0, (now - last) / DAY) };
}

/** Reads the studied cards (all of them, or an even sample of `sample`), as days from `now`, and the New cards left per studied bank. */
export async function studiedCollection(now: Date, database: FactdeckDB = db, sample = MAX_RUN): Promise<StudiedCollection> {
	const { cards } = database;
	return database.transaction('r', [...countTables(database), database.settings], async () => {
		const { Learning, Relearning } = CardStateKind;
		// Every state but New, in one range of each index.
		const [stored, ids, suspended] = await Promise.all([
			getSettings(database),
			cards.where('[state+due]').between([Learning, Dexie.minKey], [Relearning, Dexie.maxKey], true, true).primaryKeys(),
			cards.where('[suspended+state+due]').between([1, Learning, Dexie.minKey], [1, Relearning, Dexie.maxKey], true, true).count()
		]);
		const picked = ids.length <= sample ? ids : Array.from({ length: sample }, (_, i) => ids[Math.floor(((i + 0.5) * ids.length) / sample)]);
		const read = (await cards.bulkGet(picked)).filter((card): card is Card => card !== undefined && !card.suspended);
		const banks = [...new Set(ids.map(bankOfCard))];
		const counts = await Promise.all(banks.map((bankId) => countsOf(database, bankId)));
		return {
			settings: stored,
			cards: read.map((card) => simCard(card, now.getTime())),
			cardCount: ids.length - suspended,
			newCards: counts.map((row) => row.fresh).filter((n) => n > 0)
		};
	});
}
