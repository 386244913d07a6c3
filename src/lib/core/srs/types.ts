/**
 * Scheduling types shared by the scheduler adapter, the queue and storage.
 * They mirror ts-fsrs's Card field for field so that no state is lost in
 * conversion, but are declared here so that nothing outside core/srs needs
 * to import ts-fsrs.
 */

/** Card states, numbered as ts-fsrs numbers them. */
export const CardStateKind = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateKind = (typeof CardStateKind)[keyof typeof CardStateKind];

/** Ratings, numbered as FSRS and Anki number them. */
export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Rating = (typeof Rating)[keyof typeof Rating];
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The full FSRS memory state of one card, Dates as Dates. */
export interface Schedule {
	due: Date;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: CardStateKind;
	last_review?: Date;
}

/** One card per fact per bank; every question of the fact shares its schedule. */
export interface Card extends Schedule {
	/** `${bankId}\u0000${fact}` — deterministic, so reloading a bank keeps progress. */
	id: string;
	bankId: string;
	fact: string;
	/** Position of the fact's first question in its bank: new cards are introduced in this order. */
	order: number;
	/** The question last shown for this card, so the next review can vary the format. */
	lastQuestionId?: string;
	/**
	 * 1 while the learner has suspended the card (the queue skips it), absent
	 * otherwise: only suspended cards then enter the indexes on this field.
	 */
	suspended?: 1;
}

/** One answer, as stored in the review log. */
export interface ReviewLog {
	id?: number;
	cardId: string;
	bankId: string;
	questionId: string;
	rating: Rating;
	/** The card exactly as it was before the answer: undo restores it. */
	before: Schedule;
	after: Schedule;
	/** Milliseconds from showing the question to answering it. */
	durationMs: number;
	reviewedAt: Date;
}

/** Scheduler options the learner can set. */
export interface SchedulerOptions {
	/** Desired retention, 0.70 to 0.97. */
	retention: number;
	/** Interval fuzz: on in the app, off in tests. */
	fuzz: boolean;
	/** The learner's fitted FSRS parameters (21 numbers); absent or null for FSRS's defaults. */
	params?: readonly number[] | null;
}

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/**
 * What the queue needs from storage, gathered by index range reads.
 * The pure queue (queue.ts) decides the order from this alone.
 */
export interface QueueInput {
	now: Date;
	/** Learning and relearning cards due by now + learn-ahead window, any order. */
	learning: Card[];
	/** Review cards due before the end of the current study day, any order. */
	reviews: Card[];
	/** New cards still allowed today (daily limit already applied per bank), in introduction order. */
	fresh: Card[];
}

/** What is left in a session, as the study screen shows it. */
export interface QueueCounts {
	new: number;
	learning: number;
	review: number;
}
