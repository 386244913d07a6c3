/**
 * Signing in and out on this device. The first sign-in queues everything
 * already here (it never overwrites: the first pull merges the server's
 * changes after it, keeping a snapshot of any question it replaces); signing
 * out stops syncing and forgets what waited, never the learner's data.
 */
import { DEFAULT_SETTINGS, normalizeSettings } from '../core/settings';
import type { DocRef } from './outbox';
import { db, type FactdeckDB } from './db';
import { bankDocs, docRows, REVIEW_PREFIX } from './outbox';
import { allQuestionRows } from './question-pages';
import { suspendedCards } from './bank-ranges';
import type { OutboxRow } from './rows';
import { SETTINGS_KEY } from './settings';
import { patchSyncMeta } from './sync-meta';

/** Orders [bankId, questionId] keys as IndexedDB did version 7's question rows (both compare UTF-16 code units). */
export function byQuestionKey(a: readonly [string, string], b: readonly [string, string]): number {
	if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
	return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** What a first sign-in queued, by kind. */
export interface MergeCounts {
	banks: number;
	questions: number;
	reviews: number;
	settings: number;
}

/** The tables `queueEverything` reads and writes. */
export const queueAllTables = (database: FactdeckDB) => [
	database.banks,
	database.questionPages,
	database.reviews,
	database.settings,
	database.cards,
	database.outbox
];

/**
 * Queues everything on this device, inside a rw transaction over
 * queueAllTables: the learner's banks (a shipped bank as shipped is on every
 * device already), every review, the settings changed from their defaults,
 * and the suspended cards.
 */
export async function queueEverything(database: FactdeckDB): Promise<MergeCounts> {
	const [banks, questionKeys, reviews, settings, suspended] = await Promise.all([
		database.banks.toArray(),
		allQuestionRows(database).then((rows) => rows.map((q): [string, string] => [q.bankId, q.id]).sort(byQuestionKey)),
		database.reviews.toArray(),
		database.settings.get(SETTINGS_KEY),
		suspendedCards(database).toArray()
	]);
	const own = new Set(banks.filter((b) => !b.shipped).map((b) => b.id));
	const questionIds = new Map<string, string[]>([...own].map((id) => [id, []]));
	for (const [bankId, id] of questionKeys) questionIds.get(bankId)?.push(id);
	// A setting left at its default is not sent: it would overwrite a choice made on another device.
	const stored = { ...normalizeSettings(settings?.value) } as Record<string, unknown>;
	const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
	const settingKeys = Object.keys(stored).filter((key) => stored[key] !== defaults[key]);
	const docs: DocRef[] = [
		...[...questionIds].flatMap(([bankId, ids]) => bankDocs(bankId, ids)),
		...settingKeys.map((key): DocRef => ({ kind: 'setting', bankId: '', key })),
		...suspended.map((card): DocRef => ({ kind: 'card', bankId: card.bankId, key: card.fact }))
	];
	const answers = reviews.filter((r) => r.uid).map((r): OutboxRow => ({ key: REVIEW_PREFIX + r.uid, bankId: r.bankId }));
	await database.outbox.bulkPut([...docRows(docs), ...answers]);
	const questions = [...questionIds.values()].reduce((n, ids) => n + ids.length, 0);
	return { banks: own.size, questions, reviews: answers.length, settings: settingKeys.length };
}

/**
 * First sign-in on this device: turn syncing on and queue everything already here (never overwrites: the pull
 * merges after). Its documents are pushed once a pull has caught up with the server (see StoredSyncMeta).
 */
export async function startSyncing(database: FactdeckDB = db): Promise<MergeCounts> {
	return database.transaction('rw', [...queueAllTables(database), database.meta], async () => {
		await patchSyncMeta(database, { enabled: true, cursor: 0, merging: true });
		return queueEverything(database);
	});
}

/** Sign out: syncing off, cursor 0, outbox, revisions and class work cleared; the learner's data stays. */
export async function stopSyncing(database: FactdeckDB = db): Promise<void> {
	await database.transaction('rw', [database.meta, database.outbox, database.syncRevs, database.assignments, database.classAttempts], async () => {
		await Promise.all([
			patchSyncMeta(database, { enabled: false, cursor: 0, lastSyncedAt: undefined, login: undefined, merging: undefined }),
			database.outbox.clear(),
			database.syncRevs.clear(),
			// The account's class work is its own: the next account on this device (a shared school tablet) sees none of it.
			database.assignments.clear(),
			database.classAttempts.clear()
		]);
	});
}
