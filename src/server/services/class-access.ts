/**
 * Who may do what in a class: every class endpoint asks this first, so a
 * student never reaches a teacher's action and an outsider reaches nothing.
 */
import { and, eq } from 'drizzle-orm';
import type { Role } from '../../lib/core/classes/protocol';
import type { Db } from '../db/open';
import { classMembers } from '../db/schema';

/** The account's role in the class, or null when it is not a member (or the class does not exist). */
export async function roleIn(db: Db, classId: string, accountId: string): Promise<Role | null> {
	if (!isUuid(classId)) return null;
	const [row] = await db
		.select({ role: classMembers.role })
		.from(classMembers)
		.where(and(eq(classMembers.classId, classId), eq(classMembers.accountId, accountId)))
		.limit(1);
	return (row?.role as Role | undefined) ?? null;
}

/** Ids in URLs are checked before they reach a uuid column, where a malformed one would be a 500. */
export function isUuid(id: string): boolean {
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
