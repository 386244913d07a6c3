/** The library's view of each bank: what it is and how much is due, counted on indexes. */
import type { BankSource } from '../core/bank/schema';
import type { Settings } from '../core/settings';
import { db, type BankRow, type FactdeckDB } from './db';
import { bankCards, dueWindow, learningDue, newAllowance, newCards, reviewsDue, type DueWindow } from './ranges';

/** One bank in the library list. */
export interface BankSummary {
	id: string;
	title: string;
	description?: string;
	source?: Pick<BankSource, 'title' | 'publisher' | 'published'>;
	questionCount: number;
	factCount: number;
	/** Learning cards due now (within the learn-ahead window, as the study queue counts them) + reviews due today. */
	due: number;
	/** New cards the learner may still start today, after the daily limit. */
	new: number;
	/** All cards of the bank, whatever their state. */
	cardCount: number;
}

/** Counts for one bank; must run inside a read transaction over cards and reviews. */
async function summarize(database: FactdeckDB, row: BankRow, window: DueWindow, settings: Settings): Promise<BankSummary> {
	const [learning, relearning] = learningDue(database, row.id, window);
	const [l, r, rev, fresh, cardCount] = await Promise.all([
		learning.count(),
		relearning.count(),
		reviewsDue(database, row.id, window).count(),
		// Read at most the allowance of keys: a big bank's thousands of New cards are never walked.
		newAllowance(database, row.id, window, settings).then((allowed) =>
			allowed > 0 ? newCards(database, row.id).limit(allowed).primaryKeys() : []
		),
		bankCards(database, row.id).count()
	]);
	const summary: BankSummary = {
		id: row.id,
		title: row.title,
		questionCount: row.questionCount,
		factCount: row.factCount,
		due: l + r + rev,
		new: fresh.length,
		cardCount
	};
	if (row.description !== undefined) summary.description = row.description;
	if (row.source) {
		const { title, publisher, published } = row.source;
		summary.source = {
			...(title !== undefined && { title }),
			...(publisher !== undefined && { publisher }),
			...(published !== undefined && { published })
		};
	}
	return summary;
}

/** Every bank with its due and new counts at `now`, sorted by title. */
export async function listBankSummaries(now: Date, settings: Settings, database: FactdeckDB = db): Promise<BankSummary[]> {
	const window = dueWindow(now, settings);
	const summaries = await database.transaction('r', [database.banks, database.cards, database.reviews], async () => {
		const rows = await database.banks.toArray();
		return Promise.all(rows.map((row) => summarize(database, row, window, settings)));
	});
	return summaries.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
