/** What the library shows of one bank, without its questions. */
import type { BankSource } from './schema';

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
