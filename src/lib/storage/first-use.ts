/** Whether the learner is new: the library's first-visit welcome reads it. */
import { db, type FactdeckDB } from './db';

/** True until the learner answers a card or adds a bank of their own (the shipped ones don't count). */
export async function isFirstUse(database: FactdeckDB = db): Promise<boolean> {
	return database.transaction('r', [database.banks, database.reviews], async () => {
		const [answers, ownBanks] = await Promise.all([database.reviews.limit(1).count(), database.banks.filter((row) => !row.shipped).count()]);
		return answers === 0 && ownBanks === 0;
	});
}
