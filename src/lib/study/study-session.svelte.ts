/**
 * One study session: which card is shown, how it was answered, and the undo
 * history. Scheduling comes from core/srs, grading from core/quiz, writes go
 * through storage in one transaction per answer; this class only sequences them.
 *
 * Showing a card needs only storage reads and the queue; grading, the
 * scheduler (ts-fsrs) and the answer writes (answering.ts) are needed once the
 * card is answered, so they are fetched when the browser is idle after it.
 */
import type { Question } from '$lib/core/bank/schema';
import { keyAction, type KeyAction, type KeyInput, type SessionPhase } from '$lib/core/quiz/keys';
import type { Verdict } from '$lib/core/quiz/grade';
import type { PickedAnswer } from '$lib/core/quiz/grade-kinds';
import type { Settings } from '$lib/core/settings';
import { chooseQuestion, type AnswerMode } from '$lib/core/srs/format-choice';
import { nextFromHead } from '$lib/core/srs/queue';
import { Rating, type Card, type QueueCounts } from '$lib/core/srs/types';
import type { FirstCard } from '$lib/storage/first-card';
import type { Scope } from '$lib/storage/queue';
import { whenIdle } from '$lib/app/idle';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';
import { realDeps, type Answering, type SessionDeps } from './session-deps';

/** The card on screen and the question chosen to ask it. */
export interface Shown {
	card: Card;
	question: Question;
	mode: AnswerMode;
	shownAt: number;
}

/** How a shown card was answered; `verdict` and `given` are null for a revealed card. */
export interface Answer {
	verdict: Verdict | null;
	given: string | null;
	rating: Rating | null;
	/** The interval each rating button leads to; null until the scheduler has arrived. */
	intervals: Record<Rating, string> | null;
}

/** Where the session stands, with what exists at that point and nothing else. */
export type SessionState =
	| { phase: 'loading' }
	| { phase: 'question'; shown: Shown }
	| { phase: 'answered'; shown: Shown; answer: Answer }
	| { phase: 'done'; dueTomorrow: number }
	| { phase: 'error'; error: string };

/** The answering module is fetched when the browser is idle after a card shows, or this long after at most. */
const ANSWERING_WAIT_MS = 1000;

interface UndoEntry {
	logId: number;
	shown: Shown;
}

export class StudySession {
	#scope: Scope;
	#deps: SessionDeps;
	#settings: Settings | null = null;
	#busy = false;
	#state = $state.raw<SessionState>({ phase: 'loading' });
	#counts = $state.raw<QueueCounts>({ new: 0, learning: 0, review: 0 });
	#history = $state.raw<UndoEntry[]>([]);
	#notice = $state<string | null>(null);
	#title = $state<string | null>(null);

	constructor(scope: Scope, deps: Partial<SessionDeps> = {}) {
		this.#scope = scope;
		this.#deps = { ...realDeps, ...deps };
	}

	get state(): SessionState {
		return this.#state;
	}
	get phase(): SessionPhase {
		return this.#state.phase;
	}
	get shown() {
		return 'shown' in this.#state ? this.#state.shown : null;
	}
	get verdict() {
		return this.#answer?.verdict ?? null;
	}
	get given() {
		return this.#answer?.given ?? null;
	}
	get rating() {
		return this.#answer?.rating ?? null;
	}
	get intervals() {
		return this.#answer?.intervals ?? null;
	}
	get counts() {
		return this.#counts;
	}
	get canUndo() {
		return this.#history.length > 0;
	}
	get dueTomorrow() {
		return this.#state.phase === 'done' ? this.#state.dueTomorrow : null;
	}
	get error() {
		return this.#state.phase === 'error' ? this.#state.error : null;
	}
	get notice() {
		return this.#notice;
	}
	/** The bank's title, or null when studying all banks. */
	get title() {
		return this.#title;
	}
	/** Choice and typed answers grade themselves; reveal cards are graded by the learner. */
	get autoGraded() {
		return this.shown !== null && this.shown.mode !== 'reveal';
	}

	get #answer(): Answer | null {
		return this.#state.phase === 'answered' ? this.#state.answer : null;
	}

	/** Loads settings and the first card; only the first call does anything. */
	async start(): Promise<void> {
		if (this.#settings || this.#busy) return;
		await this.#guard(async () => {
			const { storage, now, rng } = this.#deps;
			const { bankId } = this.#scope;
			const first = await storage.firstCard(this.#scope, now(), rng);
			if (bankId) {
				if (!first.bank) throw new Error(`There is no bank "${bankId}" on this device.`);
				this.#title = first.bank.title;
			}
			this.#settings = first.settings;
			await this.#present(first);
		});
	}

	/** Shows the answer of a self-graded card. */
	reveal(): void {
		const state = this.#state;
		if (state.phase !== 'question' || state.shown.mode !== 'reveal') return;
		this.#answered(state.shown, null, null, null);
	}

	/** Answers a multiple-choice card with the choice at `index`. */
	answerChoice(index: number): void {
		const state = this.#state;
		if (state.phase !== 'question' || state.shown.mode !== 'choice') return;
		const choice = state.shown.question.choices?.[index];
		if (choice === undefined) return;
		this.#graded(state.shown, (grading) => grading.gradeChoice(choice, state.shown.question), choice);
	}

	/** Answers a true/false card. */
	answerTrueFalse(value: boolean): void {
		const state = this.#state;
		if (state.phase !== 'question' || state.shown.mode !== 'truefalse') return;
		this.#graded(state.shown, (grading) => grading.gradeTrueFalse(value, state.shown.question), value ? 'True' : 'False');
	}

	/** Answers a typed card. */
	answerTyped(text: string): void {
		const state = this.#state;
		if (state.phase !== 'question' || state.shown.mode !== 'typed') return;
		this.#graded(state.shown, (grading) => grading.gradeTyped(text, state.shown.question), text);
	}

	/** Answers a choose all that apply or matching card with what was ticked or matched (`given`, as one text). */
	answerPicked(answer: PickedAnswer, given: string): void {
		const state = this.#state;
		if (state.phase === 'question' && state.shown.mode === answer.kind)
			this.#graded(state.shown, (grading) => grading.gradePicked(answer, state.shown.question), given);
	}

	/** "I don't know" on a typed card: shows the answer and counts as a wrong one (Again suggested). */
	dontKnow(): void {
		const state = this.#state;
		if (state.phase !== 'question' || state.shown.mode !== 'typed') return;
		const { question } = state.shown;
		this.#graded(state.shown, (grading) => ({ ...grading.gradeTyped('', question), reason: 'You chose "I don\'t know".' }), '');
	}

	/** A rating button or key 1-4: rates the answer shown at once, whatever was suggested. */
	async rate(rating: Rating): Promise<void> {
		const state = this.#state;
		if (state.phase === 'answered') await this.#commit(state.shown, rating);
	}

	/** Goes on with the suggested rating: the graded one after an auto-graded answer, Good after a flashcard. */
	async continue(): Promise<void> {
		const state = this.#state;
		if (state.phase !== 'answered') return;
		const rating = state.answer.rating ?? (this.autoGraded ? null : Rating.Good);
		if (rating) await this.#commit(state.shown, rating);
	}

	/** Takes back the last answer: its log entry is removed and the card shown again exactly as it was. */
	async undo(): Promise<void> {
		const last = this.#history.at(-1);
		if (!last || this.#busy) return;
		await this.#guard(async () => {
			const { undoAnswer } = await this.#deps.answering.load();
			const card = await undoAnswer(last.logId);
			this.#history = this.#history.slice(0, -1);
			this.#show({ ...last.shown, card, shownAt: this.#deps.now().getTime() });
			this.#counts = (await this.#deps.storage.gatherQueueHead(this.#scope, this.#deps.now(), this.#settings!)).counts;
		});
	}

	/** Routes a key press (see core/quiz/keys); returns what it meant, or null. `help` is left to the page. */
	handleKey(input: KeyInput): KeyAction | null {
		const action = keyAction(input, this.phase, this.shown?.mode ?? null);
		if (!action) return null;
		if (action.kind === 'reveal') this.reveal();
		else if (action.kind === 'choose') this.answerChoice(action.index);
		else if (action.kind === 'truefalse') this.answerTrueFalse(action.value);
		else if (action.kind === 'dontKnow') this.dontKnow();
		else if (action.kind === 'rate') void this.rate(action.rating);
		else if (action.kind === 'continue') void this.continue();
		else if (action.kind === 'undo') void this.undo();
		return action;
	}

	/** Whether `shown` is still the card on screen, in the given phase. */
	#still(shown: Shown, phase: 'question' | 'answered'): boolean {
		return this.#state.phase === phase && this.#state.shown === shown;
	}

	/** Grades an answer with the answering module: at once when it is loaded (nearly always), else once it is. */
	#graded(shown: Shown, grade: (grading: Answering) => Verdict, given: string): void {
		const settle = (grading: Answering) => {
			const verdict = grade(grading);
			this.#answered(shown, verdict, given, grading.autoRating(verdict));
		};
		const loaded = this.#deps.answering.current();
		if (loaded) {
			settle(loaded);
			return;
		}
		this.#deps.answering.load().then(
			(grading) => {
				// Another answer to the same card may have been graded meanwhile: the first one counts.
				if (this.#still(shown, 'question')) settle(grading);
			},
			(err) => this.#fail(err)
		);
	}

	#answered(shown: Shown, verdict: Verdict | null, given: string | null, rating: Rating | null): void {
		const answeredAt = this.#deps.now();
		const loaded = this.#deps.answering.current();
		// The scheduler is almost always loaded by now; if not, the buttons' intervals follow when it is.
		const intervals = loaded ? this.#intervalsOf(loaded, shown.card, answeredAt) : null;
		this.#state = { phase: 'answered', shown, answer: { verdict, given, rating, intervals } };
		if (loaded) return;
		this.#deps.answering.load().then(
			(grading) => {
				const state = this.#state;
				if (state.phase !== 'answered' || !this.#still(shown, 'answered')) return;
				this.#state = { ...state, answer: { ...state.answer, intervals: this.#intervalsOf(grading, shown.card, answeredAt) } };
			},
			(err) => this.#fail(err)
		);
	}

	#intervalsOf(loaded: Answering, card: Card, now: Date): Record<Rating, string> {
		const outcomes = loaded.previewOutcomes(card, now, this.#options());
		return { 1: outcomes[1].interval, 2: outcomes[2].interval, 3: outcomes[3].interval, 4: outcomes[4].interval };
	}

	async #commit(shown: Shown, rating: Rating): Promise<void> {
		if (this.#busy) return;
		await this.#guard(async () => {
			const { answerCard, askPersistenceOnce, saveAnswer } = await this.#deps.answering.load();
			const now = this.#deps.now();
			const { card, log } = answerCard(shown.card, rating, now, this.#options(), shown.question.id, now.getTime() - shown.shownAt);
			const logId = await saveAnswer(card, log);
			this.#history = [...this.#history, { logId, shown }];
			void askPersistenceOnce();
			await this.#advance();
		});
	}

	async #advance(): Promise<void> {
		const { storage, rng, now } = this.#deps;
		const head = await storage.gatherQueueHead(this.#scope, now(), this.#settings!);
		const card = nextFromHead(head, rng);
		await this.#present({ head, card, questions: card ? await storage.questionsForFact(card.bankId, card.fact) : [] });
	}

	/** Shows `card` of `head` as one of its questions, or the end of the session when there is no card. */
	async #present({ head, card, questions }: Pick<FirstCard, 'head' | 'card' | 'questions'>): Promise<void> {
		const { rng, now } = this.#deps;
		this.#counts = head.counts;
		if (!card) {
			const { countDueTomorrow } = await this.#deps.answering.load();
			const dueTomorrow = await countDueTomorrow(this.#scope, now(), this.#settings!);
			this.#state = { phase: 'done', dueTomorrow };
			return;
		}
		if (questions.length === 0) throw new Error(`The card "${card.fact}" has no questions left.`);
		const { question, mode } = chooseQuestion(card, questions, rng);
		this.#show({ card, question, mode, shownAt: now().getTime() });
	}

	#show(shown: Shown): void {
		// Once this card is on screen, fetch what answering it needs while the learner reads it
		// (an answer given sooner fetches it at once: see #graded and #commit).
		const { answering } = this.#deps;
		if (!answering.current()) whenIdle(() => void answering.load().catch(() => {}), 0, ANSWERING_WAIT_MS);
		this.#state = { phase: 'question', shown };
	}

	#options() {
		return { retention: this.#settings!.retention, fuzz: true, params: this.#settings!.fsrsParams };
	}

	/** Runs one step at a time; a failure is shown, never left half-done on screen. */
	async #guard(step: () => Promise<void>): Promise<void> {
		this.#busy = true;
		this.#notice = null;
		try {
			await step();
		} catch (err) {
			if (err instanceof Error && err.name === 'StaleCardError') {
				// Another tab answered this card first: its answer stands; show what is due now.
				this.#notice = 'This card was just answered in another tab; that answer stands and nothing was changed here.';
				await this.#advance().catch((e) => this.#fail(e));
			} else this.#fail(err);
		} finally {
			this.#busy = false;
		}
	}

	#fail(err: unknown): void {
		// Storage trouble (out of space, an upgrade in another tab) gets plain words and its banner.
		this.#state = { phase: 'error', error: storageTrouble.describe(err) };
	}
}
