/**
 * The study loop as the app runs it (read the head of the queue, pick the
 * next card, answer it in one transaction), timed step by step, beside two
 * other ways of picking the next card on the same database state: the
 * previous design (`gatherQueue`: every due card and each bank's allowed New
 * cards loaded, then `nextCard`), and the naive one (the whole cards table
 * loaded, filtered and sorted in JavaScript). All three must pick the same card.
 */
import type { Settings } from '$lib/core/settings';
import { nextCard, nextFromHead } from '$lib/core/srs/queue';
import { answerCard } from '$lib/core/srs/scheduler';
import { seededRng } from '$lib/core/srs/rng';
import { CardStateKind, Rating, type Card, type QueueInput } from '$lib/core/srs/types';
import { saveAnswer } from '$lib/storage/answers';
import type { FactdeckDB } from '$lib/storage/db';
import { gatherQueueHead, type Scope } from '$lib/storage/queue';
import { gatherQueue } from '$lib/storage/queue-lists';
import { dueWindow } from '$lib/storage/ranges';
import { listBankSummaries } from '$lib/storage/summaries';
import { everyCard } from '$lib/storage/card-reads';

/** Time between two answers in the simulated session, ms. */
const THINK_MS = 8_000;

export interface StudySamples {
	/** gatherQueueHead + nextFromHead, as the app calls them after every answer. */
	next: number[];
	/** saveAnswer: the card and its review log row in one transaction. */
	answer: number[];
	/** The previous design's next card: gatherQueue (whole lists) + nextCard. */
	whole: number[];
	/** The naive next card: every card loaded, filtered and sorted. */
	naive: number[];
	/** Times the previous or the naive way picked another card than the app (must be 0). */
	mismatches: number;
	/** At the first step: what is left to study, and how many cards the head read loaded. */
	head: { learning: number; reviews: number; fresh: number; loaded: number };
	/** At the first step: how many cards the previous design loaded. */
	gathered: { learning: number; reviews: number; fresh: number };
}

/** Every card, rows and New cards without one (their banks' question pages say which), as the naive way loads them. */
function everyCardOf(database: FactdeckDB) {
	return database.transaction('r', [database.banks, database.questionPages, database.cards], () => everyCard(database));
}

/** The naive queue: every card loaded, filtered and sorted in JavaScript. */
async function naiveQueue(database: FactdeckDB, scope: Scope, now: Date, settings: Settings): Promise<QueueInput> {
	const window = dueWindow(now, settings);
	const all = await everyCardOf(database);
	const reviewsToday = await database.reviews.where('reviewedAt').between(window.dayStart, window.dayEnd, true, false).toArray();
	const cards = scope.bankId === undefined ? all : all.filter((c) => c.bankId === scope.bankId);
	const learnUntil = window.learnUntil.getTime();
	const dayEnd = window.dayEnd.getTime();
	const learning = cards.filter((c) => (c.state === CardStateKind.Learning || c.state === CardStateKind.Relearning) && c.due.getTime() <= learnUntil);
	const reviews = cards.filter((c) => c.state === CardStateKind.Review && c.due.getTime() < dayEnd);
	const introduced = new Map<string, number>();
	for (const r of reviewsToday) {
		if (r.before.state === CardStateKind.New) introduced.set(r.bankId, (introduced.get(r.bankId) ?? 0) + 1);
	}
	const byBank = new Map<string, Card[]>();
	for (const c of cards) {
		if (c.state !== CardStateKind.New) continue;
		const list = byBank.get(c.bankId) ?? [];
		list.push(c);
		byBank.set(c.bankId, list);
	}
	const fresh: Card[] = [];
	for (const bankId of [...byBank.keys()].sort()) {
		const allowed = Math.max(0, settings.newPerDay - (introduced.get(bankId) ?? 0));
		fresh.push(
			...byBank
				.get(bankId)!
				.sort((a, b) => a.order - b.order)
				.slice(0, allowed)
		);
	}
	return { now, learning, reviews, fresh };
}

/**
 * Runs `steps` answers of a session over `scope`, starting at `start`; at
 * the first `compareSteps` of them the next card is also picked the previous
 * way, and at the first `naiveSteps` the naive way, from the same database
 * state, and every way must agree. The app's read runs first, so that the
 * others' reads can never warm it.
 */
export async function studySession(
	database: FactdeckDB,
	scope: Scope,
	start: number,
	settings: Settings,
	steps: number,
	compareSteps: number,
	naiveSteps: number,
	seed: number
): Promise<StudySamples> {
	const rng = seededRng(seed);
	const out: StudySamples = {
		next: [],
		answer: [],
		whole: [],
		naive: [],
		mismatches: 0,
		head: { learning: 0, reviews: 0, fresh: 0, loaded: 0 },
		gathered: { learning: 0, reviews: 0, fresh: 0 }
	};
	let now = start;
	for (let i = 0; i < steps; i++) {
		const at = new Date(now);
		const t0 = performance.now();
		const head = await gatherQueueHead(scope, at, settings, database);
		const card = nextFromHead(head);
		out.next.push(performance.now() - t0);
		if (i === 0) {
			const loaded = head.learning.length + head.reviews.length + (head.fresh ? 1 : 0);
			out.head = { learning: head.counts.learning, reviews: head.counts.review, fresh: head.counts.new, loaded };
		}
		if (i < compareSteps) {
			const w0 = performance.now();
			const input = await gatherQueue(scope, at, settings, database);
			const whole = nextCard(input);
			out.whole.push(performance.now() - w0);
			if (i === 0) out.gathered = { learning: input.learning.length, reviews: input.reviews.length, fresh: input.fresh.length };
			if (whole?.id !== card?.id) out.mismatches++;
		}
		if (i < naiveSteps) {
			const n0 = performance.now();
			const naive = nextCard(await naiveQueue(database, scope, at, settings));
			out.naive.push(performance.now() - n0);
			if (naive?.id !== card?.id) out.mismatches++;
		}
		if (!card) break;

		const rating = rng() < 0.15 ? Rating.Again : Rating.Good;
		const { card: answered, log } = answerCard(card, rating, at, { retention: settings.retention, fuzz: false }, `q${card.order}`, THINK_MS);
		const t1 = performance.now();
		await saveAnswer(answered, log, database);
		out.answer.push(performance.now() - t1);
		now += THINK_MS;
	}
	return out;
}

/** Times the library's due/new counts `runs` times, and once the naive way (every card loaded and counted). */
export async function libraryCounts(
	database: FactdeckDB,
	now: number,
	settings: Settings,
	runs: number
): Promise<{ indexed: number[]; naive: number[]; banks: number; due: number; fresh: number }> {
	const indexed: number[] = [];
	let due = 0;
	let fresh = 0;
	let banks = 0;
	// One untimed call first, as the study loop has its warm-up: compiled code, open database.
	await listBankSummaries(new Date(now), settings, database);
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const summaries = await listBankSummaries(new Date(now), settings, database);
		indexed.push(performance.now() - t0);
		banks = summaries.length;
		due = summaries.reduce((s, b) => s + b.due, 0);
		fresh = summaries.reduce((s, b) => s + b.new, 0);
	}
	const naive: number[] = [];
	for (let i = 0; i < 2; i++) {
		const t0 = performance.now();
		const window = dueWindow(new Date(now), settings);
		const counts = new Map<string, number>();
		for (const c of await everyCardOf(database)) {
			const dueNow = c.state === CardStateKind.Review ? c.due < window.dayEnd : c.state !== CardStateKind.New && c.due <= window.learnUntil;
			if (dueNow) counts.set(c.bankId, (counts.get(c.bankId) ?? 0) + 1);
		}
		naive.push(performance.now() - t0);
	}
	return { indexed, naive, banks, due, fresh };
}
