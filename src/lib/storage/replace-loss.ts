/**
 * What replacing a stored bank costs the learner, counted before they choose,
 * and the snapshot taken before a replace that touches any progress. A
 * replace keeps each card whose fact the incoming bank also has (banks.ts);
 * the cards of the other facts are deleted, and their answers stay in the
 * review log as history that no longer schedules anything.
 */
import type { ReplaceLoss } from '../core/bank/replace-loss';
import { CardStateKind } from '../core/srs/types';
import { studiedCards } from './banks';
import type { FactdeckDB } from './db';
import { bankQuestionRows } from './question-pages';
import { bankMedia, bankReviews } from './bank-ranges';
import { bankCards } from './ranges';
import { snapshotNow } from './snapshots';

/** Counts what replacing bank `bankId` with a bank of `incomingFacts` would keep and lose; reads only. */
export async function replaceLoss(bankId: string, incomingFacts: ReadonlySet<string>, database: FactdeckDB): Promise<ReplaceLoss> {
	return database.transaction('r', [database.questionPages, database.cards, database.reviews], async () => {
		// One card per fact, with a row or not (implicit-cards.ts): the facts come from the questions.
		const [cards, questions] = await Promise.all([bankCards(database, bankId).toArray(), bankQuestionRows(database, bankId)]);
		const facts = new Set(questions.map((q) => q.fact));
		const sharedFacts = [...facts].filter((fact) => incomingFacts.has(fact)).length;
		const lostIds = new Set<string>();
		let studied = 0;
		for (const card of cards) {
			if (card.state === CardStateKind.New) continue;
			studied++;
			if (!incomingFacts.has(card.fact)) lostIds.add(card.id);
		}
		// One read, not a cursor: a cursor step per answer is far slower, and a snapshot reads them all anyway.
		const reviews = await bankReviews(database, bankId).toArray();
		const lostReviews = reviews.filter((review) => lostIds.has(review.cardId)).length;
		return { studied, lost: lostIds.size, lostReviews, reviews: reviews.length, sharedFacts, facts: facts.size };
	});
}

/**
 * Inside the replace's own rw transaction (over snapshotTables), before
 * anything is written: snapshots everything when bank `bankId` has progress
 * (a studied card or an answer), with the media when the replace changes
 * images. Returns the snapshot's id, or undefined when there was no progress
 * to keep.
 */
export async function snapshotBeforeReplace(database: FactdeckDB, bankId: string, now: Date, bringsMedia: boolean): Promise<number | undefined> {
	const [studied, answered] = await Promise.all([studiedCards(database, bankId).first(), bankReviews(database, bankId).first()]);
	if (!studied && !answered) return undefined;
	const [withMedia, row] = await Promise.all([
		bringsMedia ||
			bankMedia(database, bankId)
				.count()
				.then((n) => n > 0),
		database.banks.get(bankId)
	]);
	return snapshotNow(database, now, withMedia, `Before replacing “${row?.title ?? bankId}”`);
}
