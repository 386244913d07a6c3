/**
 * A study assignment's progress, from the reviews the students' devices sync:
 * a student's reviews of the assignment's bank id, of facts in its bank, not
 * taken back. Nothing is stored for it beyond the reviews themselves.
 */
import { and, count, countDistinct, eq, inArray, lte, max } from 'drizzle-orm';
import type { Bank } from '../../lib/core/bank/schema';
import type { StudySettings } from '../../lib/core/classes/protocol';
import type { Db } from '../db/open';
import { accounts, classMembers, reviews } from '../db/schema';
import type { AssignmentRow } from './assignments';
import type { StudyResults, StudyStudentRow } from '../../lib/core/classes/results';

export type { StudyResults } from '../../lib/core/classes/results';

/** The class's students, by name. */
export async function studentsOf(db: Db, classId: string): Promise<{ accountId: string; name: string }[]> {
	const rows = await db
		.select({ accountId: accounts.id, displayName: accounts.displayName, login: accounts.login })
		.from(classMembers)
		.innerJoin(accounts, eq(accounts.id, classMembers.accountId))
		.where(and(eq(classMembers.classId, classId), eq(classMembers.role, 'student')));
	return rows.map((r) => ({ accountId: r.accountId, name: r.displayName ?? r.login })).sort((a, b) => names.compare(a.name, b.name));
}

const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Per student of the class: the bank's facts seen, reviews, last review, and whether the goal was met. */
export async function studyResults(db: Db, assignment: AssignmentRow): Promise<StudyResults> {
	const bank = assignment.bank as Bank;
	const facts = [...new Set(bank.questions.map((q) => q.fact))];
	const goalAt = (assignment.settings as StudySettings).goalAt;
	const students = await studentsOf(db, assignment.classId);
	if (students.length === 0 || facts.length === 0) return { kind: 'study', facts: facts.length, students: [] };
	// Reviews of this assignment's bank, by the class's students, of facts in the bank, not taken back.
	const ofBank = and(
		inArray(
			reviews.accountId,
			students.map((s) => s.accountId)
		),
		eq(reviews.bankId, assignment.bankId),
		inArray(reviews.fact, facts),
		eq(reviews.undone, false)
	);
	const [seen, byGoal] = await Promise.all([
		db
			.select({ accountId: reviews.accountId, seen: countDistinct(reviews.fact), reviews: count(), last: max(reviews.reviewedAt) })
			.from(reviews)
			.where(ofBank)
			.groupBy(reviews.accountId),
		goalAt === undefined
			? Promise.resolve([])
			: db
					.select({ accountId: reviews.accountId, seen: countDistinct(reviews.fact) })
					.from(reviews)
					.where(and(ofBank, lte(reviews.reviewedAt, goalAt)))
					.groupBy(reviews.accountId)
	]);
	const seenOf = new Map(seen.map((s) => [s.accountId, s]));
	const byGoalOf = new Map(byGoal.map((s) => [s.accountId, s.seen]));
	const lines = students.map(({ accountId, name }): StudyStudentRow => {
		const s = seenOf.get(accountId);
		const seenForGoal = goalAt === undefined ? (s?.seen ?? 0) : (byGoalOf.get(accountId) ?? 0);
		return {
			accountId,
			name,
			cardsSeen: s?.seen ?? 0,
			reviews: s?.reviews ?? 0,
			lastActiveAt: s?.last ? new Date(Number(s.last)).toISOString() : null,
			goalMet: seenForGoal >= facts.length
		};
	});
	return { kind: 'study', facts: facts.length, students: lines };
}
