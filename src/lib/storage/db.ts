/**
 * The IndexedDB schema. Every index exists for a named query (see the comment
 * on each); the queue and the library counts are index range reads or index
 * `count()`s, never table scans, so 100,000 cards study as fast as 100.
 * Never delete or edit a `version()` declaration once shipped: add a new one,
 * with an `upgrade()` for any data change. The full policy is in MIGRATIONS.md.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Attempt } from '../core/quiz/attempt';
import type { Settings } from '../core/settings';
import type { Card } from '../core/srs/types';
import { countsGuard } from './counts-guard';
import { statsGuard } from './stats-guard';
import type { ReviewStatsRow } from './stats-rows';
import type {
	AssignmentRow,
	BankCountsRow,
	BankRow,
	ClassAttemptRow,
	KeyValueRow,
	MediaRow,
	OutboxRow,
	QuestionPageRow,
	ResultRow,
	ReviewRow,
	SnapshotRow,
	SyncRevRow
} from './rows';
import { prepareUpgrades, upgradeTo } from './upgrade-code';

export class FactdeckDB extends Dexie {
	banks!: EntityTable<BankRow, 'id'>;
	questionPages!: Table<QuestionPageRow, [string, number]>;
	cards!: EntityTable<Card, 'id'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	settings!: Table<KeyValueRow<Settings>, string>;
	meta!: Table<KeyValueRow, string>;
	attempts!: EntityTable<Attempt, 'id'>;
	results!: EntityTable<ResultRow, 'key'>;
	media!: Table<MediaRow, [string, string]>;
	snapshots!: EntityTable<SnapshotRow, 'id'>;
	bankCounts!: EntityTable<BankCountsRow, 'bankId'>;
	outbox!: EntityTable<OutboxRow, 'key'>;
	syncRevs!: Table<SyncRevRow, [string, string, string]>;
	// `declare`: Dexie sets these itself, and a declared field costs the study page no bytes.
	declare assignments: EntityTable<AssignmentRow, 'id'>;
	declare classAttempts: EntityTable<ClassAttemptRow, 'id'>;
	declare reviewStats: Table<ReviewStatsRow, number | string>;

	constructor(name: string) {
		super(name);
		this.version(1).stores({
			// id: getBank/getBankMeta/deleteBank, and the list of bank ids for "Study all".
			// No title index: the library sorts a handful of rows with localeCompare, which an index cannot do.
			banks: 'id',
			questions: [
				// [bankId+id] (primary): question ids are unique within a bank only.
				'[bankId+id]',
				// questionsForFact: the questions that share a card.
				'[bankId+fact]',
				// getBank in bank order; replacing or deleting a bank's questions.
				'[bankId+position]'
			].join(','),
			cards: [
				// id (primary): getCard, and the one card written per answer/undo.
				'id',
				// One bank's learning/review cards due by a time (queue, due counts, due tomorrow);
				// with state and due left open, every card of a bank (re-save diff, delete, total).
				'[bankId+state+due]',
				// The same due ranges across all banks, for "Study all".
				'[state+due]',
				// A bank's New cards in introduction order, read with limit(n); also their count.
				'[bankId+state+order]'
			].join(','),
			reviews: [
				// ++id (primary): saveAnswer returns it, undoAnswer deletes exactly that row.
				'++id',
				// reviewsSince(bankId, from), and deleting a bank's log with the bank.
				'[bankId+reviewedAt]',
				// reviewsSince(undefined, from): the log of every bank since a time.
				'reviewedAt',
				// Cards of a bank introduced today (answered while New): the daily new limit, by count().
				'[bankId+before.state+reviewedAt]'
			].join(','),
			// key 'learner': the one Settings record.
			settings: 'key',
			// key: small app flags (persistRequested, shippedBanksKey, ...).
			meta: 'key'
		});
		// Version 2 lists only its new tables; Dexie carries the others over unchanged (see MIGRATIONS.md).
		this.version(2).stores({
			attempts: [
				// id (primary): saveAttempt puts by it, so one test saved twice is one row.
				'id',
				// listAttempts(bankId) newest first (a reversed range); deleting a bank's attempts.
				'[bankId+finishedAt]'
			].join(','),
			results: [
				// key (primary): importResults skips a result whose key is already stored.
				'key',
				// listResults / clearResults of one bank, and deleting a bank's results.
				'bankId'
			].join(','),
			// [bankId+name] (primary): getMedia(bankId, name); a bank's prefix range replaces or deletes its media.
			media: '[bankId+name]',
			snapshots: [
				// ++id (primary): restoreSnapshot(id); in id order, the last one taken (one per study day)
				// and the ones beyond the last 7, to prune (id order survives a clock set back).
				'++id',
				// listSnapshots, newest first.
				'takenAt'
			].join(',')
		});
		// Version 3 adds a cache and moves no data: its rows are counted on first use (see MIGRATIONS.md).
		this.version(3).stores({
			// bankId (primary): the counts of one bank (its queue, an answer, a bank write); all rows for "Study all" and the library.
			bankCounts: 'bankId'
		});
		// Version 4 adds two indexes over `suspended`, which only suspended cards carry: they hold
		// those cards alone, so subtracting them from the queue's ranges costs a count of a few keys.
		// Declaring a table's indexes again lists them all; the old ones are unchanged (see MIGRATIONS.md).
		this.version(4).stores({
			cards: [
				'id',
				'[bankId+state+due]',
				'[state+due]',
				'[bankId+state+order]',
				// Suspended cards of a bank in a state, by due time: the queue's one-bank ranges
				// and counts leave them out (New ones too, whatever their due time), and the browser lists them.
				'[suspended+bankId+state+due]',
				// Suspended cards of every bank in a state, by due time: the same for "Study all".
				'[suspended+state+due]'
			].join(',')
		});
		// Version 5 prepares sync: reviews get a name that travels (uid) and an index to replay one
		// card's log; two new tables hold what waits to be pushed and the server revisions seen.
		this.version(5)
			.stores({
				reviews: [
					'++id',
					'[bankId+reviewedAt]',
					'reviewedAt',
					'[bankId+before.state+reviewedAt]',
					// &uid (unique): a pulled review already stored is skipped; a pushed one is read by it.
					'&uid',
					// One card's log in time order: the replay after a pull changed it.
					'[cardId+reviewedAt]'
				].join(','),
				outbox: [
					// key (primary): `review|<uid>`, `undo|<uid>`, `doc|<kind>|<bankId>|<key>`; a push reads each prefix in order.
					'key',
					// A deleted bank drops its waiting entries.
					'bankId'
				].join(','),
				// [kind+bankId+key] (primary): the revision last seen of one document, read for its baseRev.
				syncRevs: '[kind+bankId+key]'
			})
			.upgrade(upgradeTo(5));
		// Version 6 adds the class work of a student account: the assignments seen and the test attempts made here.
		this.version(6).stores({
			// id (primary): the list from the server replaces the stored rows by id; all rows for the library's class section.
			assignments: 'id',
			classAttempts: [
				// id (primary): made on the device, the id the server stores the attempt once by.
				'id',
				// The attempts of one test, for its attempts left and its result.
				'assignmentId',
				// The attempts waiting to be sent, after each sync.
				'state'
			].join(',')
		});
		// Version 7 adds a cache for the statistics page: the review log's totals per bank and study day,
		// by chunk of review ids (stats-cache.ts); no data moves, it is counted on first use.
		this.version(7).stores({
			reviewStats: [
				// key (primary): a chunk number (review ids key * 4096 up to the next chunk's), or 'state' (how far the log is counted).
				'key',
				// Chunks whose reviews were deleted or rewritten, to rebuild: only marked rows carry the field.
				'stale'
			].join(',')
		});
		// Version 8 stores questions in pages (page-layout.ts) and no row for a New card never given a
		// state of its own (implicit-cards.ts): an import writes one record per PAGE_SIZE questions and
		// none per card. The pages are made from the version-7 rows, whose implicit card rows go.
		this.version(8)
			.stores({
				// The version-7 rows move to pages in the upgrade below; Dexie drops the table after it.
				questions: null,
				questionPages: [
					// [bankId+page] (primary): a bank's questions in order (getBank, the editor's re-save, delete).
					'[bankId+page]',
					// *cardIds (multi-entry): the pages holding one card's questions (questionsForFact).
					'*cardIds'
				].join(',')
			})
			.upgrade(upgradeTo(8));
		// Writes to cards or reviews that do not keep bankCounts in step empty it (counts-guard.ts).
		this.use(countsGuard);
		// Writes to reviews already counted mark their chunks of reviewStats stale (stats-guard.ts).
		this.use(statsGuard);
		// The app reads with plain queries, never liveQuery. Dexie's Observability and Cache
		// middlewares only feed liveQuery (and post every write to other tabs): without them an
		// answer is saved about a quarter faster. Put them back before using liveQuery.
		this.unuse({ stack: 'dbcore', name: 'Observability' });
		this.unuse({ stack: 'dbcore', name: 'Cache' });
	}

	/**
	 * Opens once the upgrade code is fetched, if this device's database needs it
	 * (upgrade-code.ts). Dexie opens through here on first use too, and every
	 * query waits for the open that Dexie itself starts, which always follows.
	 */
	override open() {
		return Dexie.Promise.resolve(prepareUpgrades(this.name, Math.round(this.verno * 10))).then(() => super.open());
	}
}

/** A database of the given name; tests open one per test, the app uses `db`. */
export function openDatabase(name: string): FactdeckDB {
	return new FactdeckDB(name);
}

/** The app's database. Every storage function takes an optional database that defaults to this one. */
export const db = openDatabase('factdeck');
