/**
 * Classes, members and banks for the assignment tests. Classes and memberships
 * are made directly in the database (the class routes are tested on their
 * own); assignments, attempts and results go through the HTTP app.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import type { Db } from '../../src/server/db/open';
import { accounts, classes, classMembers } from '../../src/server/db/schema';
import type { ServerEnv } from '../../src/server/http/env';
import type { Bank } from '../../src/lib/core/bank/schema';
import { eq } from 'drizzle-orm';
import { signedInAccount, type SignedIn } from './sync-helpers';

/** A signed-in account with the name a class sees. */
export async function person(db: Db, name: string): Promise<SignedIn> {
	const who = await signedInAccount(db);
	await db.update(accounts).set({ displayName: name }).where(eq(accounts.id, who.accountId));
	return who;
}

/** A class with its teachers and students; returns its id. */
export async function classOf(db: Db, teachers: SignedIn[], students: SignedIn[], archived = false): Promise<string> {
	const [row] = await db
		.insert(classes)
		.values({
			name: 'Year 9 history',
			joinCode: randomBytes(8).toString('hex'),
			codeExpiresAt: new Date(Date.now() + 86_400_000),
			archivedAt: archived ? new Date() : null
		})
		.returning({ id: classes.id });
	const members = [...teachers.map((t) => ({ who: t, role: 'teacher' })), ...students.map((s) => ({ who: s, role: 'student' }))];
	await db.insert(classMembers).values(members.map((m) => ({ classId: row.id, accountId: m.who.accountId, role: m.role })));
	return row.id;
}

/** A bank with a typed, a multiple-choice and a true/false question, and a flashcard a test cannot mark. */
export function historyBank(): Bank {
	return {
		format: 'factdeck.bank',
		version: 1,
		id: 'history',
		title: 'History',
		questions: [
			{ id: 'q1', fact: 'Paris is the capital of France.', type: 'short', prompt: 'Capital of France?', answer: 'Paris' },
			{ id: 'q2', fact: 'The Battle of Hastings was in 1066.', type: 'mcq', prompt: 'Year of Hastings?', answer: '1066', choices: ['1066', '1215', '1492'] },
			{ id: 'q3', fact: 'The Nile is in Africa.', type: 'truefalse', prompt: 'The Nile is in Africa.', answer: true },
			{ id: 'q4', fact: 'Magna Carta', type: 'flashcard', prompt: 'Magna Carta', answer: 'A charter of 1215' }
		]
	};
}

type App = Hono<ServerEnv>;

/** A JSON request as the account; returns the status and the parsed answer. */
export async function as(app: App, who: SignedIn, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
	const init: RequestInit = { method, headers: { cookie: who.cookie, 'content-type': 'application/json' } };
	if (body !== undefined) init.body = JSON.stringify(body);
	const response = await app.request(path, init);
	const text = await response.text();
	return { status: response.status, json: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/** A test on questions q1-q3, with the given settings over sensible defaults. */
export function testOf(settings: Record<string, unknown> = {}) {
	return {
		kind: 'test',
		bank: historyBank(),
		settings: { questionIds: ['q1', 'q2', 'q3'], order: 'fixed', attemptsAllowed: 2, showAnswers: 'never', ...settings }
	};
}

let attemptCount = 0;

/** An attempt with a fresh id: all right unless answers are given. */
export function attemptOf(at: number, answers?: { questionId: string; given: string | boolean | null }[]) {
	attemptCount++;
	return {
		id: `attempt-${attemptCount}-${randomBytes(4).toString('hex')}`,
		startedAt: at - 60_000,
		finishedAt: at,
		answers: answers ?? [
			{ questionId: 'q1', given: 'paris' },
			{ questionId: 'q2', given: '1066' },
			{ questionId: 'q3', given: true }
		]
	};
}
