/**
 * An assignment's results. Teachers see every student of the class (those who
 * did nothing too), per question the item analysis the app already does for
 * result files, and the attempts per day; a student sees only their own
 * attempts, and the class average when the teacher allows it.
 */

import type { Bank } from '../../lib/core/bank/schema';
import { contentHash } from '../../lib/core/bank/hash';
import type { GradedAnswer, GradedAttempt, TestSettings } from '../../lib/core/classes/protocol';
import { aggregateResults, type QuestionStat, type TestResult } from '../../lib/core/quiz/results';
import type { Db } from '../db/open';
import { reachAssignment, teacherOnly, type AssignmentRow } from './assignments';
import { attemptRows, attemptScore, shown } from './attempts';
import { responseCredit, sumCredit } from '../../lib/core/quiz/test-mode';
import { studentsOf, studyResults } from './study-progress';
import type { AssignmentResults, TestStudentRow } from '../../lib/core/classes/results';

type AttemptRow = Awaited<ReturnType<typeof attemptRows>>[number];

/** The teacher's view: a test's or a study assignment's results. */
export type TeacherResults = AssignmentResults;

export interface StudentResults {
	kind: 'mine';
	attempts: GradedAttempt[];
	/** Mean percent of every attempt in the class, when the teacher shows it. */
	classAverage?: number | null;
}

/** The results the account may see. */
export async function assignmentResults(db: Db, id: string, accountId: string): Promise<TeacherResults | StudentResults> {
	const { assignment, role } = await reachAssignment(db, id, accountId);
	if (role === 'teacher') return assignment.kind === 'test' ? testResults(db, assignment) : studyResults(db, assignment);
	const settings = assignment.settings as TestSettings;
	const all = assignment.kind === 'test' ? await attemptRows(db, id) : [];
	const mine: StudentResults = { kind: 'mine', attempts: all.filter((a) => a.accountId === accountId).map((row) => shown(row, settings)) };
	if (settings.showClassAverage) mine.classAverage = averagePercent(all);
	return mine;
}

/** The teacher's results; refuses students. */
export async function teacherResults(db: Db, id: string, accountId: string): Promise<TeacherResults> {
	const reached = await reachAssignment(db, id, accountId);
	teacherOnly(reached, 'export the results');
	return reached.assignment.kind === 'test' ? testResults(db, reached.assignment) : studyResults(db, reached.assignment);
}

const percentOf = (a: AttemptRow) => (a.maxScore ? (100 * attemptScore(a)) / a.maxScore : 0);
const averagePercent = (rows: readonly AttemptRow[]) => (rows.length ? Math.round(rows.reduce((sum, a) => sum + percentOf(a), 0) / rows.length) : null);

async function testResults(db: Db, assignment: AssignmentRow): Promise<TeacherResults> {
	const settings = assignment.settings as TestSettings;
	const [students, attempts] = await Promise.all([studentsOf(db, assignment.classId), attemptRows(db, assignment.id)]);
	const lines = students.map(({ accountId, name }): TestStudentRow => {
		const own = attempts.filter((a) => a.accountId === accountId);
		const last = own.at(-1);
		return {
			accountId,
			name,
			done: own.length > 0,
			best: own.length ? Math.max(...own.map(attemptScore)) : null,
			last: last ? attemptScore(last) : null,
			maxScore: settings.questionIds.length,
			timeTakenMs: last ? last.finishedAt - last.startedAt : null,
			attempts: own.length,
			lastActiveAt: last ? new Date(Math.max(...own.map((a) => a.finishedAt))).toISOString() : null
		};
	});
	return {
		kind: 'test',
		maxScore: settings.questionIds.length,
		students: lines,
		questions: itemAnalysis(assignment, attempts, students),
		perDay: perDay(attempts)
	};
}

/**
 * Per question, the app's own item analysis (core/quiz/results.ts) over the
 * stored attempts: each becomes the result file the app would have written,
 * marked as the server marked it when it arrived.
 */
function itemAnalysis(assignment: AssignmentRow, attempts: readonly AttemptRow[], students: { accountId: string; name: string }[]): QuestionStat[] {
	const bank = assignment.bank as Bank;
	const bankHash = contentHash(bank);
	const nameOf = new Map(students.map((s) => [s.accountId, s.name]));
	const marks = new Map<TestResult, GradedAnswer[]>();
	const results = attempts.map((a) => {
		const graded = a.graded as GradedAnswer[];
		const result: TestResult = {
			format: 'factdeck.result',
			version: 1,
			bankId: bank.id,
			bankHash,
			// The attempt id keeps two attempts of one student apart (the analysis drops repeated results).
			student: `${nameOf.get(a.accountId) ?? 'Former student'} ${a.id}`,
			startedAt: new Date(a.startedAt).toISOString(),
			finishedAt: new Date(a.finishedAt).toISOString(),
			durationMs: a.finishedAt - a.startedAt,
			score: { correct: attemptScore(a), total: a.maxScore },
			answers: graded.map((g) => ({ questionId: g.questionId, given: givenText(g.given), correct: g.correct, ...(g.credit ? { credit: g.credit } : {}) }))
		};
		marks.set(result, graded);
		return result;
	});
	const aggregate = aggregateResults(bank, results, (result) => {
		const answers = (marks.get(result) ?? []).map((g) => ({
			questionId: g.questionId,
			given: givenText(g.given),
			correct: g.correct,
			credit: responseCredit(g),
			claimed: g.correct,
			claimedCredit: responseCredit(g),
			selfMarked: false
		}));
		const correct = sumCredit(answers.map((a) => a.credit));
		return { answers, correct, total: answers.length, claimedCorrect: correct, differing: 0 };
	});
	const planned = new Set((assignment.settings as TestSettings).questionIds);
	return aggregate.perQuestion.filter((q) => planned.has(q.questionId));
}

const givenText = (given: string | boolean | null) => (given === null ? '' : typeof given === 'boolean' ? (given ? 'True' : 'False') : given);

/** Attempts and their average percent per day (UTC) of finishing, oldest first. */
function perDay(attempts: readonly AttemptRow[]): { day: string; attempts: number; averagePercent: number }[] {
	const days = new Map<string, AttemptRow[]>();
	for (const a of attempts) {
		const day = new Date(a.finishedAt).toISOString().slice(0, 10);
		days.set(day, [...(days.get(day) ?? []), a]);
	}
	return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, rows]) => ({ day, attempts: rows.length, averagePercent: averagePercent(rows) ?? 0 }));
}
