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
import { keyAction, type KeyInput, type SessionPhase } from '$lib/core/quiz/keys';
import type { Verdict } from '$lib/core/quiz/grade';
import type { Settings } from '$lib/core/settings';
import { chooseQuestion, type AnswerMode } from '$lib/core/srs/format-choice';
import { nextFromHead } from '$lib/core/srs/queue';
import type { Card, QueueCounts, Rating } from '$lib/core/srs/types';
import { gatherQueueHead, questionsForFact } from '$lib/storage/queue';
import { getBankMeta } from '$lib/storage/bank-read';
import { getSettings } from '$lib/storage/settings';
import { whenIdle } from '$lib/app/idle';
import { ensureShippedBanks } from '$lib/library/shipped';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

type Answering = typeof import('./answering');
let answering: Answering | null = null;
let loading: Promise<Answering> | null = null;

/** The answering module is fetched when the browser is idle after a card shows, or this long after at most. */
const ANSWERING_WAIT_MS = 1000;

/** The answering module, fetched once; later calls get the same one. */
function loadAnswering(): Promise<Answering> {
	loading ??= import('./answering').then(
		(module) => (answering = module),
		(err) => {
			loading = null; // a failed fetch (offline before the cache filled) is tried again on the next answer
			throw err;
		}
	);
	return loading;
}

/** The card on screen and the question chosen to ask it. */
export interface Shown {
	card: Card;
	question: Question;
	mode: AnswerMode;
	shownAt: number;
}

interface UndoEntry {
	logId: number;
	shown: Shown;
}

export type Scope = { bankId?: string };

export class StudySession {
	#scope: Scope;
	#settings: Settings | null = null;
	#busy = false;
	#phase = $state<SessionPhase>('loading');
	#shown = $state.raw<Shown | null>(null);
	#verdict = $state.raw<Verdict | null>(null);
	#given = $state<string | null>(null);
	#rating = $state<Rating | null>(null);
	#intervals = $state.raw<Record<Rating, string> | null>(null);
	#counts = $state.raw<QueueCounts>({ new: 0, learning: 0, review: 0 });
	#history = $state.raw<UndoEntry[]>([]);
	#dueTomorrow = $state<number | null>(null);
	#error = $state<string | null>(null);
	#notice = $state<string | null>(null);
	#title = $state<string | null>(null);

	constructor(scope: Scope) {
		this.#scope = scope;
	}

	get phase() { return this.#phase; }
	get shown() { return this.#shown; }
	get verdict() { return this.#verdict; }
	get given() { return this.#given; }
	get rating() { return this.#rating; }
	get intervals() { return this.#intervals; }
	get counts() { return this.#counts; }
	get canUndo() { return this.#history.length > 0; }
	get dueTomorrow() { return this.#dueTomorrow; }
	get error() { return this.#error; }
	get notice() { return this.#notice; }
	/** The bank's title, or null when studying all banks. */
	get title() { return this.#title; }
	/** Choice and typed answers grade themselves; reveal cards are graded by the learner. */
	get autoGraded() { return this.#shown !== null && this.#shown.mode !== 'reveal'; }

	/** Loads settings and the first card. */
	async start(): Promise<void> {
		await this.#guard(async () => {
			await ensureShippedBanks();
			// Read together: each is a transaction of its own, and the first card waits for both.
			const { bankId } = this.#scope;
			const [bank, settings] = await Promise.all([bankId ? getBankMeta(bankId) : null, getSettings()]);
			if (bankId) {
				if (!bank) throw new Error(`There is no bank "${bankId}" on this device.`);
				this.#title = bank.title;
			}
			this.#settings = settings;
			await this.#advance();
		});
	}

	/** Shows the answer of a self-graded card. */
	reveal(): void {
		if (this.#phase !== 'question' || this.#shown?.mode !== 'reveal') return;
		this.#answered(null, null, null);
	}

	/** Answers a multiple-choice card with the choice at `index`. */
	answerChoice(index: number): void {
		const shown = this.#shown;
		const choice = shown?.question.choices?.[index];
		if (this.#phase !== 'question' || shown?.mode !== 'choice' || choice === undefined) return;
		this.#graded((grading) => grading.gradeChoice(choice, shown.question), choice);
	}

	/** Answers a true/false card. */
	answerTrueFalse(value: boolean): void {
		const shown = this.#shown;
		if (this.#phase !== 'question' || shown?.mode !== 'truefalse') return;
		this.#graded((grading) => grading.gradeTrueFalse(value, shown.question), value ? 'True' : 'False');
	}

	/** Answers a typed card. */
	answerTyped(text: string): void {
		const shown = this.#shown;
		if (this.#phase !== 'question' || shown?.mode !== 'typed') return;
		this.#graded((grading) => grading.gradeTyped(text, shown.question), text);
	}

	/** A rating button: rates a self-graded card at once; changes the preselected rating of an auto-graded one. */
	async rate(rating: Rating): Promise<void> {
		if (this.#phase !== 'answered') return;
		if (this.autoGraded) this.#rating = rating;
		else await this.#commit(rating);
	}

	/** Goes on from an auto-graded answer with the selected rating. */
	async continue(): Promise<void> {
		if (this.#phase === 'answered' && this.autoGraded && this.#rating) await this.#commit(this.#rating);
	}

	/** Takes back the last answer: its log entry is removed and the card shown again exactly as it was. */
	async undo(): Promise<void> {
		const last = this.#history.at(-1);
		if (!last || this.#busy) return;
		await this.#guard(async () => {
			const { undoAnswer } = await loadAnswering();
			const card = await undoAnswer(last.logId);
			this.#history = this.#history.slice(0, -1);
			this.#show({ ...last.shown, card, shownAt: Date.now() });
			this.#counts = (await gatherQueueHead(this.#scope, new Date(), this.#settings!)).counts;
		});
	}

	/** Routes a key press (see core/quiz/keys); returns true when it was used. */
	handleKey(input: KeyInput): boolean {
		const action = keyAction(input, this.#phase, this.#shown?.mode ?? null, this.autoGraded);
		if (!action) return false;
		if (action.kind === 'reveal') this.reveal();
		else if (action.kind === 'choose') this.answerChoice(action.index);
		else if (action.kind === 'truefalse') this.answerTrueFalse(action.value);
		else if (action.kind === 'rate') void this.rate(action.rating);
		else if (action.kind === 'continue') void this.continue();
		else void this.undo();
		return true;
	}

	/** Grades an answer with the answering module: at once when it is loaded (nearly always), else once it is. */
	#graded(grade: (grading: Answering) => Verdict, given: string): void {
		const settle = (grading: Answering) => {
			const verdict = grade(grading);
			this.#answered(verdict, given, grading.autoRating(verdict));
		};
		if (answering) {
			settle(answering);
			return;
		}
		const shown = this.#shown;
		loadAnswering().then(
			(loaded) => {
				// Another answer to the same card may have been graded meanwhile: the first one counts.
				if (this.#shown === shown && this.#phase === 'question') settle(loaded);
			},
			(err) => this.#fail(err)
		);
	}

	#answered(verdict: Verdict | null, given: string | null, rating: Rating | null): void {
		const shown = this.#shown!;
		const answeredAt = new Date();
		this.#verdict = verdict;
		this.#given = given;
		this.#rating = rating;
		this.#phase = 'answered';
		// The scheduler is almost always loaded by now; if not, the buttons' intervals follow when it is.
		if (answering) this.#intervals = this.#intervalsOf(answering, shown.card, answeredAt);
		else {
			loadAnswering().then(
				(loaded) => {
					if (this.#shown === shown && this.#phase === 'answered') this.#intervals = this.#intervalsOf(loaded, shown.card, answeredAt);
				},
				(err) => this.#fail(err)
			);
		}
	}

	#intervalsOf(loaded: Answering, card: Card, now: Date): Record<Rating, string> {
		const outcomes = loaded.previewOutcomes(card, now, this.#options());
		return { 1: outcomes[1].interval, 2: outcomes[2].interval, 3: outcomes[3].interval, 4: outcomes[4].interval };
	}

	async #commit(rating: Rating): Promise<void> {
		const shown = this.#shown;
		if (!shown || this.#busy) return;
		await this.#guard(async () => {
			const { answerCard, askPersistenceOnce, saveAnswer } = await loadAnswering();
			const now = new Date();
			const { card, log } = answerCard(shown.card, rating, now, this.#options(), shown.question.id, now.getTime() - shown.shownAt);
			const logId = await saveAnswer(card, log);
			this.#history = [...this.#history, { logId, shown }];
			void askPersistenceOnce();
			await this.#advance();
		});
	}

	async #advance(): Promise<void> {
		const settings = this.#settings!;
		const head = await gatherQueueHead(this.#scope, new Date(), settings);
		this.#counts = head.counts;
		const card = nextFromHead(head, Math.random);
		if (!card) {
			this.#shown = null;
			const { countDueTomorrow } = await loadAnswering();
			this.#dueTomorrow = await countDueTomorrow(this.#scope, new Date(), settings);
			this.#phase = 'done';
			return;
		}
		const questions = await questionsForFact(card.bankId, card.fact);
		if (questions.length === 0) throw new Error(`The card "${card.fact}" has no questions left.`);
		const { question, mode } = chooseQuestion(card, questions, Math.random);
		this.#show({ card, question, mode, shownAt: Date.now() });
	}

	#show(shown: Shown): void {
		// Once this card is on screen, fetch what answering it needs while the learner reads it
		// (an answer given sooner fetches it at once: see #graded and #commit).
		if (!answering) whenIdle(() => void loadAnswering().catch(() => {}), 0, ANSWERING_WAIT_MS);
		this.#shown = shown;
		this.#verdict = null;
		this.#given = null;
		this.#rating = null;
		this.#intervals = null;
		this.#phase = 'question';
	}

	#options() {
		return { retention: this.#settings!.retention, fuzz: true };
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
		this.#error = storageTrouble.describe(err);
		this.#phase = 'error';
	}
}
