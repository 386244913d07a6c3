/**
 * Joining a class by its code: what the join page shows, an existing account
 * joining, and a student account made on the join page with only a display
 * name and a password (it gets a generated login to sign in with).
 */
import { randomInt } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { accounts, classes, classMembers } from '../db/schema';
import { signUp, type Account } from './accounts';

export interface JoinableClass {
	id: string;
	name: string;
	teachers: string[];
}

/** The class this code lets one join now; null when the code is wrong, expired or its class archived. */
export async function classOfCode(db: Db, code: string, now: Date): Promise<JoinableClass | null> {
	const [found] = await db
		.select({ id: classes.id, name: classes.name })
		.from(classes)
		.where(and(eq(classes.joinCode, code), gt(classes.codeExpiresAt, now), isNull(classes.archivedAt)))
		.limit(1);
	if (!found) return null;
	const teachers = await db
		.select({ name: sql<string>`coalesce(${accounts.displayName}, ${accounts.login})` })
		.from(classMembers)
		.innerJoin(accounts, eq(accounts.id, classMembers.accountId))
		.where(and(eq(classMembers.classId, found.id), eq(classMembers.role, 'teacher')))
		.orderBy(asc(classMembers.joinedAt));
	return { ...found, teachers: teachers.map((t) => t.name) };
}

/** Makes the account a student of the class; a member already (a teacher too) keeps the role it has. */
export async function joinClass(db: Db, classId: string, accountId: string, now: Date): Promise<void> {
	await db.insert(classMembers).values({ classId, accountId, role: 'student', joinedAt: now }).onConflictDoNothing();
}

// Lowercase letters and digits without look-alikes, for the generated login's tail.
const SUFFIX_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const SUFFIX_LENGTH = 4;
const TRIES = 5;

/** A login for a student made on a join page: the display name as a slug plus random characters ("ada-lovelace-k3pz"). */
export function studentLogin(displayName: string): string {
	const slug =
		displayName
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.slice(0, 30)
			.replace(/^-+|-+$/g, '') || 'student';
	let suffix = '';
	for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
	return `${slug}-${suffix}`;
}

/** Makes a student account for the class and joins it, in one transaction; a taken login is drawn again. */
export async function newStudent(db: Db, classId: string, displayName: string, password: string, now: Date): Promise<Account> {
	return db.transaction(async (tx) => {
		for (let i = 0; i < TRIES; i++) {
			const account = await signUp(tx, studentLogin(displayName), password, now, { displayName, madeForClass: classId });
			if (!account) continue;
			await joinClass(tx, classId, account.id, now);
			return account;
		}
		throw new Error('no free student login');
	});
}
