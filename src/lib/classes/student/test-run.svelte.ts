/**
 * Taking a class test on this device: one question at a time, nothing marked
 * (the device has no key), the time limit counted down when there is one.
 * Submit stores the attempt here first, with the time it was finished, and
 * only then sends it: offline, it waits for the next sync.
 */
import type { AnswerMode } from '$lib/core/srs/format-choice';
import type { SubmitAttempt, TestQuestion } from '$lib/core/classes/protocol';
import { queueClassAttempt, type AssignmentRow, type ClassAttemptRow } from '$lib/storage/class-work';
import { db, type FactdeckDB } from '$lib/storage/db';
import type { ServerApi } from '$lib/sync/api';
import { sendAttempt } from './work';
import { testSettings } from './work-view';

export type Given = string | boolean | null;

/** How a question is answered in a class test: picked, ticked, matched, true/false, or typed (a test never only reveals). */
export function classAnswerMode(question: TestQuestion): AnswerMode {
	if (question.type === 'mcq' && question.choices?.length) return 'choice';
	if (question.type === 'multi' && question.choices?.length) return 'multi';
	if (question.type === 'matching' && question.lefts?.length) return 'matching';
	if (question.type === 'truefalse') return 'truefalse';
	return 'typed';
}

export class ClassTestRun {
	readonly assignment: AssignmentRow;
	readonly questions: TestQuestion[];
	readonly startedAt: number;
	readonly limitMs: number | null;
	index = $state(0);
	answers = $state<Record<string, Given>>({});
	/** The stored attempt once submitted: waiting, then graded (or refused). */
	attempt = $state.raw<ClassAttemptRow | null>(null);
	submitting = $state(false);
	remainingMs = $state<number | null>(null);
	#api: ServerApi;
	#now: () => number;
	#db: FactdeckDB;
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(assignment: AssignmentRow, api: ServerApi, now: () => number = Date.now, database: FactdeckDB = db) {
		this.assignment = assignment;
		const settings = testSettings(assignment.summary);
		// In the server's order: a shuffled test comes shuffled for this student already.
		this.questions = assignment.questions ?? [];
		this.#api = api;
		this.#now = now;
		this.#db = database;
		this.startedAt = now();
		this.limitMs = settings?.timeLimitSec ? settings.timeLimitSec * 1000 : null;
		if (this.limitMs !== null) {
			this.remainingMs = this.limitMs;
			this.#timer = setInterval(() => this.#tick(), 1000);
		}
	}

	get question(): TestQuestion | null {
		return this.questions[this.index] ?? null;
	}
	/** True on the page after the last question, where the answers are checked before submitting. */
	get atEnd(): boolean {
		return this.index >= this.questions.length;
	}
	get answered(): number {
		return this.questions.filter((q) => this.answers[q.id] !== undefined && this.answers[q.id] !== null).length;
	}

	#tick(): void {
		if (this.limitMs === null || this.attempt) return;
		this.remainingMs = Math.max(0, this.limitMs - (this.#now() - this.startedAt));
		// Time is up: what was answered counts, as in the app's own test mode.
		if (this.remainingMs === 0) void this.submit();
	}

	/** Keeps the answer to the current question and moves on. */
	answer(given: Given): void {
		const question = this.question;
		if (!question || this.attempt) return;
		this.answers[question.id] = given;
		this.index += 1;
	}

	/** Goes to a question (or past the last one, to the check before submitting). */
	go(index: number): void {
		if (!this.attempt) this.index = Math.max(0, Math.min(this.questions.length, index));
	}

	/** Stores the attempt on this device, then sends it; offline, it stays waiting for the next sync. */
	async submit(): Promise<void> {
		if (this.attempt || this.submitting) return;
		this.submitting = true;
		this.stop();
		try {
			const sent: SubmitAttempt = {
				id: crypto.randomUUID(),
				startedAt: this.startedAt,
				finishedAt: Math.max(this.startedAt, this.#now()),
				answers: this.questions.map((q) => ({ questionId: q.id, given: this.answers[q.id] ?? null }))
			};
			this.attempt = await queueClassAttempt(this.assignment.id, sent, this.#db);
			this.attempt = await sendAttempt(this.#api, this.attempt, this.#db);
		} finally {
			this.submitting = false;
		}
	}

	/** Stops the clock (leaving the page, or submitted). */
	stop(): void {
		clearInterval(this.#timer);
	}
}
