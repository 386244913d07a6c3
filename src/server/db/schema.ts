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
	changeSeq: bigint('change_seq', { mode: 'number' }).notNull().default(0)
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
