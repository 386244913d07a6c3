/**
 * A test (quiz) on one bank. The rules are core/quiz/test-mode's; this class
 * holds the current state, ticks the clock for a time limit, keeps the test
 * as open after every answer (so a reload resumes it) and stores the finished
 * attempt. A test never writes cards or the review log.
 */
import type { Bank } from '$lib/core/bank/schema';
import { contentHash } from '$lib/core/bank/hash';
import { makeResult } from '$lib/core/quiz/results';
import {
	answerTest,
	createTest,
	currentItem,
	finishTest,
	isTimeUp,
	remainingMs,
	testScore,
	wrongQuestionIds,
	type TestAnswer,
	type TestOptions,
	type TestState
} from '$lib/core/quiz/test-mode';
import { clearOpenTest, finishAttempt, getOpenTest, saveOpenTest } from '$lib/storage/attempts';
import { downloadText } from '$lib/ui/download';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export class TestSession {
	#bank: Bank;
	#state = $state.raw<TestState | null>(null);
	#now = $state(Date.now());
	#revealed = $state(false);
	#timer: ReturnType<typeof setInterval> | null = null;
	#saved = false;
	#error = $state<string | null>(null);
	#open = $state.raw<TestState | null>(null);
	#endedWhileAway = $state(false);

	constructor(bank: Bank) {
		this.#bank = bank;
	}

	get bank() {
		return this.#bank;
	}
	get state() {
		return this.#state;
	}
	get item() {
		return this.#state ? currentItem(this.#state) : null;
	}
	get finished() {
		return this.#state?.finishedAtMs != null;
	}
	get revealed() {
		return this.#revealed;
	}
	get score() {
		return this.#state ? testScore(this.#state) : null;
	}
	get remainingMs() {
		return this.#state ? remainingMs(this.#state, this.#now) : null;
	}
	get wrongIds() {
		return this.#state ? wrongQuestionIds(this.#state) : [];
	}
	get error() {
		return this.#error;
	}
	/** A test on this bank left halfway, found by `findOpen`, until it is resumed or dropped. */
	get open() {
		return this.#open;
	}
	/** True when a resumed test's time had run out while it was closed. */
	get endedWhileAway() {
		return this.#endedWhileAway;
	}

	/** Looks for a test on this bank left halfway. */
	async findOpen(): Promise<void> {
		try {
			const open = await getOpenTest(this.#bank.id);
			this.#open = open && open.finishedAtMs === null && !this.#state ? open : null;
		} catch {
			this.#open = null; // Unreadable storage: the learner simply starts a new test.
		}
	}

	/**
	 * Goes on with the open test where it stopped: the answers so far, the
	 * question reached and, for a timed test, the time left. The clock kept
	 * running while the page was closed (a time limit is wall time, as on
	 * paper): a test whose time ran out meanwhile ends at its deadline, the
	 * answers given before it marked and the rest counted wrong.
	 */
	resume(): void {
		const open = this.#open;
		if (!open) return;
		this.stop();
		this.#open = null;
		this.#saved = false;
		this.#revealed = false;
		this.#state = open;
		const now = Date.now();
		this.#now = now;
		if (isTimeUp(open, now)) {
			this.#endedWhileAway = true;
			this.#update(finishTest(open, now));
		} else if (open.timeLimitSec !== null) this.#timer = setInterval(() => this.#tick(), 250);
	}

	/** Drops the open test without recording it. */
	async discardOpen(): Promise<void> {
		this.#open = null;
		await clearOpenTest(this.#bank.id).catch(() => undefined);
	}

	/** Starts a test with the teacher's or learner's options. */
	start(options: TestOptions): void {
		this.stop();
		this.#saved = false;
		this.#revealed = false;
		this.#open = null;
		this.#endedWhileAway = false;
		const state = createTest(this.#bank, options, Math.random, Date.now());
		this.#state = state;
		void this.#keepOpen(state);
		if (state.timeLimitSec !== null) this.#timer = setInterval(() => this.#tick(), 250);
	}

	/** Shows the answer of a self-marked question. */
	reveal(): void {
		this.#revealed = true;
	}

	/** Answers the current question and moves on. */
	answer(answer: TestAnswer): void {
		if (!this.#state || this.finished) return;
		this.#revealed = false;
		this.#update(answerTest(this.#state, answer, Date.now()));
	}

	/** Ends the test now; unanswered questions count as wrong. */
	finish(): void {
		if (this.#state && !this.finished) this.#update(finishTest(this.#state, Date.now()));
	}

	/** Downloads the student's result file. */
	exportResult(student: string): void {
		if (!this.#state || !this.finished) return;
		const result = makeResult(this.#bank, this.#state, student);
		const name = result.student.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'student';
		downloadText(`${this.#bank.id}-${name}.result.json`, JSON.stringify(result, null, 2) + '\n');
	}

	/** Stops the clock (leaving the page). */
	stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}

	#tick(): void {
		this.#now = Date.now();
		if (this.#state && !this.finished && isTimeUp(this.#state, this.#now)) this.#update(finishTest(this.#state, this.#now));
	}

	#update(next: TestState): void {
		this.#state = next;
		if (next.finishedAtMs !== null) {
			this.stop();
			void this.#store(next);
		} else void this.#keepOpen(next);
	}

	async #keepOpen(state: TestState): Promise<void> {
		try {
			await saveOpenTest(state);
		} catch (err) {
			this.#error = `This test cannot be resumed if the page closes: ${storageTrouble.describe(err)}`;
		}
	}

	async #store(state: TestState): Promise<void> {
		if (this.#saved) return;
		this.#saved = true;
		const score = testScore(state);
		try {
			await finishAttempt({
				bankId: this.#bank.id,
				bankHash: contentHash(this.#bank),
				startedAt: new Date(state.startedAtMs),
				finishedAt: new Date(state.finishedAtMs ?? state.startedAtMs),
				score: { correct: score.correct, total: score.total },
				durationMs: score.durationMs,
				state
			});
		} catch (err) {
			this.#error = `This attempt could not be saved: ${storageTrouble.describe(err)}`;
		}
	}
}
