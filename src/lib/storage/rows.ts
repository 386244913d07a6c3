/**
 * The shapes of what the database stores, and of the data a backup carries.
 * Kept apart from db.ts and backup.ts so that the schema, the backup code and
 * the features all read these types from here, and no import runs in a circle.
 */
import type { Bank, Question } from '../core/bank/schema';
import type { Backup } from '../core/formats/backup';
import type { Attempt } from '../core/quiz/attempt';
import type { TestResult } from '../core/quiz/results';
import type { Card, ReviewLog } from '../core/srs/types';
import type { DocKind, ReviewChange } from '../core/sync/protocol';
import type { AssignmentSummary, GradedAttempt, SubmitAttempt, TestQuestion } from '../core/classes/protocol';

/** A bank's metadata (everything but its questions), plus what the library needs without loading them. */
export interface BankRow extends Omit<Bank, 'questions'> {
	/** `contentHash(bank)` of the whole bank as saved: tells a changed shipped bank from an unchanged one. */
	contentHash: string;
	questionCount: number;
	factCount: number;
	/** True while the stored content is the copy shipped with the app; a learner's own save makes it false. */
	shipped: boolean;
	addedAt: Date;
	updatedAt: Date;
}

/** A question as read back: the question itself, its bank, and its place in the bank (version 1–7 stored one row each). */
export type QuestionRow = Question & { bankId: string; position: number };

/** PAGE_SIZE questions of a bank in bank order (version 8 on; see question-pages.ts). */
export interface QuestionPageRow {
	bankId: string;
	/** Its number in the bank: it holds the questions from position page * PAGE_SIZE on. */
	page: number;
	questions: Question[];
	/** `cardId(bankId, fact)` of each fact its questions test, once each: the index that finds a card's questions. */
	cardIds: string[];
	/** Where in `questions` a fact is tested for the first time in the bank: its card's introduction order (new-cards.ts). */
	firsts: number[];
}

/** A review log row; `beforeQuestionId` lets undo restore the card's `lastQuestionId` exactly. */
export interface ReviewRow extends ReviewLog {
	beforeQuestionId?: string;
	/** A random UUID made on the device that answered (version 5 on): the review's name on every device and on the server. */
	uid?: string;
}

/** What waits to be pushed to the sync server, one row per thing: editing it twice waits once. */
export interface OutboxRow {
	/** `review|<uid>`, `undo|<uid>` or `doc|<kind>|<bankId>|<key>` (see outbox.ts). */
	key: string;
	/** The bank it belongs to ('' for a setting): a deleted bank drops its waiting entries. */
	bankId: string;
	/** A document's address, for `doc|` entries: its body is read from the rows when pushed. */
	doc?: { kind: DocKind; bankId: string; key: string };
	/** An answer taken back after it was pushed: its row is gone, so the entry carries it. */
	undo?: ReviewChange;
}

/** A piece of class work assigned to this account (version 6): the server's summary, and a test's questions once downloaded. */
export interface AssignmentRow {
	id: string;
	summary: AssignmentSummary;
	/** A test's questions, without answers, kept so it can be taken offline; absent until the test opens and is fetched. */
	questions?: TestQuestion[];
	/** When this device last saw it in the account's list. */
	seenAt: Date;
}

/** A class test attempt made on this device (version 6): waiting to be sent, then graded by the server. */
export interface ClassAttemptRow {
	/** Made on the device; the server stores an attempt once by it, so sending again is safe. */
	id: string;
	assignmentId: string;
	/** 'waiting' until the server graded it, 'refused' when it will never take it (closed, no attempts left). */
	state: 'waiting' | 'graded' | 'refused';
	sent: SubmitAttempt;
	graded?: GradedAttempt;
	/** The server's sentence when it refused the attempt. */
	problem?: string;
}

/** The server revision this device last saw of a document (the `baseRev` of its next push). */
export interface SyncRevRow {
	kind: DocKind;
	bankId: string;
	key: string;
	rev: number;
	/** On a bank's document: the bank was deleted (on any device), and nothing of it is taken again. */
	deleted?: true;
	/** On a bank's document pulled from another device: the order of its questions, for those that arrive later. */
	questionOrder?: string[];
}

/**
 * A bank's card numbers (see counts.ts): a cache of what its cards and review
 * log say, so that the queue and the library need not count them.
 */
export interface BankCountsRow {
	bankId: string;
	/** How many cards the bank has (one per fact). */
	cards: number;
	/** How many of them are New and not suspended: the ones the queue may introduce. */
	fresh: number;
	/** When its New cards were introduced (ms), oldest first: the latest two days of them. */
	introduced: number[];
	/**
	 * Version 8: every fact whose card's order is below this has a card row, so the queue looks for
	 * New cards without a row (new-cards.ts) from here on. A row without it is counted again first.
	 */
	next?: number;
	/**
	 * The bank's first New cards without a row, in order, at most AHEAD_KEPT (counts.ts), so that
	 * next card reads no question page: the first few there are, empty only when there is none (an
	 * introduction that uses the last kept looks further at once), absent when not counted yet.
	 */
	ahead?: FactAt[];
}

/** A fact of a bank and its card's introduction order. */
export interface FactAt {
	fact: string;
	order: number;
}

/** One stored record per key: the learner's settings, or an app flag. */
export interface KeyValueRow<T = unknown> {
	key: string;
	value: T;
}

/** A student's result file, imported by the teacher on the bank's Results tab. */
export interface ResultRow {
	/** bankId + student + finishedAt (see resultKey): importing the same file twice stores it once. */
	key: string;
	bankId: string;
	result: TestResult;
	importedAt: Date;
}

/** An image from an imported deck, shown by name from the question's rich text. */
export interface MediaRow {
	bankId: string;
	name: string;
	/** MIME type, given to the Blob and used when the image is shown. */
	type: string;
	blob: Blob;
}

/** An automatic copy of everything (but media), taken at most once per study day, and before a restore or a replace. */
export interface SnapshotRow {
	id?: number;
	takenAt: Date;
	/** Why it was taken, when not the daily one: "Before replacing “Capitals”". */
	reason?: string;
	/** Counts, so the list of snapshots can say what each holds. */
	summary: { banks: number; cards: number; reviews: number };
	data: BackupData;
}

/** What the library knows of a bank beyond its content. */
export interface BankInfo {
	shipped: boolean;
	addedAt: Date;
	updatedAt: Date;
}

/**
 * `settings` of a backup: the settings and meta tables by key, and each bank's
 * library facts by id. A type alias (not an interface), so that it is a
 * `Record<string, unknown>` as the backup file format expects.
 */
export type StoredSettings = {
	settings: Record<string, unknown>;
	meta: Record<string, unknown>;
	library: Record<string, BankInfo>;
};

/** Everything but media, as exportAll reads it (a backup file adds media, see backup-file.ts). */
export interface BackupData {
	banks: Bank[];
	cards: Card[];
	/** With their ids, in id order. */
	reviews: ReviewLog[];
	attempts: Attempt[];
	results: ResultRow[];
	settings: StoredSettings;
}

/**
 * What restoreAll accepts: a BackupData, or a parsed backup file (whose
 * attempts and results restoreAll checks). `media`, when present, replaces
 * every stored media file; when absent, media is left alone.
 */
export type RestoreData = Omit<Backup, 'format' | 'version' | 'exportedAt' | 'media'> & { media?: unknown[] };
