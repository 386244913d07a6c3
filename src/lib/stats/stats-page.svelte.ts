/**
 * The statistics page's state. What the cards say (counts, forecast, banks)
 * is read from indexes and shows at once; the review log's totals come from
 * the reviewStats cache, whose first build over a long log takes a while and
 * reports progress meanwhile. The hardest questions come last: they are the
 * one read that loads every studied card.
 */
import { cardStates, knownShare, type BankKnown } from '$lib/core/stats/cards';
import type { HardCard } from '$lib/core/stats/hardest';
import { dayKey } from '$lib/core/stats/days';
import { dueForecast, forecastEnds } from '$lib/core/stats/forecast';
import { activitySummary, type Period } from '$lib/core/stats/summary';
import { totalsByDay, type BankDay } from '$lib/core/stats/totals';
import type { Settings } from '$lib/core/settings';
import { ensureShippedBanks } from '$lib/library/shipped';
import { getSettings } from '$lib/storage/settings';
import { reviewTotals } from '$lib/storage/stats-cache';
import { anyReview, cardQuestions, cardsStudied } from '$lib/storage/stats-cards';
import { cardCounts, type CardCounts } from '$lib/storage/stats-counts';

/** Days of due forecast. */
export const FORECAST_DAYS = 30;
/** Hardest questions listed. */
const HARDEST = 10;

/** A hard card with the question that names it and its bank's title. */
export interface HardQuestion extends HardCard {
	prompt: string;
	bankTitle: string;
}

/** What the cards and banks said, at one moment. */
interface CardsRead {
	now: Date;
	settings: Settings;
	counts: CardCounts;
	studied: boolean;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class StatsPage {
	readonly bankId: string | undefined;
	period = $state<Period>('month');
	#cards = $state.raw<CardsRead | null>(null);
	#entries = $state.raw<BankDay[] | null>(null);
	#progress = $state.raw<{ done: number; total: number } | null>(null);
	#error = $state<string | null>(null);
	#totalsError = $state<string | null>(null);
	#hardest = $state.raw<HardQuestion[] | null>(null);
	#hardestError = $state<string | null>(null);

	/** The statistics of one bank, or of every bank without one. */
	constructor(bankId?: string) {
		this.bankId = bankId;
	}

	readonly #byDay = $derived.by(() => {
		if (!this.#entries) return null;
		return totalsByDay(this.#entries, this.bankId === undefined ? undefined : (id) => id === this.bankId);
	});
	/** The study day of the moment read. */
	readonly today = $derived(this.#cards ? dayKey(this.#cards.now, this.#cards.settings.dayStartHour) : 0);
	/** The review log over the chosen period; null until the totals are read. */
	readonly activity = $derived(this.#byDay && this.#cards && activitySummary(this.#byDay, this.today, this.period));
	readonly states = $derived.by(() => {
		const counts = this.#cards?.counts;
		if (!counts) return null;
		const all = [0, 1, 2, 3].map((state) => counts.banks.reduce((sum, b) => sum + b.byState[state], 0));
		return cardStates(all, counts.suspended);
	});
	readonly forecast = $derived.by(() => {
		const cards = this.#cards;
		if (!cards) return null;
		return dueForecast(cards.now, cards.settings.dayStartHour, FORECAST_DAYS, cards.counts.due, cards.counts.suspendedDue);
	});
	/** How much of each bank in scope is known, most known first. */
	readonly known = $derived.by((): BankKnown[] => {
		const cards = this.#cards;
		if (!cards) return [];
		return cards.counts.banks
			.map((b) => ({ bankId: b.id, title: b.title, cards: b.cards, known: b.known, share: knownShare(b.known, b.cards) }))
			.sort((a, b) => b.share - a.share || a.title.localeCompare(b.title));
	});

	/** The bank's title, for one bank once read. */
	get bankTitle() {
		return this.#cards?.counts.banks.find((b) => b.id === this.bankId)?.title;
	}
	/** True when the bank asked for is not on this device. */
	get bankMissing() {
		return this.bankId !== undefined && this.#cards !== null && this.bankTitle === undefined;
	}
	/** Whether any answer was ever given in this scope. */
	get studied() {
		return this.#cards?.studied ?? false;
	}
	get settings() {
		return this.#cards?.settings ?? null;
	}
	get banks() {
		return this.#cards?.counts.banks ?? [];
	}
	/** While the review log is counted into the cache for the first time: reviews counted of the total. */
	get progress() {
		return this.#progress;
	}
	get error() {
		return this.#error;
	}
	get totalsError() {
		return this.#totalsError;
	}
	/** Until the cards are read. */
	get loading() {
		return this.#cards === null && this.#error === null;
	}
	/** Null while loading. */
	get hardest() {
		return this.#hardest;
	}
	get hardestError() {
		return this.#hardestError;
	}

	/** Reads the cards and the review totals (at once, each shown when read), then the hardest questions. */
	async load(): Promise<void> {
		this.#error = null;
		try {
			const settings = await getSettings();
			const cards = this.#loadCards(settings);
			// A first count of a long review log takes a while: it starts once the cards are read, so they show meanwhile.
			await Promise.all([this.#loadTotals(settings, cards), cards.then((read) => this.#loadHardest(read))]);
		} catch (err) {
			this.#error = `The statistics could not be read: ${message(err)}`;
		}
	}

	async #loadCards(settings: Settings): Promise<CardsRead> {
		// On a first visit the banks that come with the app are stored first, as the library would.
		await ensureShippedBanks();
		const now = new Date();
		const until = forecastEnds(now, settings.dayStartHour, FORECAST_DAYS).at(-1)!;
		const [counts, studied] = await Promise.all([cardCounts(this.bankId, now, until), anyReview(this.bankId)]);
		const cards: CardsRead = { now, settings, counts, studied };
		this.#cards = cards;
		return cards;
	}

	async #loadTotals(settings: Settings, cards: Promise<unknown>): Promise<void> {
		this.#totalsError = null;
		try {
			this.#entries = await reviewTotals(settings.dayStartHour, { onProgress: (done, total) => (this.#progress = { done, total }), after: cards });
		} catch (err) {
			this.#totalsError = `Your review history could not be counted: ${message(err)}`;
		}
		this.#progress = null;
	}

	async #loadHardest({ now, settings, counts }: CardsRead): Promise<void> {
		try {
			// The scheduler (ts-fsrs) loads only now, after everything else is shown.
			const [cards, { hardestCards }] = await Promise.all([cardsStudied(this.bankId), import('$lib/core/stats/hardest')]);
			const hard = hardestCards(cards, now, settings.retention, settings.fsrsParams, HARDEST);
			const questions = await cardQuestions(hard.map((h) => ({ id: h.cardId, bankId: h.bankId, fact: h.fact, lastQuestionId: h.questionId })));
			const titles = new Map(counts.banks.map((b) => [b.id, b.title]));
			this.#hardest = hard.map((h) => {
				const question = questions.get(h.cardId);
				return { ...h, questionId: question?.questionId ?? h.questionId, prompt: question?.prompt ?? h.fact, bankTitle: titles.get(h.bankId) ?? h.bankId };
			});
		} catch (err) {
			this.#hardest = [];
			this.#hardestError = `The hardest questions could not be read: ${message(err)}`;
		}
	}
}
