/**
 * The adapter between Factdeck cards and ts-fsrs. It is the only file that
 * imports ts-fsrs: everything else speaks Schedule/Card from types.ts, so an
 * upgrade of the library touches one place. FSRS itself (weights, formulas)
 * is entirely ts-fsrs's, with its default parameters or the learner's fitted ones.
 */
import { default_w, forgetting_curve, fsrs, generatorParameters, type Card as FsrsCard, type FSRS, type Grade } from 'ts-fsrs';
import { toSchedule } from './card';
import { formatInterval } from './interval';
import {
	CardStateKind,
	DEFAULT_RETENTION,
	MAX_RETENTION,
	MIN_RETENTION,
	RATINGS,
	type Card,
	type Rating,
	type ReviewLog,
	type Schedule,
	type SchedulerOptions
} from './types';

/** Short steps in the Anki tradition: see a new card again after 1 and 10 minutes, a lapse after 10. */
const LEARNING_STEPS = ['1m', '10m'] as const;
const RELEARNING_STEPS = ['10m'] as const;

// Building an FSRS instance precomputes its interval modifier; the learner
// changes retention and parameters rarely, so one instance per (retention, fuzz, parameters) is plenty.
const engines = new Map<string, FSRS>();

/** Retention clamped to the range the settings allow; anything unusable falls back to the default. */
function usableRetention(retention: number): number {
	if (!Number.isFinite(retention)) return DEFAULT_RETENTION;
	return Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, retention));
}

/** The cached ts-fsrs scheduler for these options. */
function engine(opts: SchedulerOptions): FSRS {
	const retention = usableRetention(opts.retention);
	const key = `${retention}|${opts.fuzz ? 1 : 0}|${opts.params?.join(',') ?? ''}`;
	let f = engines.get(key);
	if (!f) {
		f = fsrs(
			generatorParameters({
				request_retention: retention,
				...(opts.params ? { w: [...opts.params] } : {}),
				enable_fuzz: opts.fuzz,
				enable_short_term: true,
				learning_steps: LEARNING_STEPS,
				relearning_steps: RELEARNING_STEPS
			})
		);
		engines.set(key, f);
	}
	return f;
}

const copyDate = (d: Date): Date => new Date(d.getTime());

// Card ids, schedule copies and new cards need no FSRS: they live in card.ts, loadable without ts-fsrs.
export { cardId, createCard, newSchedule, toSchedule } from './card';

/** Our schedule as a ts-fsrs card, field for field. */
function toFsrs(s: Schedule): FsrsCard {
	return { ...toSchedule(s), state: s.state as number };
}

/** A ts-fsrs card as our schedule, field for field. */
function fromFsrs(c: FsrsCard): Schedule {
	return toSchedule({ ...c, state: c.state as number as CardStateKind, last_review: c.last_review ?? undefined });
}

/** What each rating would do to the card at `now`, with the label for its button. */
export function previewOutcomes(card: Schedule, now: Date, opts: SchedulerOptions): Record<Rating, { schedule: Schedule; interval: string }> {
	const preview = engine(opts).repeat(toFsrs(card), reviewTime(card, now));
	const outcome = (rating: Rating) => {
		const schedule = fromFsrs(preview[rating as Grade].card);
		return { schedule, interval: formatInterval(now, schedule.due) };
	};
	const [again, hard, good, easy] = RATINGS.map(outcome);
	return { 1: again, 2: hard, 3: good, 4: easy };
}

/**
 * The moment FSRS schedules from: `now`, or the card's last review when a
 * clock set back puts `now` before it (FSRS refuses negative elapsed time, and
 * the learner must still be able to answer the card).
 */
function reviewTime(schedule: Schedule, now: Date): Date {
	return schedule.last_review && now.getTime() < schedule.last_review.getTime() ? copyDate(schedule.last_review) : now;
}

/** The next schedule after answering with `rating` at `now`. */
function step(schedule: Schedule, rating: Rating, now: Date, opts: SchedulerOptions): Schedule {
	if (!RATINGS.includes(rating)) throw new RangeError(`rating must be 1-4, got ${String(rating)}`);
	return fromFsrs(engine(opts).next(toFsrs(schedule), reviewTime(schedule, now), rating as Grade).card);
}

/** Answers a card: its new state, and the review log that records (and can undo) the answer. */
export function answerCard(
	card: Card,
	rating: Rating,
	now: Date,
	opts: SchedulerOptions,
	questionId: string,
	durationMs: number
): { card: Card; log: ReviewLog } {
	const before = toSchedule(card);
	const after = step(before, rating, now, opts);
	const next: Card = {
		id: card.id,
		bankId: card.bankId,
		fact: card.fact,
		order: card.order,
		lastQuestionId: questionId,
		...after
	};
	const log: ReviewLog = {
		cardId: card.id,
		bankId: card.bankId,
		questionId,
		rating,
		before,
		after: toSchedule(after),
		// A stopped clock or a tab left open must not store nonsense durations.
		durationMs: Number.isFinite(durationMs) ? Math.max(0, Math.round(durationMs)) : 0,
		reviewedAt: copyDate(now)
	};
	return { card: next, log };
}

/** A card's memory as FSRS models it, without dates: what a simulation steps. */
export interface Memory {
	stability: number;
	difficulty: number;
}

/** FSRS's formulas for given options, on day counts, fuzz off: what a workload simulation needs. */
export interface MemoryModel {
	/** Probability of recall `days` after the last review, at `stability`. */
	retrievability(days: number, stability: number): number;
	/** The memory after a rating `days` after the last review (0: the same day); null memory for a New card. */
	next(memory: Memory | null, days: number, rating: Rating): Memory;
	/** Days to the next review of a card of this stability, at the desired retention. */
	interval(stability: number): number;
}

/** FSRS's memory formulas with these options' parameters and retention, for simulations. */
export function memoryModel(opts: Omit<SchedulerOptions, 'fuzz'>): MemoryModel {
	const f = engine({ ...opts, fuzz: false });
	return {
		retrievability: (days, stability) => f.forgetting_curve(days, stability),
		next: (memory, days, rating) => f.next_state(memory, days, rating),
		interval: (stability) => f.next_interval(stability, 0)
	};
}

/**
 * Recomputes a schedule from its history: each rating applied at its
 * `reviewedAt`, in the order the answers were saved (by log id, which a clock
 * set back cannot disturb; oldest first when the logs carry no ids). ts-fsrs
 * seeds its fuzz from the review time and the card, so with the options used
 * when answering the replay matches the stored state exactly; pass
 * `fuzz: false` to check a history answered without fuzz.
 */
export function replayLog(initial: Schedule, logs: readonly ReviewLog[], opts: SchedulerOptions): Schedule {
	const saved = logs.every((log) => log.id !== undefined);
	const ordered = [...logs].sort((a, b) => (saved ? a.id! - b.id! : 0) || a.reviewedAt.getTime() - b.reviewedAt.getTime());
	return ordered.reduce((s, log) => step(s, log.rating, log.reviewedAt, opts), toSchedule(initial));
}

const DAY_MS = 86_400_000;

/**
 * The probability of recalling the card at `now`, from FSRS-6's forgetting
 * curve: its stability, the days since its last review and the curve's decay
 * (the learner's fitted parameters, or the defaults). Null for a card never
 * reviewed, which has no memory to forget.
 */
export function retrievability(schedule: Schedule, now: Date, params?: readonly number[] | null): number | null {
	if (schedule.state === CardStateKind.New || !schedule.last_review || !(schedule.stability > 0)) return null;
	const elapsed = Math.max(0, (now.getTime() - schedule.last_review.getTime()) / DAY_MS);
	return forgetting_curve(params ?? default_w, elapsed, schedule.stability);
}
