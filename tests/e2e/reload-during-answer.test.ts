import { expect, test } from '@playwright/test';
import { answerUpToCommit, expectConfirmedInLog, expectLogExplainsCards, readStored, studyState, type Observed } from './durability';
import { STUDY_PATH, type RatingName } from './helpers';

const ROUNDS = 50;
/** Again and Hard keep cards in learning, so the session never runs out within the rounds. */
const RATINGS: RatingName[] = ['Good', 'Again', 'Hard', 'Good', 'Again', 'Easy', 'Hard'];
/**
 * When to reload after the saving key: even rounds spread over 0 to 480 ms in
 * 20 ms steps; odd rounds fall within the few milliseconds the write itself
 * takes (0, 2, 5, 10, 20 ms), where an interruption is most likely to land.
 */
const SHORT = [0, 2, 5, 10, 20];
const delayOf = (round: number) => (round % 2 === 0 ? round * 10 : SHORT[(round >> 1) % SHORT.length]);

test('an answer interrupted by a reload is saved whole or not at all, and every confirmed one is kept', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(STUDY_PATH);

	const confirmed: Observed[] = [];
	let unconfirmed = 0;
	for (let round = 0; round < ROUNDS; round++) {
		const pending = await answerUpToCommit(page, RATINGS[round % RATINGS.length], round % 3 === 1);
		expect(pending, `a card to answer in round ${round}`).not.toBeNull();
		const from = Date.now();
		await pending!.commit();
		const delay = delayOf(round);
		if (delay > 0) await page.waitForTimeout(delay);
		const state = await studyState(page);
		const to = Date.now();
		await page.reload({ waitUntil: 'commit' });

		expect(state.error, `round ${round}`).toBeNull();
		// The screen leaves the answered card only once the answer is saved: that is the confirmation.
		if (state.phase === 'question' || state.phase === 'done') {
			confirmed.push({ label: `round ${round} (${delay} ms)`, cardId: pending!.cardId, questionId: pending!.questionId, from, to });
		} else unconfirmed++;
	}

	await studyState(page);
	const stored = await readStored(page);
	test.info().annotations.push({
		type: 'rounds',
		description: `${confirmed.length} confirmed, ${unconfirmed} interrupted before confirmation, ${stored.reviews.length} review rows`
	});
	expect(confirmed.length, 'answers the screen confirmed').toBeGreaterThan(0);
	expect(stored.reviews.length).toBeGreaterThanOrEqual(confirmed.length);
	expect(stored.reviews.length).toBeLessThanOrEqual(ROUNDS);
	expectConfirmedInLog(stored, confirmed);
	expectLogExplainsCards(stored);
});
