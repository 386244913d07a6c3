/**
 * The server's tables (Drizzle, PostgreSQL). Every row of user data carries its
 * account, and every index starts with it, because every query is scoped to
 * the signed-in account. Changes are ordered per account by `accounts.changeSeq`,
 * which a push takes under the account row's lock, so a puller that has seen
 * change N has seen every change before it.
 * After editing this file run `npx drizzle-kit generate` and commit the new migration.
 */
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const accounts = pgTable('accounts', {
	id: uuid('id').primaryKey().defaultRandom(),
	/** Username or email, trimmed and lowercase (core/sync/account normalizeLogin). */
	login: text('login').notNull().unique(),
	/** scrypt hash with its parameters and salt (services/passwords.ts). */
	passwordHash: text('password_hash').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	/** The last change number handed out: a push raises it under this row's lock. */
	changeSeq: bigint('change_seq', { mode: 'number' }).notNull().default(0),
	/** The name a class sees (a student made on a join page has only this, and a generated login). */
	displayName: text('display_name'),
	/** Set for a student account made on a class's join page: that class's teachers may reset its password. */
	madeForClass: uuid('made_for_class')
});

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie's token: a stolen database does not hand out sessions. */
		tokenHash: text('token_hash').primaryKey(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	// Sign out everywhere deletes an account's sessions.
	(t) => [index('sessions_account').on(t.accountId)]
);

/** Fixed-window counters for rate limits, shared by every server instance through the database. */
export const rateLimits = pgTable('rate_limits', {
	/** What is limited and for whom: 'signin:login:ada', 'signin:ip:127.0.0.1'. */
	key: text('key').primaryKey(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
	count: integer('count').notNull()
});

export const reviews = pgTable(
	'reviews',
	{
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** Made on the device: the same review pushed twice is one row. */
		id: text('id').notNull(),
		bankId: text('bank_id').notNull(),
		fact: text('fact').notNull(),
		questionId: text('question_id').notNull(),
		rating: smallint('rating').notNull(),
		reviewedAt: bigint('reviewed_at', { mode: 'number' }).notNull(),
		durationMs: integer('duration_ms').notNull(),
		deviceId: text('device_id').notNull(),
		/** Set when the answer was taken back after it was pushed; the row stays so every device hears of it. */
		undone: boolean('undone').notNull().default(false),
		/** Its place in the account's change order (raised again when undone). */
		seq: bigint('seq', { mode: 'number' }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.accountId, t.id] }),
		// Pull: an account's reviews after a cursor, in order.
		index('reviews_account_seq').on(t.accountId, t.seq)
	]
);

export const docs = pgTable(
	'docs',
	{
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** bank, question, setting or card (core/sync/protocol DOC_KINDS). */
		kind: text('kind').notNull(),
		bankId: text('bank_id').notNull(),
		key: text('key').notNull(),
		/** Its revision: the account's change number when it was last written. */
		rev: bigint('rev', { mode: 'number' }).notNull(),
		/** The revision the writer had seen before writing (null: it had seen none). */
		baseRev: bigint('base_rev', { mode: 'number' }),
		/** null once deleted (a tombstone). */
		body: jsonb('body'),
		deviceId: text('device_id').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.accountId, t.kind, t.bankId, t.key] }),
		// Pull: an account's documents after a cursor, in order.
		index('docs_account_rev').on(t.accountId, t.rev)
	]
);

export const classes = pgTable('classes', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	/** What students type or scan to join; long enough not to be guessed, and rate-limited. */
	joinCode: text('join_code').notNull().unique(),
	codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }).notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	archivedAt: timestamp('archived_at', { withTimezone: true })
});

export const classMembers = pgTable(
	'class_members',
	{
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** 'teacher' or 'student': every class endpoint checks it. */
		role: text('role').notNull(),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.classId, t.accountId] }),
		// The classes of an account (its library, its role checks).
		index('class_members_account').on(t.accountId)
	]
);

export const assignments = pgTable(
	'assignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		/** 'study' (spaced repetition, optional goal) or 'test' (fixed questions and settings). */
		kind: text('kind').notNull(),
		/** The bank's id on students' devices: the teacher's bank id made unique to this assignment. */
		bankId: text('bank_id').notNull(),
		title: text('title').notNull(),
		/** The whole bank with its answers: a test's key never leaves the server before a graded result. */
		bank: jsonb('bank').notNull(),
		/** Study: { goalAt? }; test: { questionIds, order, timeLimitSec?, opensAt?, closesAt?, attemptsAllowed, showAnswers }. */
		settings: jsonb('settings').notNull(),
		createdBy: uuid('created_by').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	// A class's assignments.
	(t) => [index('assignments_class').on(t.classId)]
);

export const classAttempts = pgTable(
	'class_attempts',
	{
		assignmentId: uuid('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** Made on the device: an attempt submitted twice (offline, then retried) is stored once. */
		id: text('id').notNull(),
		startedAt: bigint('started_at', { mode: 'number' }).notNull(),
		/** When the student finished, by the device's clock: a test finished offline before the deadline counts. */
		finishedAt: bigint('finished_at', { mode: 'number' }).notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
		/** What the student answered, per question. */
		answers: jsonb('answers').notNull(),
		/** The server's marking, per question. */
		graded: jsonb('graded').notNull(),
		score: integer('score').notNull(),
		maxScore: integer('max_score').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.assignmentId, t.accountId, t.id] }),
		// A student's attempts at an assignment (attempts left), and every attempt of one assignment (results).
		index('class_attempts_assignment').on(t.assignmentId, t.accountId)
	]
);
