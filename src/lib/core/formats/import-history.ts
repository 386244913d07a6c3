/**
 * The review history an import brings along, as the Anki codec reads it
 * (anki-history.ts) and storage writes it (storage/import-reviews.ts). Plain
 * data with typed arrays, so it crosses from the import worker cheaply.
 */

/** What the history brings, and what it leaves out; the import preview shows it. */
export interface HistorySummary {
	/** Reviews brought over, and the Factdeck cards they belong to. */
	reviews: number;
	cards: number;
	/** Cards that keep Anki's due date, and cards that stay suspended. */
	due: number;
	suspended: number;
	/** Rows of Anki's log left out: as Anki's FSRS leaves them out (manual, cram, before a reset), or unreadable, or of a card not imported. */
	skipped: { manual: number; cram: number; beforeReset: number; damaged: number; noCard: number };
	/** Anki cards whose log starts after their first learning step: replayed from their first remaining review. */
	partial: number;
	/** Cards studied in Anki with no review left to replay: they start as new cards. */
	unreplayed: number;
}

/** One Factdeck card of the history. */
export interface HistoryCard {
	fact: string;
	/** Its reviews are rows [from, from + count) of the columns, oldest first. */
	from: number;
	count: number;
	/** Anki's due, ms, when the card has reviews to replay. */
	due?: number;
	suspended?: true;
}

/** Everything the import writes of Anki's scheduling. */
export interface ImportHistory {
	cards: HistoryCard[];
	/** The questions the reviews were answered on; `reviews.question` indexes this list. */
	questionIds: string[];
	reviews: { question: Uint32Array; rating: Uint8Array; at: Float64Array; durationMs: Uint32Array };
	/** Moves review times so that UTC midnight is Anki's day boundary (see anki-revlog.ts `dayShiftMs`). */
	dayShiftMs: number;
	summary: HistorySummary;
}
