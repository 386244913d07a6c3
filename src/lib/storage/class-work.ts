/**
 * A student's class work on this device: the assignments the server listed
 * (a test's questions once downloaded, so it can be taken offline) and the
 * test attempts made here. An attempt is stored before it is sent, with the
 * time it was finished, and waits here until the server has graded it.
 */
import type { AssignmentSummary, GradedAttempt, SubmitAttempt, TestQuestion } from '../core/classes/protocol';
import { db, type FactdeckDB } from './db';
import type { AssignmentRow, ClassAttemptRow } from './rows';

export type { AssignmentRow, ClassAttemptRow } from './rows';

/** Keeps the account's assignments as the server listed them: new ones added, changed ones updated (their questions kept), gone ones removed. */
export async function saveAssignments(list: AssignmentSummary[], now: Date, database: FactdeckDB = db): Promise<AssignmentRow[]> {
	return database.transaction('rw', database.assignments, async () => {
		const stored = new Map((await database.assignments.toArray()).map((row) => [row.id, row]));
		const rows = list.map((summary): AssignmentRow => ({ ...stored.get(summary.id), id: summary.id, summary, seenAt: now }));
		const listed = new Set(list.map((a) => a.id));
		// Left the class, or the teacher removed the work: it is no longer the student's to do. A study bank stays in the library.
		await database.assignments.bulkDelete([...stored.keys()].filter((id) => !listed.has(id)));
		await database.assignments.bulkPut(rows);
		return rows;
	});
}

/** Keeps a test's questions (without answers) so it can be taken offline. */
export async function saveTestQuestions(id: string, questions: TestQuestion[], database: FactdeckDB = db): Promise<void> {
	await database.assignments.update(id, { questions });
}

/** Every assignment stored here, in the order the server gave them. */
export function listAssignments(database: FactdeckDB = db): Promise<AssignmentRow[]> {
	return database.assignments.toArray();
}

/** One stored assignment, or undefined. */
export function getAssignment(id: string, database: FactdeckDB = db): Promise<AssignmentRow | undefined> {
	return database.assignments.get(id);
}

/** Stores a finished attempt as waiting to be sent; storing the same id again changes nothing. */
export async function queueClassAttempt(assignmentId: string, attempt: SubmitAttempt, database: FactdeckDB = db): Promise<ClassAttemptRow> {
	return database.transaction('rw', database.classAttempts, async () => {
		const stored = await database.classAttempts.get(attempt.id);
		if (stored) return stored;
		const row: ClassAttemptRow = { id: attempt.id, assignmentId, state: 'waiting', sent: attempt };
		await database.classAttempts.add(row);
		return row;
	});
}

/** The attempts still waiting to be sent, oldest finished first. */
export async function waitingClassAttempts(database: FactdeckDB = db): Promise<ClassAttemptRow[]> {
	const rows = await database.classAttempts.where('state').equals('waiting').toArray();
	return rows.sort((a, b) => a.sent.finishedAt - b.sent.finishedAt);
}

/** Keeps the server's grading of an attempt sent from here (or one made on another device). */
export async function saveGradedAttempt(graded: GradedAttempt, database: FactdeckDB = db): Promise<void> {
	await database.transaction('rw', database.classAttempts, async () => {
		const stored = await database.classAttempts.get(graded.id);
		const sent: SubmitAttempt = stored?.sent ?? {
			id: graded.id,
			startedAt: graded.startedAt,
			finishedAt: graded.finishedAt,
			answers: graded.answers.map(({ questionId, given }) => ({ questionId, given }))
		};
		await database.classAttempts.put({ id: graded.id, assignmentId: graded.assignmentId, state: 'graded', sent, graded });
	});
}

/** Marks an attempt the server will never take (the test closed, no attempts left), with its sentence. */
export async function refuseClassAttempt(id: string, problem: string, database: FactdeckDB = db): Promise<void> {
	await database.classAttempts.update(id, { state: 'refused', problem });
}

/** The attempts of one test on this device, latest finished first. */
export async function classAttemptsOf(assignmentId: string, database: FactdeckDB = db): Promise<ClassAttemptRow[]> {
	const rows = await database.classAttempts.where('assignmentId').equals(assignmentId).toArray();
	return rows.sort((a, b) => b.sent.finishedAt - a.sent.finishedAt);
}
