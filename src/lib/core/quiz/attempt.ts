/** A finished test as the learner's history keeps it. */
import type { TestState } from './test-mode';

/** A finished test. It records what was asked and answered; it never touches cards or the review log. */
export interface Attempt {
	/** `${bankId}\u0000${startedAt ms}` (see attemptId): saving the same test twice stores it once. */
	id: string;
	bankId: string;
	/** The bank's content hash when the test was taken: a later edit makes old attempts another version. */
	bankHash: string;
	startedAt: Date;
	finishedAt: Date;
	score: { correct: number; total: number };
	durationMs: number;
	/** The whole test as plain data, so its review screen can be shown again later. */
	state: TestState;
	student?: string;
}
