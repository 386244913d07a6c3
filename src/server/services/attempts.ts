/**
 * Test attempts: marked on the server against the stored bank, stored once by
 * the id the device gave them, and never changed after. The device's finish
 * time decides whether an attempt was in time, so a test finished offline
 * before the deadline counts when it arrives later.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Bank, Question } from '../../lib/core/bank/schema';
import type { GradedAnswer, GradedAttempt, SubmitAttempt, TestSettings } from '../../lib/core/classes/protocol';
import { answerText, gradeTrueFalse } from '../../lib/core/quiz/grade';
import { regradeAnswer } from '../../lib/core/quiz/regrade';
import { responseCredit, sumCredit } from '../../lib/core/quiz/test-mode';
import type { Db } from '../db/open';
import { accounts, classAttempts } from '../db/schema';
import { reachAssignment, type AssignmentRow } from './assignments';
import { Refusal } from './refusal';

/** A device clock this far ahead of the server's is wrong, not early. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

type AttemptRow = typeof classAttempts.$inferSelect;

/** Marks and stores a student's attempt; the same attempt id again returns what was stored. */
export async function submitAttempt(
	db: Db,
	assignmentId: string,
	accountId: string,
	attempt: SubmitAttempt,
	now: Date
): Promise<{ graded: GradedAttempt; created: boolean }> {
	const { assignment, role } = await reachAssignment(db, assignmentId, accountId);
	if (role !== 'student') throw new Refusal(403, 'Only the class’s students take its tests.');
	if (assignment.kind !== 'test') throw new Refusal(409, 'This assignment is for study: it takes no attempts.');
	const settings = assignment.settings as TestSettings;
	const where = and(eq(classAttempts.assignmentId, assignmentId), eq(classAttempts.accountId, accountId));
	const storedAs = (tx: Db) =>
		tx
			.select()
			.from(classAttempts)
			.where(and(where, eq(classAttempts.id, attempt.id)));
	// A retry of a stored attempt needs no lock: a stored attempt never changes.
	const [before] = await storedAs(db);
	if (before) return { graded: shown(before, settings), created: false };
	return db.transaction(async (tx) => {
		// One student's attempts one at a time: two at once cannot both take the last one left.
		await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for('update');
		const [stored] = await storedAs(tx);
		if (stored) return { graded: shown(stored, settings), created: false };

		refuseOutOfTime(settings, attempt, now);
		const [{ n }] = await tx.select({ n: count() }).from(classAttempts).where(where);
		if (n >= settings.attemptsAllowed) {
			throw new Refusal(409, `No attempts left: this test allows ${settings.attemptsAllowed} and all of them are used.`);
		}
		const answers = grade(assignment, settings, attempt);
		// The column holds whole answers; the score shown sums credit (see attemptScore).
		const score = answers.filter((a) => a.correct).length;
		const [row] = await tx
			.insert(classAttempts)
			.values({
				assignmentId,
				accountId,
				id: attempt.id,
				startedAt: attempt.startedAt,
				finishedAt: attempt.finishedAt,
				receivedAt: now,
				answers: attempt.answers,
				graded: answers,
				score,
				maxScore: answers.length
			})
			.returning();
		return { graded: shown(row, settings), created: true };
	});
}

/** Too early, too late, or finished in the future. */
function refuseOutOfTime(settings: TestSettings, attempt: SubmitAttempt, now: Date): void {
	if (attempt.finishedAt > now.getTime() + CLOCK_SKEW_MS) {
		throw new Refusal(400, 'finishedAt is in the future: check the device’s clock.');
	}
	if (settings.opensAt !== undefined && attempt.startedAt < settings.opensAt) {
		throw new Refusal(409, `This attempt started before the test opened at ${new Date(settings.opensAt).toISOString()}.`);
	}
	if (settings.closesAt !== undefined && attempt.finishedAt > settings.closesAt) {
		throw new Refusal(409, `This test closed at ${new Date(settings.closesAt).toISOString()}; the attempt finished after that.`);
	}
}

/** Every question of the test marked with the app's grading; a question left out counts as wrong. */
function grade(assignment: AssignmentRow, settings: TestSettings, attempt: SubmitAttempt): GradedAnswer[] {
	const planned = new Set(settings.questionIds);
	const given = new Map<string, string | boolean | null>();
	for (const answer of attempt.answers) {
		if (!planned.has(answer.questionId)) throw new Refusal(400, `Question "${answer.questionId}" is not in this test.`);
		if (given.has(answer.questionId)) throw new Refusal(400, `Question "${answer.questionId}" is answered twice.`);
		given.set(answer.questionId, answer.given);
	}
	const questions = new Map((assignment.bank as Bank).questions.map((q) => [q.id, q]));
	return settings.questionIds.map((questionId) => {
		const question = questions.get(questionId) as Question;
		const answer = given.get(questionId) ?? null;
		const { correct, credit } = marked(answer, question);
		const graded: GradedAnswer = { questionId, given: answer, correct, answer: answerText(question) };
		return credit > 0 && !correct ? { ...graded, credit } : graded;
	});
}

function marked(given: string | boolean | null, question: Question): { correct: boolean; credit: number } {
	if (given === null) return { correct: false, credit: 0 };
	if (typeof given === 'boolean') return gradeTrueFalse(given, question);
	return regradeAnswer({ questionId: question.id, given, correct: false }, question);
}

/** An attempt's score summing credit, so a half-right answer counts 0.5 (the stored column counts whole answers). */
export function attemptScore(row: AttemptRow): number {
	return sumCredit((row.graded as GradedAnswer[]).map(responseCredit));
}

/** A stored attempt as the student sees it: the key only when the teacher shows answers after. */
export function shown(row: AttemptRow, settings: TestSettings): GradedAttempt {
	const answers = row.graded as GradedAnswer[];
	return {
		id: row.id,
		assignmentId: row.assignmentId,
		score: attemptScore(row),
		maxScore: row.maxScore,
		startedAt: row.startedAt,
		finishedAt: row.finishedAt,
		answers: settings.showAnswers === 'after' ? answers : answers.map(({ answer: _key, ...rest }) => rest)
	};
}

/** The student's own attempts at the assignment, oldest first. */
export async function myAttempts(db: Db, assignmentId: string, accountId: string): Promise<GradedAttempt[]> {
	const { assignment, role } = await reachAssignment(db, assignmentId, accountId);
	if (role !== 'student') throw new Refusal(403, 'Teachers see every attempt in the results.');
	return (await attemptRows(db, assignmentId, accountId)).map((row) => shown(row, assignment.settings as TestSettings));
}

/** The attempts at an assignment, of one student or of all, oldest first. */
export function attemptRows(db: Db, assignmentId: string, accountId?: string): Promise<AttemptRow[]> {
	const where = accountId
		? and(eq(classAttempts.assignmentId, assignmentId), eq(classAttempts.accountId, accountId))
		: eq(classAttempts.assignmentId, assignmentId);
	return db.select().from(classAttempts).where(where).orderBy(asc(classAttempts.finishedAt));
}
