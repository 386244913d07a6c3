/**
 * Anki's review history as Factdeck brings it over: each Anki card's log
 * after Anki's rules (anki-revlog.ts), moved to the Factdeck card of its
 * note's fact. Factdeck keeps one card per fact: the two cards of a reversed
 * note (and all cards of a note type read as one flashcard) share one, so
 * their logs are merged in time order, the card is due when the earliest of
 * them is, and it stays suspended only when all of them are. A cloze note has
 * one fact, so one card, per cloze number, as Anki has one card per number.
 * Reviews are kept in columns (typed arrays), cheap to pass from the worker.
 */
import type { Bank } from '../bank/schema';
import type { AnkiCollection, AnkiNote, AnkiNotetype } from './anki-collection';
import { basicKind } from './anki-kinds';
import { noteFact } from './anki-notes';
import { ankiDays, ankiDue, dayShiftMs, isSuspended, keptReviews, revlogProblem, type AnkiDays } from './anki-revlog';
import type { CardLog } from './anki-scheduling';
import type { HistoryCard, HistorySummary, ImportHistory } from './import-history';

interface FactLog {
	notetype: AnkiNotetype;
	/** Each Anki card's kept reviews: a range of the builder's columns. */
	segments: [number, number][];
	/** One of its Anki cards was studied. */
	studied?: boolean;
	/** How many of its Anki cards have a log that starts mid-way. */
	partial?: number;
	activeDue?: number;
	suspendedDue?: number;
	suspended?: boolean;
}

const UINT32_MAX = 0xffff_ffff;

/** Collects the logs of one collection, card by card, then maps them to the imported bank. */
export class HistoryBuilder {
	readonly summary: HistorySummary = {
		reviews: 0,
		cards: 0,
		due: 0,
		suspended: 0,
		skipped: { manual: 0, cram: 0, beforeReset: 0, damaged: 0, noCard: 0 },
		partial: 0,
		unreplayed: 0
	};
	private readonly days: AnkiDays;
	private readonly notes = new Map<string, AnkiNote>();
	private readonly facts = new Map<string, FactLog>();
	// Kept reviews, in reading order (card by card); columns stay small for a million rows.
	private readonly at: number[] = [];
	private readonly rating: number[] = [];
	private readonly durationMs: number[] = [];
	private readonly ord: number[] = [];

	constructor(private readonly collection: AnkiCollection) {
		this.days = ankiDays(collection.days);
		for (const note of collection.notes) this.notes.set(note.id, note);
	}

	/** The fact an Anki card's reviews go to, with its note type; undefined when its note is not in the package. */
	private target(nid: string, ord: number): { fact: string; log: FactLog } | undefined {
		const note = this.notes.get(nid);
		const notetype = note && this.collection.notetypes.get(note.notetypeId);
		if (!note || !notetype) return undefined;
		const fact = noteFact(note.guid, notetype.cloze ? ord + 1 : undefined);
		let log = this.facts.get(fact);
		if (!log) this.facts.set(fact, (log = { notetype, segments: [] }));
		return { fact, log };
	}

	/** Takes one Anki card's log (oldest first). */
	add(card: CardLog): void {
		const { skipped } = this.summary;
		const target = card.nid === undefined ? undefined : this.target(card.nid, card.ord);
		if (!target) return void (skipped.noCard += card.rows.length);
		const readable = card.rows.filter((row) => revlogProblem(row) === undefined);
		skipped.damaged += card.rows.length - readable.length;
		const { kept, complete, cram, cut, manual } = keptReviews(readable);
		skipped.cram += cram;
		skipped.manual += manual;
		skipped.beforeReset += cut;
		// A card new again in Anki has no memory state there: its reviews all came before the reset.
		if (!this.collection.studied.has(card.cid)) return void (skipped.beforeReset += kept.length);
		if (kept.length === 0) return;
		if (!complete) target.log.partial = (target.log.partial ?? 0) + 1;
		const from = this.at.length;
		for (const row of kept) {
			this.at.push(row.id);
			this.rating.push(row.ease);
			this.durationMs.push(Math.min(UINT32_MAX, Math.round(row.time)));
			this.ord.push(card.ord);
		}
		target.log.segments.push([from, this.at.length]);
	}

	/** Due dates and suspension from the cards themselves, studied or suspended, with or without a log. */
	private schedule(imported: Map<string, string[]>): void {
		for (const card of this.collection.studied.values()) {
			const target = this.target(card.nid, card.ord);
			if (!target || !imported.has(target.fact)) continue;
			target.log.studied = true;
			const due = ankiDue(card, this.days);
			if (due === undefined) continue;
			const key = isSuspended(card) ? 'suspendedDue' : 'activeDue';
			target.log[key] = Math.min(target.log[key] ?? Infinity, due);
		}
		for (const { nid, ord, suspended } of this.collection.suspended) {
			const log = this.target(nid, ord)?.log;
			if (log) log.suspended = (log.suspended ?? true) && suspended;
		}
	}

	/** The history of the imported bank (no card may have any, when every review was left out). */
	finish(bank: Bank): ImportHistory {
		const imported = new Map<string, string[]>();
		for (const q of bank.questions) {
			const ids = imported.get(q.fact);
			if (ids) ids.push(q.id);
			else imported.set(q.fact, [q.id]);
		}
		this.schedule(imported);
		const questionIds: string[] = [];
		const questionIndex = new Map<string, number>();
		const indexOf = (id: string) => {
			let index = questionIndex.get(id);
			if (index === undefined) questionIndex.set(id, (index = questionIds.push(id) - 1));
			return index;
		};
		const total = [...this.facts].reduce((n, [fact, log]) => (imported.has(fact) ? n + log.segments.reduce((m, [a, b]) => m + b - a, 0) : n), 0);
		const reviews = { question: new Uint32Array(total), rating: new Uint8Array(total), at: new Float64Array(total), durationMs: new Uint32Array(total) };
		const cards: HistoryCard[] = [];
		let next = 0;
		for (const [fact, log] of this.facts) {
			const questions = imported.get(fact);
			if (!questions) {
				for (const [a, b] of log.segments) this.summary.skipped.noCard += b - a;
				continue;
			}
			const rows = this.merged(log.segments);
			// Anki's templates are the directions of a stock Basic note: its first card asks the first question.
			const byOrd = !log.notetype.cloze && basicKind(log.notetype.name) !== undefined;
			const card: HistoryCard = { fact, from: next, count: rows.length };
			for (const i of rows) {
				reviews.question[next] = indexOf(questions[byOrd ? Math.min(this.ord[i], questions.length - 1) : 0]);
				reviews.rating[next] = this.rating[i];
				reviews.at[next] = this.at[i];
				reviews.durationMs[next] = this.durationMs[i];
				next++;
			}
			if (log.studied && rows.length === 0) this.summary.unreplayed++;
			this.summary.partial += log.partial ?? 0;
			const due = log.activeDue ?? log.suspendedDue;
			if (rows.length && due !== undefined) card.due = due;
			if (log.suspended) card.suspended = true;
			if (rows.length || card.suspended) cards.push(card);
		}
		const s = this.summary;
		s.reviews = next;
		s.cards = cards.filter((c) => c.count > 0).length;
		s.due = cards.filter((c) => c.due !== undefined).length;
		s.suspended = cards.filter((c) => c.suspended).length;
		return { cards, questionIds, reviews, dayShiftMs: dayShiftMs(this.days), summary: s };
	}

	/** The rows of a fact's segments in time order (Anki card order on a tie); one segment is in order already. */
	private merged(segments: [number, number][]): number[] {
		const rows = segments.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k));
		return segments.length > 1 ? rows.sort((x, y) => this.at[x] - this.at[y] || this.ord[x] - this.ord[y]) : rows;
	}
}
