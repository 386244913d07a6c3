/**
 * Shared steps of the durability tests: answer a card up to (not including)
 * the key that saves it, tell from the screen whether an answer was confirmed,
 * read the card and review tables straight from IndexedDB, and check that the
 * log explains every stored card.
 */
import { expect, type Page } from '@playwright/test';
import { identify, allChoices, BANK_ID, rightAnswer, WRONG_ANSWER } from './bank';
import { RATINGS, readScreen, tabTo, until, waitForCard, type RatingName } from './helpers';
import { normalizeSettings, type Settings } from '$lib/core/settings';
import { cardId, createCard, replayLog, toSchedule } from '$lib/core/srs/scheduler';
import type { Card, ReviewLog } from '$lib/core/srs/types';

/** A card answered up to its last key: `commit` presses the key that saves the answer. */
export interface Pending {
	/** The card as the test recognised it on screen, when it could. */
	cardId?: string;
	questionId?: string;
	commit: () => Promise<void>;
}

/** What the test saw of one answer. */
export interface Observed {
	label: string;
	cardId?: string;
	questionId?: string;
	/** Wall-clock bounds: the answer was saved after `from` and shown as saved before `to`. */
	from: number;
	to: number;
}

const ratingKey = (rating: RatingName) => String(RATINGS.indexOf(rating) + 1);

const hasButton = (buttons: { name: string; disabled: boolean }[], name: string) => buttons.some((b) => b.name === name && !b.disabled);

/**
 * Answers the card on screen by keyboard up to the point where one more key
 * saves it: a self-graded card is revealed, an auto-graded one answered (wrong
 * for every other card); `commit` then presses `rating`. Null when the session is over.
 */
export async function answerUpToCommit(page: Page, rating: RatingName, wrong = false): Promise<Pending | null> {
	const { kind, screen } = await waitForCard(page);
	if (kind === 'done') return null;
	const known = allChoices();
	const choices = screen.buttons.filter((b) => !b.disabled && known.has(b.name)).map((b) => b.name);
	const question = identify(['flashcard', 'cloze', 'mcq', 'truefalse', 'short'], screen.text, choices);
	const ids = question ? { cardId: cardId(BANK_ID, question.fact), questionId: question.id } : {};

	if (kind === 'reveal') {
		await page.keyboard.press('Space');
		await until('the rating buttons', async () => hasButton((await readScreen(page)).buttons, 'Again'));
		return { ...ids, commit: () => page.keyboard.press(ratingKey(rating)) };
	}
	if (kind === 'choice') await page.keyboard.press(wrong ? '2' : '1');
	else if (kind === 'truefalse') await page.keyboard.press(wrong ? 'f' : 't');
	else {
		await tabTo(page, page.getByRole('textbox', { name: 'Your answer' }));
		await page.keyboard.type(question && !wrong ? rightAnswer(question) : WRONG_ANSWER);
		await page.keyboard.press('Enter');
	}
	await until('the graded answer', async () => hasButton((await readScreen(page)).buttons, 'Continue'));
	// Once the answer is shown, a rating key saves it at once, on every card type.
	return { ...ids, commit: () => page.keyboard.press(ratingKey(rating)) };
}

/** The study screen's phase as the DOM shows it right now, and any notice on it. */
export interface StudyState {
	phase: 'answered' | 'question' | 'done' | 'error' | 'loading';
	notice: string | null;
	error: string | null;
}

/** Reads the study screen in one step inside the page, so nothing changes between its parts. */
export function studyState(page: Page): Promise<StudyState> {
	return page.evaluate((): StudyState => {
		const main = document.querySelector('main') ?? document.body;
		const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
		const buttons = [...main.querySelectorAll('button')].filter((b) => !b.disabled).map((b) => text(b) ?? '');
		const notices = [...main.querySelectorAll('[role="status"]')].map(text).filter((t) => t && !t.startsWith('Loading'));
		const error = text(main.querySelector('[role="alert"]'));
		const answered = !!main.querySelector('[aria-label="Rate your recall"]') || buttons.includes('Continue');
		const done = [...main.querySelectorAll('h2')].some((h) => text(h) === 'All done for today');
		const question =
			buttons.some((b) => b.endsWith('Show answer') || /True$/.test(b)) ||
			!!main.querySelector('input#answer-box:not([readonly])') ||
			!!main.querySelector('ol.choices button:not([disabled])');
		const phase = error ? 'error' : answered ? 'answered' : done ? 'done' : question ? 'question' : 'loading';
		return { phase, notice: notices[0] ?? null, error };
	});
}

/** The stored cards of a bank, its review log (id order) and the settings, straight from IndexedDB. */
export interface Stored {
	cards: Card[];
	reviews: (ReviewLog & { id: number })[];
	settings: Settings;
}

/** Reads the app's database without going through the app. */
export async function readStored(page: Page, bankId: string = BANK_ID): Promise<Stored> {
	const raw = await page.evaluate(async (bank) => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const db = await request(indexedDB.open('factdeck'));
		try {
			const tx = db.transaction(['banks', 'questionPages', 'cards', 'reviews', 'settings'], 'readonly');
			const [row, pages, rows, reviews, learner] = await Promise.all([
				request(tx.objectStore('banks').get(bank)),
				request(tx.objectStore('questionPages').getAll(IDBKeyRange.bound([bank], [bank, []]))),
				request(tx.objectStore('cards').getAll()),
				request(tx.objectStore('reviews').getAll()),
				request(tx.objectStore('settings').get('learner'))
			]);
			const stored = (rows as { bankId: string }[]).filter((c) => c.bankId === bank);
			// Where each fact is first tested: a New card never studied has no row (version 8), and is made from these below.
			const firsts = (pages as { page: number; questions: { fact: string }[]; firsts: number[] }[]).flatMap((p) =>
				p.firsts.map((i) => ({ fact: p.questions[i].fact, order: p.page * 500 + i }))
			);
			return {
				stored,
				firsts,
				addedAt: (row as { addedAt: Date }).addedAt,
				reviews: (reviews as { bankId: string }[]).filter((r) => r.bankId === bank),
				settings: (learner as { value?: unknown } | undefined)?.value ?? null
			};
		} finally {
			db.close();
		}
	}, bankId);
	const stored = raw.stored as unknown as Card[];
	const ids = new Set(stored.map((c) => c.id));
	const implicit = raw.firsts.filter(({ fact }) => !ids.has(cardId(bankId, fact))).map(({ fact, order }) => createCard(bankId, fact, order, raw.addedAt));
	return {
		cards: [...stored, ...implicit],
		reviews: raw.reviews as unknown as Stored['reviews'],
		settings: normalizeSettings((raw.settings ?? undefined) as Partial<Settings> | undefined)
	};
}

/**
 * The promises of the review log: no answer stored twice, each answer starts
 * from the state the previous one left, and replaying a card's log gives
 * exactly its stored state (the app answers with fuzz on, which ts-fsrs seeds
 * from the card and the time, so the replay is exact).
 */
export function expectLogExplainsCards(stored: Stored): void {
	const keys = stored.reviews.map((r) => `${r.cardId}@${r.reviewedAt.getTime()}`);
	expect(new Set(keys).size, 'review rows with the same card and time').toBe(keys.length);

	const byCard = new Map<string, Stored['reviews']>();
	for (const review of stored.reviews) byCard.set(review.cardId, [...(byCard.get(review.cardId) ?? []), review]);
	const opts = { retention: stored.settings.retention, fuzz: true };
	for (const card of stored.cards) {
		// In the order saved: ids grow with every answer, whatever the clock says.
		const logs = (byCard.get(card.id) ?? []).sort((a, b) => a.id - b.id);
		byCard.delete(card.id);
		if (logs.length === 0) {
			expect(card.reps, `${card.id} has no log but was studied`).toBe(0);
			continue;
		}
		for (let i = 1; i < logs.length; i++) {
			expect(logs[i].before, `${card.id}: answer ${i} did not start where answer ${i - 1} ended`).toEqual(logs[i - 1].after);
		}
		expect(toSchedule(card), `${card.id}: stored state vs its last log row`).toEqual(logs.at(-1)!.after);
		expect(toSchedule(card), `${card.id}: stored state vs the replay of its log`).toEqual(replayLog(logs[0].before, logs, opts));
	}
	expect([...byCard.keys()], 'review rows of cards that are not stored').toEqual([]);
}

/**
 * Every answer the screen confirmed has its own row in the log: the same card
 * (and question, when known), saved between the key press and the confirmation.
 */
export function expectConfirmedInLog(stored: Stored, confirmed: readonly Observed[]): void {
	const unused = new Set(stored.reviews);
	for (const answer of confirmed) {
		const row = [...unused].find(
			(r) =>
				(answer.cardId === undefined || r.cardId === answer.cardId) &&
				(answer.questionId === undefined || r.questionId === answer.questionId) &&
				r.reviewedAt.getTime() >= answer.from &&
				r.reviewedAt.getTime() <= answer.to
		);
		expect(row, `confirmed answer ${answer.label} (${answer.cardId ?? '?'}) in the review log`).toBeDefined();
		unused.delete(row!);
	}
}
