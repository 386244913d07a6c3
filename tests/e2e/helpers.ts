/**
 * Shared steps of the browser tests: read the study screen through its
 * accessibility tree (names, pressed states), and answer whichever card is
 * shown with the keyboard alone, as the spec's shortcuts say.
 */
import type { Locator, Page } from '@playwright/test';
import { allChoices, BANK_TITLE, identify, rightAnswer, WRONG_ANSWER, type SeedQuestion } from './bank';
import { studyRegion } from './probes';

export { BANK_ID, BANK_TITLE, STUDY_PATH } from './bank';
export { cardText, countsText, lastReview, reviewCount, waitForOfflineReady } from './probes';

export const RATINGS = ['Again', 'Hard', 'Good', 'Easy'] as const;
export type RatingName = (typeof RATINGS)[number];
export type CardKind = 'reveal' | 'choice' | 'truefalse' | 'typed';

const isRating = (name: string): name is RatingName => (RATINGS as readonly string[]).includes(name);
const CONTROLS = new Set(['Show answer', ...RATINGS, 'Undo', 'Continue', 'True', 'False', 'Study', 'Study all', 'Reload']);

interface ScreenButton {
	name: string;
	pressed: boolean;
	disabled: boolean;
}

export interface Screen {
	buttons: ScreenButton[];
	textbox: boolean;
	text: string;
	done: boolean;
}

/** What one answer did: the card kind, the question if recognised, and the ratings seen. */
export interface Answered {
	kind: CardKind;
	question?: SeedQuestion;
	/** The rating the app should have preselected, when the test knows. */
	expected?: RatingName;
	/** The rating buttons shown pressed right after an auto-graded answer. */
	preselected: RatingName[];
}

/** The library's entry for the seed bank: an article (or list item) headed by its title. */
export function bankEntry(page: Page): Locator {
	return page
		.getByRole('article')
		.or(page.getByRole('listitem'))
		.filter({ has: page.getByRole('heading', { name: BANK_TITLE, exact: true }) })
		.first();
}

/** A control by its exact accessible name, whether the app made it a link or a button. */
export function control(scope: Page | Locator, name: string): Locator {
	return scope.getByRole('link', { name, exact: true }).or(scope.getByRole('button', { name, exact: true }));
}

/** Polls `probe` until it returns something truthy. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeout = 10_000): Promise<T> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

function unquote(raw: string): string {
	try {
		return JSON.parse(`"${raw}"`) as string;
	} catch {
		return raw;
	}
}

/** The study screen as a screen reader sees it. */
export async function readScreen(page: Page): Promise<Screen> {
	const region = await studyRegion(page);
	const snapshot = await region.ariaSnapshot();
	const buttons = [...snapshot.matchAll(/^\s*- button "((?:[^"\\]|\\.)*)"(.*)$/gm)].map((m) => ({
		name: unquote(m[1]),
		pressed: m[2].includes('[pressed]'),
		disabled: m[2].includes('[disabled]')
	}));
	const text = (await region.innerText()).replace(/\s+/g, ' ').trim();
	return { buttons, textbox: /^\s*- textbox "Your answer"/m.test(snapshot), text, done: text.includes('All done for today') };
}

const has = (screen: Screen, name: string) => screen.buttons.some((b) => b.name === name && !b.disabled);

/** The mcq choices on screen, in the order keys 1-4 pick them. */
function choicesOn(screen: Screen): string[] {
	const known = allChoices();
	return screen.buttons.filter((b) => !b.disabled && (known.size > 0 ? known.has(b.name) : !CONTROLS.has(b.name))).map((b) => b.name);
}

function kindOf(screen: Screen): CardKind | null {
	if (has(screen, 'Show answer')) return 'reveal';
	if (screen.textbox) return 'typed';
	if (has(screen, 'True') && has(screen, 'False')) return 'truefalse';
	if (choicesOn(screen).length >= 2) return 'choice';
	return null;
}

/** Waits for a card ready to answer (or the end of the session) and says which. */
export async function waitForCard(page: Page, timeout = 15_000): Promise<{ kind: CardKind | 'done'; screen: Screen }> {
	return until(
		'a card to answer',
		async () => {
			const screen = await readScreen(page);
			if (screen.done) return { kind: 'done' as const, screen };
			const kind = kindOf(screen);
			return kind && { kind, screen };
		},
		timeout
	);
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
	for (let i = 0; i <= max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with the Tab key`);
}

const ratingKey = (rating: RatingName) => String(RATINGS.indexOf(rating) + 1);
const onAnsweredCard = (screen: Screen) => has(screen, 'Continue') || RATINGS.some((r) => has(screen, r));

/** Answers the card shown by keyboard alone: right or wrong, then `rating` (or the app's own) and on. */
export async function answerCard(page: Page, options: { correct?: boolean; rating?: RatingName } = {}): Promise<Answered> {
	const correct = options.correct ?? true;
	const { kind, screen } = await waitForCard(page);
	if (kind === 'done') throw new Error('the session ended: no card to answer');

	if (kind === 'reveal') {
		await page.keyboard.press('Space');
		await until('the rating buttons', async () => has(await readScreen(page), 'Again'));
		await page.keyboard.press(ratingKey(options.rating ?? 'Good'));
		await until('the next card', async () => !onAnsweredCard(await readScreen(page)));
		return { kind, preselected: [] };
	}

	let question: SeedQuestion | undefined;
	let expected: RatingName | undefined;
	if (kind === 'choice') {
		const choices = choicesOn(screen).slice(0, 4);
		question = identify(['mcq'], screen.text, choicesOn(screen));
		let index = 0;
		if (question) {
			const right = choices.indexOf(String(question.answer));
			index = correct ? Math.max(right, 0) : choices.findIndex((c) => c !== question?.answer);
			expected = choices[index] === question.answer ? 'Good' : 'Again';
		}
		await page.keyboard.press(String(index + 1));
	} else if (kind === 'truefalse') {
		question = identify(['truefalse'], screen.text);
		const value = question ? (question.answer === true) === correct : true;
		if (question) expected = value === question.answer ? 'Good' : 'Again';
		await page.keyboard.press(value ? 't' : 'f');
	} else {
		question = identify(['short', 'cloze', 'flashcard'], screen.text);
		const typed = question && correct ? rightAnswer(question) : WRONG_ANSWER;
		if (question || !correct) expected = correct ? 'Good' : 'Again';
		await tabTo(page, page.getByRole('textbox', { name: 'Your answer' }));
		await page.keyboard.type(typed);
		await page.keyboard.press('Enter');
	}

	const answered = await until('the graded answer and Continue', async () => {
		const now = await readScreen(page);
		return has(now, 'Continue') && now;
	});
	const preselected = answered.buttons.filter((b) => b.pressed && isRating(b.name)).map((b) => b.name as RatingName);
	if (options.rating && options.rating !== preselected[0]) {
		await page.keyboard.press(ratingKey(options.rating));
		const rating = options.rating;
		// Changing the rating may go on at once or wait for Enter; either is allowed.
		await until(`${rating} to be chosen`, async () => {
			const now = await readScreen(page);
			return !has(now, 'Continue') || now.buttons.some((b) => b.name === rating && b.pressed);
		});
	}
	if (has(await readScreen(page), 'Continue')) await page.keyboard.press('Enter');
	await until('the next card', async () => !onAnsweredCard(await readScreen(page)));
	return { kind, question, expected, preselected };
}

/** Answers the test question shown, whatever its kind: the first choice, True, a wrong text, or a flashcard marked wrong. */
export async function answerTestQuestion(page: Page): Promise<void> {
	const mode = await page.locator('[data-mode]').getAttribute('data-mode');
	if (mode === 'choice') await page.locator('ol.choices button').first().click();
	else if (mode === 'truefalse') await page.getByRole('button', { name: /True/ }).click();
	else if (mode === 'typed') {
		await page.getByLabel('Your answer').fill('nothing like it');
		await page.keyboard.press('Enter');
	} else throw new Error(`a test asked a question only the learner could mark (${mode}): flashcards are left out of tests`);
}
