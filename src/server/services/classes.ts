/**
 * Classes themselves: making one, listing an account's, renaming, a new join
 * code, archiving. The caller has already checked the role (class-access.ts);
 * these functions only read and write.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ClassSummary, Role } from '../../lib/core/classes/protocol';
import type { Db } from '../db/open';
import { classes, classMembers } from '../db/schema';
import { codeExpiry, withFreshCode } from './join-codes';

interface SummaryRow {
	id: string;
	name: string;
	role: string;
	archivedAt: Date | null;
	joinCode: string;
	codeExpiresAt: Date;
	students: number;
}

/** A class as this member sees it: the code and the head count only for its teachers. */
function toSummary(row: SummaryRow): ClassSummary {
	const summary: ClassSummary = { id: row.id, name: row.name, role: row.role as Role, archived: row.archivedAt !== null };
	if (row.role !== 'teacher') return summary;
	return { ...summary, joinCode: row.joinCode, codeExpiresAt: row.codeExpiresAt.toISOString(), students: Number(row.students) };
}

/** The classes the account is a member of (or the one given), oldest first. */
export async function classSummaries(db: Db, accountId: string, classId?: string): Promise<ClassSummary[]> {
	const rows = await db
		.select({
			id: classes.id,
			name: classes.name,
			role: classMembers.role,
			archivedAt: classes.archivedAt,
			joinCode: classes.joinCode,
			codeExpiresAt: classes.codeExpiresAt,
			students: sql<number>`(select count(*) from ${classMembers} s where s.class_id = ${classes.id} and s.role = 'student')`
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.where(and(eq(classMembers.accountId, accountId), classId === undefined ? undefined : eq(classes.id, classId)))
		.orderBy(asc(classes.createdAt), asc(classes.id));
	return rows.map(toSummary);
}

/** The one class as this member sees it (the caller knows it is a member). */
export async function classSummary(db: Db, accountId: string, classId: string): Promise<ClassSummary> {
	const [summary] = await classSummaries(db, accountId, classId);
	if (!summary) throw new Error('class summary of a non-member');
	return summary;
}

/** Makes a class with its first join code; the account that made it is its teacher. */
export async function createClass(db: Db, accountId: string, name: string, now: Date): Promise<ClassSummary> {
	const classId = await db.transaction(async (tx) => {
		// onConflictDoNothing rather than catching: a failed statement would end the transaction.
		const id = await withFreshCode(async (joinCode) => {
			const [row] = await tx
				.insert(classes)
				.values({ name, joinCode, codeExpiresAt: codeExpiry(now), createdAt: now })
				.onConflictDoNothing({ target: classes.joinCode })
				.returning({ id: classes.id });
			return row?.id ?? null;
		});
		await tx.insert(classMembers).values({ classId: id, accountId, role: 'teacher', joinedAt: now });
		return id;
	});
	return classSummary(db, accountId, classId);
}

/** Renames the class. */
export async function renameClass(db: Db, classId: string, name: string): Promise<void> {
	await db.update(classes).set({ name }).where(eq(classes.id, classId));
}

/** Replaces the join code (the old one stops working at once) and starts its validity again. */
export async function renewJoinCode(db: Db, classId: string, now: Date): Promise<void> {
	await withFreshCode(async (joinCode) => {
		await db
			.update(classes)
			.set({ joinCode, codeExpiresAt: codeExpiry(now) })
			.where(eq(classes.id, classId));
		return true;
	});
}

/** Archives the class (no joins, no new assignments) or brings it back. */
export async function setArchived(db: Db, classId: string, archived: boolean, now: Date): Promise<void> {
	// Archiving an archived class keeps the first date.
	const archivedAt = archived ? sql`coalesce(${classes.archivedAt}, ${now.toISOString()}::timestamptz)` : null;
	await db.update(classes).set({ archivedAt }).where(eq(classes.id, classId));
}
