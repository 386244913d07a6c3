import { expect, test, type Page } from '@playwright/test';
import {
	answerUpToCommit,
	expectConfirmedInLog,
	expectLogExplainsCards,
	readStored,
	studyState,
	type Observed,
	type Pending,
	type StudyState
} from './durability';
import { STUDY_PATH, until, waitForCard, type RatingName } from './helpers';

interface Outcome extends Observed {
	tab: string;
	saved: boolean;
}

/** Waits until the tab has left the answered card, and says how it ended. */
async function settle(page: Page): Promise<StudyState> {
	return until('the answer to be saved or refused', async () => {
		const state = await studyState(page);
		return state.phase !== 'answered' && state.phase !== 'loading' && state;
	});
}

/** The answer after its saving key: saved (the tab moved on) or refused with the other-tab message. */
async function outcome(tab: string, page: Page, pending: Pending, from: number, label: string): Promise<Outcome> {
	const state = await settle(page);
	expect(state.error, `${label}: no error in ${tab}`).toBeNull();
	expect(['question', 'done'], `${label}: ${tab} shows the next card`).toContain(state.phase);
	if (state.notice !== null) expect(state.notice, `${label}: the message in ${tab}`).toMatch(/another tab/i);
	return { tab, label, cardId: pending.cardId, questionId: pending.questionId, from, to: Date.now(), saved: state.notice === null };
}

async function answerIn(tab: string, page: Page, rating: RatingName, label: string): Promise<Outcome> {
	const pending = await answerUpToCommit(page, rating);
	expect(pending, `${label}: a card in ${tab}`).not.toBeNull();
	const from = Date.now();
	await pending!.commit();
	return outcome(tab, page, pending!, from, label);
}

test('two tabs on one bank: no answer is lost, and one given to a card the other tab answered is refused with a message', async ({ context }) => {
	test.setTimeout(120_000);
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(STUDY_PATH);
	await waitForCard(a);
	await b.goto(STUDY_PATH);
	await waitForCard(b);
	const outcomes: Outcome[] = [];

	// Alternately: each tab answers the card it shows, which the other tab has often answered already.
	const ratings: RatingName[] = ['Good', 'Again', 'Hard', 'Good', 'Easy', 'Again', 'Good', 'Hard', 'Good', 'Again'];
	for (const [i, rating] of ratings.entries()) {
		const [tab, page] = i % 2 === 0 ? ['A', a] : ['B', b];
		outcomes.push(await answerIn(tab, page, rating, `alternate ${i}`));
	}
	// Both tabs opened on the first new card: A's answer stands and B's is refused, with a message.
	expect(outcomes.slice(0, 2).map((o) => o.saved)).toEqual([true, false]);

	// At the same time: both tabs ready to save, then both saving keys at once.
	for (let i = 0; i < 8; i++) {
		const label = `together ${i}`;
		const pendingA = await answerUpToCommit(a, i % 2 ? 'Good' : 'Again');
		const pendingB = await answerUpToCommit(b, i % 3 ? 'Hard' : 'Good');
		expect(pendingA && pendingB, `${label}: a card in both tabs`).toBeTruthy();
		const from = Date.now();
		await Promise.all([pendingA!.commit(), pendingB!.commit()]);
		const both = [await outcome('A', a, pendingA!, from, label), await outcome('B', b, pendingB!, from, label)];
		outcomes.push(...both);
		if (pendingA!.cardId !== undefined && pendingA!.cardId === pendingB!.cardId) {
			// The same card in both tabs: exactly one answer may count.
			expect(
				both.filter((o) => o.saved),
				`${label}: saved answers to ${pendingA!.cardId}`
			).toHaveLength(1);
		}
	}

	// Undo in one tab makes the other tab's view of that card current again, and vice versa.
	await settle(a);
	await b.reload();
	await waitForCard(b);
	// The answer A takes back is not counted: it must leave the log.
	const undone = await answerIn('A', a, 'Good', 'undone in A');
	expect(undone.saved).toBe(true);
	await a.keyboard.press('Control+z');
	expect((await settle(a)).notice, 'undo in A').toBeNull();
	const fromB = await answerIn('B', b, 'Good', 'B after undo in A');
	expect(fromB.saved, 'B answers a card whose answer A took back').toBe(true);
	outcomes.push(fromB);
	const late = await answerIn('A', a, 'Hard', 'A after B');
	const sameCard = late.cardId !== undefined && late.cardId === fromB.cardId && undone.cardId === fromB.cardId;
	if (sameCard) expect(late.saved, 'A answers the card B just answered').toBe(false);
	outcomes.push(late);

	const saved = outcomes.filter((o) => o.saved);
	test.info().annotations.push({
		type: 'answers',
		description: `${saved.length} saved, ${outcomes.length - saved.length} refused as stale; undo scenario on one card: ${sameCard}`
	});
	const stored = await readStored(a);
	expect(stored.reviews.length, 'review rows: exactly the answers the tabs confirmed').toBe(saved.length);
	expectConfirmedInLog(stored, saved);
	expectLogExplainsCards(stored);
});
