/**
 * A class's assignments: a bank to study or a test to take. The bank is
 * stored whole, with its answers, under an id made unique to the assignment,
 * so two assignments of one teacher's bank never mix on a student's device.
 */
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Bank } from '../../lib/core/bank/schema';
import { validateBank } from '../../lib/core/bank/validate';
import type { AssignmentSummary, CreateAssignment, Role, StudySettings, TestSettings } from '../../lib/core/classes/protocol';
import { isAutoMarked } from '../../lib/core/quiz/test-mode';
import type { Db } from '../db/open';
import { assignments, classAttempts, classes, classMembers } from '../db/schema';
import { isUuid, roleIn } from './class-access';
import { Refusal } from './refusal';

export type AssignmentRow = typeof assignments.$inferSelect;

/** An assignment as one member reaches it: the row, the member's role, and the class's name. */
export interface Reached {
	assignment: AssignmentRow;
	role: Role;
	className: string;
	archived: boolean;
}

const NO_ASSIGNMENT = 'No such assignment.';

/** The assignment and the account's role in its class; 404 for an outsider, as for an assignment that does not exist. */
export async function reachAssignment(db: Db, id: string, accountId: string): Promise<Reached> {
	if (!isUuid(id)) throw new Refusal(404, NO_ASSIGNMENT);
	const [row] = await db
		.select({ assignment: assignments, className: classes.name, archivedAt: classes.archivedAt })
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(assignments.id, id))
		.limit(1);
	const role = row ? await roleIn(db, row.assignment.classId, accountId) : null;
	if (!row || !role) throw new Refusal(404, NO_ASSIGNMENT);
	return { assignment: row.assignment, role, className: row.className, archived: row.archivedAt !== null };
}

/** Refuses anyone but the class's teachers. */
export function teacherOnly(reached: { role: Role }, what: string): void {
	if (reached.role !== 'teacher') throw new Refusal(403, `Only the class's teachers can ${what}.`);
}

/** The bank id a student's device keeps: the teacher's bank id and the first 8 hex digits of the assignment id. */
export function assignedBankId(bankId: string, assignmentId: string): string {
	return `${bankId}-${assignmentId.slice(0, 8)}`;
}

/** Makes an assignment in the class (teachers only; not in an archived class). */
export async function createAssignment(db: Db, classId: string, accountId: string, input: CreateAssignment, now: Date): Promise<AssignmentSummary> {
	const role = await roleIn(db, classId, accountId);
	if (!role) throw new Refusal(404, 'No such class.');
	teacherOnly({ role }, 'assign work');
	const [klass] = await db.select({ name: classes.name, archivedAt: classes.archivedAt }).from(classes).where(eq(classes.id, classId));
	if (klass.archivedAt) throw new Refusal(409, 'This class is archived: nothing new can be assigned to it.');
	const checked = validateBank(input.bank);
	if (!checked.ok) throw new Refusal(400, `The bank is not valid: ${checked.problems.slice(0, 3).join('; ')}.`);
	if (input.kind === 'test') checkTestQuestions(checked.bank, input.settings);

	const id = randomUUID();
	const bankId = assignedBankId(checked.bank.id, id);
	const bank: Bank = { ...checked.bank, id: bankId };
	if (input.kind === 'test') {
		const { questionIds, order, timeLimitSec } = input.settings;
		bank.test = timeLimitSec === undefined ? { questionIds, order } : { questionIds, order, timeLimitSec };
	}
	const [row] = await db
		.insert(assignments)
		.values({
			id,
			classId,
			kind: input.kind,
			bankId,
			title: input.title ?? checked.bank.title,
			bank,
			settings: input.settings,
			createdBy: accountId,
			createdAt: now
		})
		.returning();
	return summaryOf(row, klass.name);
}

/** Every question of a test is in the bank, once, and is one a test marks itself. */
function checkTestQuestions(bank: Bank, settings: TestSettings): void {
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	if (new Set(settings.questionIds).size !== settings.questionIds.length) throw new Refusal(400, 'The test lists a question twice.');
	for (const id of settings.questionIds) {
		const question = byId.get(id);
		if (!question) throw new Refusal(400, `The test asks question "${id}", which is not in the bank.`);
		if (!isAutoMarked(question))
			throw new Refusal(400, `Question "${id}" is one only the student could mark (a flashcard or a long cloze): a test leaves it out.`);
	}
	if (settings.opensAt !== undefined && settings.closesAt !== undefined && settings.opensAt >= settings.closesAt) {
		throw new Refusal(400, 'The test must open before it closes.');
	}
}

/** Whether a test takes attempts at `nowMs`: after it opens and before it closes. */
export function isOpen(settings: TestSettings, nowMs: number): boolean {
	return (settings.opensAt === undefined || settings.opensAt <= nowMs) && (settings.closesAt === undefined || nowMs < settings.closesAt);
}

/** The summary a list shows; for a student's test, with attempts left and whether it is open now. */
export function summaryOf(row: AssignmentRow, className: string, student?: { attempts: number; nowMs: number }): AssignmentSummary {
	const summary: AssignmentSummary = {
		id: row.id,
		classId: row.classId,
		className,
		kind: row.kind as AssignmentSummary['kind'],
		bankId: row.bankId,
		title: row.title,
		createdAt: row.createdAt.toISOString(),
		settings: row.settings as StudySettings | TestSettings
	};
	if (student && row.kind === 'test') {
		const settings = row.settings as TestSettings;
		summary.attemptsLeft = Math.max(0, settings.attemptsAllowed - student.attempts);
		summary.open = isOpen(settings, student.nowMs);
	}
	return summary;
}

/** The class's assignments, newest first, as this member sees them. */
export async function classAssignments(db: Db, classId: string, accountId: string, now: Date): Promise<AssignmentSummary[]> {
	const role = await roleIn(db, classId, accountId);
	if (!role) throw new Refusal(404, 'No such class.');
	const rows = await db
		.select({ assignment: assignments, className: classes.name })
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(assignments.classId, classId))
		.orderBy(desc(assignments.createdAt));
	return withAttempts(db, rows, role === 'student' ? accountId : null, now);
}

/** Every assignment of the classes the account is a student of: what its library shows. */
export async function studentAssignments(db: Db, accountId: string, now: Date): Promise<AssignmentSummary[]> {
	const rows = await db
		.select({ assignment: assignments, className: classes.name })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(assignments, eq(assignments.classId, classMembers.classId))
		.where(and(eq(classMembers.accountId, accountId), eq(classMembers.role, 'student')))
		.orderBy(desc(assignments.createdAt));
	return withAttempts(db, rows, accountId, now);
}

/** Summaries, with the student's attempt counts when `studentId` is given. */
async function withAttempts(db: Db, rows: { assignment: AssignmentRow; className: string }[], studentId: string | null, now: Date) {
	if (!studentId) return rows.map((r) => summaryOf(r.assignment, r.className));
	const tests = rows.filter((r) => r.assignment.kind === 'test').map((r) => r.assignment.id);
	const counts = tests.length
		? await db
				.select({ assignmentId: classAttempts.assignmentId, n: count() })
				.from(classAttempts)
				.where(and(inArray(classAttempts.assignmentId, tests), eq(classAttempts.accountId, studentId)))
				.groupBy(classAttempts.assignmentId)
		: [];
	const attempts = new Map(counts.map((c) => [c.assignmentId, c.n]));
	return rows.map((r) => summaryOf(r.assignment, r.className, { attempts: attempts.get(r.assignment.id) ?? 0, nowMs: now.getTime() }));
}

/** Deletes the assignment and its attempts (teachers only). */
export async function deleteAssignment(db: Db, id: string, accountId: string): Promise<void> {
	const reached = await reachAssignment(db, id, accountId);
	teacherOnly(reached, 'delete an assignment');
	await db.delete(assignments).where(eq(assignments.id, id));
}
