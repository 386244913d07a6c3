/**
 * The class scenario of `npm run bench:sync`: 30 classes of 30 students (made
 * straight in the database, as the join page's rate limit would refuse 900
 * sign-ups from one address), each class with a 20-question test its teacher
 * assigns over HTTP. Every student submits an attempt: first all 900 at once
 * (the bell rings), then a second test spread evenly over one minute, then
 * every attempt of the first test sent again, as a device whose answer was
 * lost would. Ends with a count check: each attempt stored exactly once.
 */
import { randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import type { Bank } from '../src/lib/core/bank/schema';
import type { Db } from '../src/server/db/open';
import { accounts, classAttempts, classes, classMembers } from '../src/server/db/schema';
import { SESSION_COOKIE } from '../src/server/http/auth';
import { createSession } from '../src/server/services/sessions';
import { quantile } from './sync-load';

const QUESTIONS = 20;

interface Student {
	cookie: string;
	/** The tests of the student's class, in the order they are taken. */
	tests: string[];
}

/** A 20-question bank of typed answers: the lenient grading is the work a submit does. */
function benchBank(): Bank {
	return {
		format: 'factdeck.bank',
		version: 1,
		id: 'times-tables',
		title: 'Times tables',
		questions: Array.from({ length: QUESTIONS }, (_, i) => ({
			id: `q${i + 1}`,
			fact: `${i + 2} times 7`,
			type: 'short' as const,
			prompt: `${i + 2} × 7?`,
			answer: String((i + 2) * 7)
		}))
	};
}

/** Makes the classes, their teachers and students with sessions, and has each teacher assign two tests over HTTP. */
export async function seedClasses(db: Db, server: string, classCount: number, perClass: number): Promise<Student[]> {
	const cookieOf = async (id: string) => `${SESSION_COOKIE}=${await createSession(db, id, new Date())}`;
	const students: Student[] = [];
	for (let c = 0; c < classCount; c++) {
		const people = await db
			.insert(accounts)
			.values(
				Array.from({ length: perClass + 1 }, (_, i) => ({ login: `class-${c}-${i}-${randomUUID()}`, passwordHash: 'bench', displayName: `Student ${i}` }))
			)
			.returning({ id: accounts.id });
		const [klass] = await db
			.insert(classes)
			.values({ name: `Class ${c}`, joinCode: randomUUID(), codeExpiresAt: new Date(Date.now() + 86_400_000) })
			.returning({ id: classes.id });
		await db.insert(classMembers).values(people.map((p, i) => ({ classId: klass.id, accountId: p.id, role: i === 0 ? 'teacher' : 'student' })));
		const teacher = await cookieOf(people[0].id);
		const tests = [];
		for (let t = 0; t < 2; t++) tests.push(await assignTest(server, teacher, klass.id));
		for (const p of people.slice(1)) students.push({ cookie: await cookieOf(p.id), tests });
	}
	return students;
}

async function assignTest(server: string, cookie: string, classId: string): Promise<string> {
	const settings = { questionIds: benchBank().questions.map((q) => q.id), order: 'shuffled', attemptsAllowed: 1, showAnswers: 'after' };
	const response = await fetch(`${server}/api/classes/${classId}/assignments`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json' },
		body: JSON.stringify({ kind: 'test', bank: benchBank(), settings })
	});
	if (response.status !== 201) throw new Error(`assigning a test answered ${response.status}: ${await response.text()}`);
	return ((await response.json()) as { id: string }).id;
}

/** One student's attempt: typed answers, about three in four right. */
function attemptBody(id: string): string {
	const now = Date.now();
	const answers = Array.from({ length: QUESTIONS }, (_, i) => ({ questionId: `q${i + 1}`, given: i % 4 === 3 ? 'no idea' : ` ${(i + 2) * 7} ` }));
	return JSON.stringify({ id, startedAt: now - 600_000, finishedAt: now, answers });
}

export interface SubmitRun {
	latencies: number[];
	seconds: number;
	/** Answered 201 (stored now) or 200 (stored before). */
	created: number;
	repeated: number;
	failures: number;
	/** Submits sent again after the connection broke (900 connections at once overrun the listen queue). */
	retries: number;
}

/** Every student submits one attempt at `test(student)`, spread evenly over `spreadMs` (0: all at once). */
export async function submitAll(
	server: string,
	students: readonly Student[],
	test: (s: Student) => string,
	ids: string[],
	spreadMs: number
): Promise<SubmitRun> {
	const run: SubmitRun = { latencies: [], seconds: 0, created: 0, repeated: 0, failures: 0, retries: 0 };
	const started = performance.now();
	await Promise.all(
		students.map(async (student, i) => {
			if (spreadMs) await new Promise((ok) => setTimeout(ok, (i / students.length) * spreadMs));
			const t0 = performance.now();
			const response = await sendWithRetry(`${server}/api/assignments/${test(student)}/attempts`, student.cookie, attemptBody(ids[i]), run);
			run.latencies.push(performance.now() - t0);
			if (response.status === 201) run.created++;
			else if (response.status === 200) run.repeated++;
			else run.failures++;
		})
	);
	run.seconds = (performance.now() - started) / 1000;
	return run;
}

/** One submit; a broken connection is tried again with the same attempt (at most 3 times), as the app's outbox does. */
async function sendWithRetry(url: string, cookie: string, body: string, run: SubmitRun): Promise<Response> {
	for (let attempt = 1; ; attempt++) {
		try {
			const response = await fetch(url, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
			await response.arrayBuffer();
			return response;
		} catch (error) {
			if (attempt === 3) throw error;
			run.retries++;
		}
	}
}

/** One line of the report. */
export function submitLine(phase: string, run: SubmitRun): string {
	const rate = Math.round((run.created + run.repeated) / run.seconds);
	return `class ${phase.padEnd(9)} ${run.latencies.length} submits in ${run.seconds.toFixed(1)} s = ${rate} attempts/s; submit of ${QUESTIONS}: p50 ${quantile(run.latencies, 0.5).toFixed(0)} ms, p95 ${quantile(run.latencies, 0.95).toFixed(0)} ms; stored ${run.created}, already stored ${run.repeated}, failed ${run.failures}, sent again after a broken connection ${run.retries}`;
}

/** Attempt rows, and distinct (assignment, student) pairs among them. */
export async function countAttempts(db: Db): Promise<{ rows: number; students: number }> {
	const [row] = await db
		.select({ rows: count(), students: sql<number>`count(distinct (${classAttempts.assignmentId}, ${classAttempts.accountId}))::int` })
		.from(classAttempts);
	return row;
}
