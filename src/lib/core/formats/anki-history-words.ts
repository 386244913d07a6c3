/**
 * What the import says about an Anki package's review history: the warnings
 * (what did not come), and the preview's lines (what comes, what was left out).
 */
import { countOf, formatCount } from '../count';
import type { HistorySummary } from './import-history';

/** Review log rows read from one collection: a million, the most the statistics and the study queue are measured at. */
export const MAX_ANKI_REVIEWS = 1_000_000;

/** What the package's log held, beside the summary of what came of it. */
export interface LogFacts {
	/** Rows in Anki's review log. */
	logRows: number;
	/** Cards studied in Anki (not new). */
	studied: number;
}

/** The warnings about the history: none when it all came. */
export function historyWarnings(summary: HistorySummary | undefined, { logRows, studied }: LogFacts): string[] {
	if (logRows > MAX_ANKI_REVIEWS) {
		return [
			`the review history holds ${formatCount(logRows)} reviews, more than the ${formatCount(MAX_ANKI_REVIEWS)} Factdeck brings over: every card starts as a new card`
		];
	}
	if (logRows === 0) {
		return [
			studied > 0
				? `the package holds no review history for the ${countOf(studied, 'card')} studied in Anki: ${studied === 1 ? 'it starts' : 'they start'} as new`
				: 'the package holds no review history: every card starts as a new card (to bring it, export from Anki with “Include scheduling information” ticked)'
		];
	}
	const out: string[] = [];
	if (summary && summary.unreplayed > 0) {
		out.push(
			`${countOf(summary.unreplayed, 'card')} studied in Anki ${summary.unreplayed === 1 ? 'has' : 'have'} no review left to replay (reset in Anki, or reviewed only in a filtered deck that does not reschedule): ${summary.unreplayed === 1 ? 'it starts' : 'they start'} as new`
		);
	}
	if (summary && summary.partial > 0) {
		out.push(
			`${countOf(summary.partial, 'Anki card')}: the history starts after the first learning step (older reviews were deleted), so the memory state is replayed from the first review left, an estimate`
		);
	}
	return out;
}

/** The preview's line of what comes: "1,234 reviews of 210 cards; 180 keep their due dates from Anki; 3 stay suspended". */
export function historyBrought(summary: HistorySummary): string {
	const parts = [summary.reviews > 0 ? `${countOf(summary.reviews, 'review')} of ${countOf(summary.cards, 'card')}` : 'no review that can be replayed'];
	if (summary.due > 0) parts.push(`${formatCount(summary.due)} ${summary.due === 1 ? 'keeps its due date' : 'keep their due dates'} from Anki`);
	if (summary.suspended > 0) parts.push(`${formatCount(summary.suspended)} ${summary.suspended === 1 ? 'stays' : 'stay'} suspended`);
	return parts.join('; ');
}

/** The preview's lines of what was left out of the log, and why; empty when nothing was. */
export function historyLeftOut({ skipped }: HistorySummary): string[] {
	const lines: [number, string, string][] = [
		[skipped.manual, 'entry of manual scheduling (set due date, reset, reschedule)', 'entries of manual scheduling (set due date, reset, reschedule)'],
		[skipped.cram, 'review in a filtered deck that does not reschedule', 'reviews in filtered decks that do not reschedule'],
		[skipped.beforeReset, 'review from before its card was reset', 'reviews from before their card was reset'],
		[skipped.damaged, 'damaged row (unknown button or kind, negative time)', 'damaged rows (unknown button or kind, negative time)'],
		[skipped.noCard, 'review of a card that is not imported or not in the package', 'reviews of cards that are not imported or not in the package']
	];
	return lines.filter(([n]) => n > 0).map(([n, one, many]) => countOf(n, one, many));
}
