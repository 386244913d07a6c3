/**
 * A class's members: who is in it and when each was last active, adding a
 * co-teacher, removing a member (never the last teacher), and a teacher
 * resetting the password of a student made on the class's join page.
 */
import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { Member, Role } from '../../lib/core/classes/protocol';
import type { Db } from '../db/open';
import { accounts, assignments, classAttempts, classes, classMembers, reviews } from '../db/schema';
import { resetPassword } from './accounts';

/**
 * The class's members, teachers first; with `onlyTeachersAnd`, the teachers and
 * that one account (what a student may see). Last active is the latest review
 * of one of the class's banks or the latest attempt at one of its tests, in the
 * same query.
 */
export async function classMembersOf(db: Db, classId: string, onlyTeachersAnd?: string): Promise<Member[]> {
	const member = classMembers;
	const lastActive = sql<number | null>`greatest(
		(select max(r.reviewed_at) from ${reviews} r
			where r.account_id = ${member.accountId} and not r.undone
			and r.bank_id in (select a.bank_id from ${assignments} a where a.class_id = ${member.classId})),
		(select max(t.finished_at) from ${classAttempts} t join ${assignments} a on a.id = t.assignment_id
			where t.account_id = ${member.accountId} and a.class_id = ${member.classId})
	)::float8`;
	const rows = await db
		.select({
			accountId: member.accountId,
			name: sql<string>`coalesce(${accounts.displayName}, ${accounts.login})`,
			role: member.role,
			joinedAt: member.joinedAt,
			lastActive,
			madeForClass: accounts.madeForClass
		})
		.from(member)
		.innerJoin(accounts, eq(accounts.id, member.accountId))
		.where(and(eq(member.classId, classId), onlyTeachersAnd === undefined ? undefined : or(eq(member.role, 'teacher'), eq(member.accountId, onlyTeachersAnd))))
		.orderBy(desc(eq(member.role, 'teacher')), asc(sql`lower(coalesce(${accounts.displayName}, ${accounts.login}))`), asc(member.accountId));
	return rows.map((row) => ({
		accountId: row.accountId,
		name: row.name,
		role: row.role as Role,
		joinedAt: row.joinedAt.toISOString(),
		lastActiveAt: row.lastActive === null ? null : new Date(Number(row.lastActive)).toISOString(),
		madeHere: row.madeForClass === classId
	}));
}

/** Makes the account with this login a teacher of the class (a student of it is promoted); null when no account has it. */
export async function addTeacher(db: Db, classId: string, login: string, now: Date): Promise<string | null> {
	const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.login, login)).limit(1);
	if (!account) return null;
	await db
		.insert(classMembers)
		.values({ classId, accountId: account.id, role: 'teacher', joinedAt: now })
		.onConflictDoUpdate({ target: [classMembers.classId, classMembers.accountId], set: { role: 'teacher' } });
	return account.id;
}

export type Removal = 'removed' | 'not-member' | 'last-teacher';

/** Takes the account out of the class, unless it is the class's only teacher. */
export async function removeMember(db: Db, classId: string, accountId: string): Promise<Removal> {
	return db.transaction(async (tx) => {
		// The class row's lock: two teachers removing each other at once cannot leave the class with none.
		await tx.select({ id: classes.id }).from(classes).where(eq(classes.id, classId)).for('update');
		const teachers = await tx
			.select({ accountId: classMembers.accountId })
			.from(classMembers)
			.where(and(eq(classMembers.classId, classId), eq(classMembers.role, 'teacher')));
		const isTeacher = teachers.some((t) => t.accountId === accountId);
		if (isTeacher && teachers.length === 1) return 'last-teacher';
		const gone = await tx
			.delete(classMembers)
			.where(and(eq(classMembers.classId, classId), eq(classMembers.accountId, accountId)))
			.returning({ accountId: classMembers.accountId });
		return gone.length > 0 ? 'removed' : 'not-member';
	});
}

/**
 * Sets a new password for a student account made on this class's join page and
 * ends its sessions. False (and nothing changed) for any other account.
 */
export async function resetStudentPassword(db: Db, classId: string, accountId: string, password: string): Promise<boolean> {
	const [account] = await db
		.select({ id: accounts.id })
		.from(accounts)
		.where(and(eq(accounts.id, accountId), eq(accounts.madeForClass, classId)))
		.limit(1);
	if (!account) return false;
	await resetPassword(db, account.id, password);
	return true;
}
