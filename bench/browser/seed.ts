/**
 * A synthetic collection of a heavy learner, written straight into the
 * tables with bulkPut in chunks (no per-card transactions), so that filling
 * 100,000 cards takes seconds. The mix of states and due dates is fixed and
 * seeded, so every run and every size sees the same shape of data.
 */
import type { Question } from '$lib/core/bank/schema';
import { createCard, toSchedule } from '$lib/core/srs/card';
import { seededRng } from '$lib/core/srs/rng';
import { CardStateKind, type Card, type Schedule } from '$lib/core/srs/types';
import { recountBanks } from '$lib/storage/counting';
import type { FactdeckDB } from '$lib/storage/db';
import { toPages } from '$lib/storage/page-build';
import type { BankRow, QuestionPageRow, ReviewRow } from '$lib/storage/rows';

const DAY = 86_400_000;
const MIN = 60_000;
const CHUNK = 5_000;

/** Share of each card state; the rest are Review cards. Heavy Anki collections look like this. */
const MIX = { new: 0.35, learning: 0.005, relearning: 0.005 } as const;
/** Review cards fall due evenly from this many days overdue up to this many days ahead. */
const REVIEW_SPREAD = { overdueDays: 3, aheadDays: 180 } as const;
/** New cards each bank already introduced today (they count against its daily limit). */
const INTRODUCED_TODAY = 5;

export interface SeedSpec {
	cards: number;
	banks: number;
	now: number;
	seed: number;
	/** Also write one question per card (needed when the app itself will show the cards). */
	questions: boolean;
	/** Also write the log row of every studied card's last answer, not only today's introductions. */
	history: boolean;
	/** Bank id prefix, so synthetic banks never collide with shipped ones. */
	prefix?: string;
}

export interface SeedInfo {
	cards: number;
	banks: number;
	byState: Record<'new' | 'learning' | 'relearning' | 'review', number>;
	questions: number;
	reviews: number;
	ms: number;
	/** Time spent writing each table, ms. */
	writeMs: { cards: number; reviews: number; questions: number; counts: number };
	bankIds: string[];
}

/** A schedule in `state`, due at `due`, last reviewed before `now`, with plausible FSRS numbers for it. */
function schedule(state: CardStateKind, due: number, now: number, rng: () => number): Schedule {
	const review = state === CardStateKind.Review;
	let interval = review ? Math.max(1, Math.round(Math.exp(rng() * Math.log(365)))) : 0;
	let last = review ? due - interval * DAY : Math.min(due, now) - 10 * MIN;
	if (last > now) {
		// A long interval ending far ahead would start in the future: start it in the past week instead.
		last = now - Math.ceil(rng() * 7) * DAY;
		interval = Math.round((due - last) / DAY);
	}
	return {
		due: new Date(due),
		stability: review ? interval * (0.8 + rng() * 0.4) : 0.4 + rng(),
		difficulty: 1 + rng() * 9,
		elapsed_days: review ? interval : 0,
		scheduled_days: interval,
		learning_steps: state === CardStateKind.Learning ? 1 : 0,
		reps: 1 + Math.floor(rng() * 20),
		lapses: state === CardStateKind.Relearning ? 1 + Math.floor(rng() * 3) : Math.floor(rng() * 2),
		state,
		last_review: new Date(last)
	};
}

/** The state of one card, drawn from MIX. */
function drawState(rng: () => number): CardStateKind {
	const r = rng();
	if (r < MIX.new) return CardStateKind.New;
	if (r < MIX.new + MIX.learning) return CardStateKind.Learning;
	if (r < MIX.new + MIX.learning + MIX.relearning) return CardStateKind.Relearning;
	return CardStateKind.Review;
}

/** When a card of this state falls due, relative to `now`. */
function drawDue(state: CardStateKind, now: number, rng: () => number): number {
	if (state === CardStateKind.Review) {
		const { overdueDays, aheadDays } = REVIEW_SPREAD;
		return now + (rng() * (overdueDays + aheadDays) - overdueDays) * DAY;
	}
	// Learning steps are minutes long: some left over from earlier today, some a few minutes ahead.
	return now + (rng() * 130 - 120) * MIN;
}

function bankRow(id: string, index: number, cards: number, now: number): BankRow {
	return {
		format: 'factdeck.bank',
		version: 1,
		id,
		title: `Bench bank ${String(index).padStart(2, '0')}`,
		contentHash: `bench-${id}`,
		questionCount: cards,
		factCount: cards,
		shipped: false,
		addedAt: new Date(now - 400 * DAY),
		updatedAt: new Date(now - 400 * DAY)
	};
}

function question(j: number): Question {
	return {
		id: `q${j}`,
		fact: `f${j}`,
		type: 'flashcard',
		prompt: `Which term does definition number ${j} of this bank describe?`,
		answer: `term ${j}`
	};
}

/** The log row of a card's last answer (a New card introduced today when `introduced`). */
function reviewRow(card: Card, introduced: boolean, now: number): ReviewRow {
	const at = introduced ? now - 30 * MIN : card.last_review!.getTime();
	const before = introduced ? toSchedule(createCard(card.bankId, card.fact, card.order, new Date(at))) : toSchedule({ ...card, due: new Date(at) });
	return {
		cardId: card.id,
		bankId: card.bankId,
		questionId: `q${card.order}`,
		rating: 3,
		before,
		after: toSchedule(card),
		durationMs: 4_000,
		reviewedAt: new Date(at)
	};
}

async function putInChunks<T>(rows: T[], put: (chunk: T[]) => Promise<unknown>): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) await put(rows.slice(i, i + CHUNK));
}

/** Fills the database with `spec.cards` cards spread evenly over `spec.banks` banks. */
export async function seedCollection(database: FactdeckDB, spec: SeedSpec): Promise<SeedInfo> {
	const t0 = performance.now();
	const rng = seededRng(spec.seed);
	const prefix = spec.prefix ?? 'bench';
	const perBank = Math.ceil(spec.cards / spec.banks);
	const byState = { new: 0, learning: 0, relearning: 0, review: 0 };
	const banks: BankRow[] = [];
	const cards: Card[] = [];
	const reviews: ReviewRow[] = [];
	const pages: QuestionPageRow[] = [];
	for (let b = 0; b < spec.banks; b++) {
		const bankId = `${prefix}-${String(b).padStart(2, '0')}`;
		const count = Math.min(perBank, spec.cards - b * perBank);
		if (count <= 0) break;
		banks.push(bankRow(bankId, b, count, spec.now));
		let introduced = 0;
		if (spec.questions)
			pages.push(
				...toPages(
					bankId,
					Array.from({ length: count }, (_, j) => question(j))
				)
			);
		for (let j = 0; j < count; j++) {
			const state = drawState(rng);
			let card = createCard(bankId, `f${j}`, j, new Date(spec.now - 400 * DAY));
			if (state !== CardStateKind.New) card = { ...card, ...schedule(state, drawDue(state, spec.now, rng), spec.now, rng) };
			byState[(['new', 'learning', 'review', 'relearning'] as const)[state]]++;
			// With its bank's questions stored, a New card needs no row (implicit-cards.ts), as after an import.
			if (state !== CardStateKind.New || !spec.questions) cards.push(card);
			if (state !== CardStateKind.New) {
				const today = state === CardStateKind.Learning && introduced < INTRODUCED_TODAY;
				if (today) introduced++;
				if (today || spec.history) reviews.push(reviewRow(card, today, spec.now));
			}
		}
	}
	await database.banks.bulkPut(banks);
	const t1 = performance.now();
	await putInChunks(cards, (chunk) => database.cards.bulkPut(chunk));
	const t2 = performance.now();
	await putInChunks(reviews, (chunk) => database.reviews.bulkAdd(chunk));
	const t3 = performance.now();
	await putInChunks(pages, (chunk) => database.questionPages.bulkPut(chunk));
	const t4 = performance.now();
	// Written behind the app's back, the cards have no per-bank counts (the app empties them on such
	// writes); the app counts them on first use, once, as after an upgrade. Do it now, untimed by the study loop.
	await recountBanks(
		database,
		banks.map((b) => b.id)
	);
	const writeMs = { cards: t2 - t1, reviews: t3 - t2, questions: t4 - t3, counts: performance.now() - t4 };
	return {
		cards: byState.new + byState.learning + byState.review + byState.relearning,
		banks: banks.length,
		byState,
		questions: pages.reduce((n, p) => n + p.questions.length, 0),
		reviews: reviews.length,
		ms: performance.now() - t0,
		writeMs,
		bankIds: banks.map((b) => b.id)
	};
}
