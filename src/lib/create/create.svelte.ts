/**
 * Create from article: the article goes to the generator in a Web Worker, the
 * teacher reviews each fact and its questions (keep, drop, edit), and the kept
 * ones are saved as a new bank in one transaction.
 */
import { factGroups, type FactGroup } from '$lib/core/bank/fact-groups';
import { isCalendarDate, type Bank, type Question } from '$lib/core/bank/schema';
import { slugify } from '$lib/core/bank/ids';
import { validateBank } from '$lib/core/bank/validate';
import { articleTextProblem, readArticleFile } from '$lib/core/generate/article-check';
import type { GenerateReply, GenerateRequest } from './generate.worker';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export type CreatePhase = 'input' | 'generating' | 'review' | 'saved';

/**
 * One generated question under review. The question and whether it is dropped
 * are state of their own, so an edit or a drop redraws this question alone,
 * not the other few hundred on the page.
 */
export class ReviewedQuestion {
	readonly id: string;
	readonly fact: string;
	readonly source: Question['source'];
	/** The question as the teacher last saved it. */
	question: Question;
	dropped = $state(false);

	constructor(question: Question) {
		this.id = question.id;
		this.fact = question.fact;
		this.source = question.source;
		this.question = $state.raw(question);
	}
}

/** A fact under review and its questions (its formats). */
export type ReviewedFact = FactGroup<ReviewedQuestion>;

/** Drops every question of the fact, or keeps them all. */
export function setFactDropped(group: ReviewedFact, dropped: boolean): void {
	for (const item of group.members) item.dropped = dropped;
}

export class CreateSession {
	text = $state('');
	title = $state('');
	published = $state('');
	#phase = $state<CreatePhase>('input');
	#progress = $state(0);
	#stage = $state('');
	#error = $state<string | null>(null);
	#bank = $state.raw<Bank | null>(null);
	// In bank order, the order they are saved in; the groups hold the same objects.
	#items = $state.raw<ReviewedQuestion[]>([]);
	#facts = $state.raw<ReviewedFact[]>([]);
	#kept = $derived(this.#items.reduce((n, item) => (item.dropped ? n : n + 1), 0));
	#savedId = $state<string | null>(null);
	#worker: Worker | null = null;

	get phase() {
		return this.#phase;
	}
	get progress() {
		return this.#progress;
	}
	get stage() {
		return this.#stage;
	}
	get error() {
		return this.#error;
	}
	get bank() {
		return this.#bank;
	}
	get savedId() {
		return this.#savedId;
	}
	get keptCount() {
		return this.#kept;
	}
	/** The questions under review, in bank order. */
	get questions(): readonly ReviewedQuestion[] {
		return this.#items;
	}
	/** The facts under review, each with its questions, in the order of each fact's first question. */
	get facts(): readonly ReviewedFact[] {
		return this.#facts;
	}

	/** Reads an opened .txt, .md or .html file into the article box. */
	async openFile(file: File): Promise<void> {
		this.#error = null;
		try {
			const read = await readArticleFile(file);
			if (!read.ok) {
				this.#error = read.error;
				return;
			}
			this.text = read.text;
			if (!this.title) this.title = file.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
		} catch (err) {
			this.#error = err instanceof Error ? err.message : String(err);
		}
	}

	/** Starts generation in a worker; progress and the result arrive as messages. */
	generate(): void {
		const text = this.text.trim();
		this.#error = articleTextProblem(text);
		if (this.#error) return;
		if (this.published && !isCalendarDate(this.published)) {
			this.#error = 'The publication date must be a real date, written YYYY-MM-DD.';
			return;
		}
		this.#worker?.terminate();
		const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		this.#phase = 'generating';
		this.#progress = 0;
		this.#stage = 'Starting';
		worker.onmessage = (event: MessageEvent<GenerateReply>) => this.#onReply(event.data);
		worker.onerror = (event) => this.#onReply({ type: 'error', message: event.message || 'The generator stopped unexpectedly.' });
		const request: GenerateRequest = {
			text,
			options: { title: this.title.trim() || undefined, published: this.published || undefined }
		};
		worker.postMessage(request);
	}

	/** Stops a running generation and returns to the article. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#phase = 'input';
	}

	/** Shows a generated bank for review, every question kept. */
	review(bank: Bank): void {
		this.#bank = bank;
		this.#items = bank.questions.map((q) => new ReviewedQuestion(q));
		this.#facts = factGroups(this.#items);
		this.#phase = 'review';
	}

	/** Saves the kept questions as a new bank; a bank id already taken gets a numbered suffix. */
	async save(): Promise<void> {
		const bank = this.#bank;
		if (!bank) return;
		this.#error = null;
		const title = this.title.trim() || bank.title;
		const kept = { ...bank, title, questions: this.#items.filter((item) => !item.dropped).map((item) => item.question) };
		if (kept.questions.length === 0) {
			this.#error = 'Keep at least one question to save the bank.';
			return;
		}
		try {
			kept.id = slugify(title);
			const checked = validateBank(kept);
			if (!checked.ok) {
				this.#error = `The bank is not valid: ${checked.problems.slice(0, 3).join('; ')}`;
				return;
			}
			// The free id is chosen inside the transaction that writes the bank, so two tabs saving
			// the same title at once get two banks, not one written over the other. The import
			// writer is fetched here, at the one moment it is needed, to keep it off the page's first paint.
			const { importBank } = await import('$lib/storage/imports');
			const { id } = await importBank(checked.bank, new Date(), { onConflict: 'copy' });
			this.#savedId = id;
			this.#phase = 'saved';
		} catch (err) {
			this.#error = `The bank was not saved: ${storageTrouble.describe(err)}`;
		}
	}

	/** Starts over with a new article. */
	reset(): void {
		this.cancel();
		this.text = '';
		this.title = '';
		this.published = '';
		this.#bank = null;
		this.#items = [];
		this.#facts = [];
		this.#savedId = null;
		this.#error = null;
	}

	#onReply(reply: GenerateReply): void {
		if (reply.type === 'progress') {
			this.#progress = reply.fraction;
			this.#stage = reply.stage;
			return;
		}
		this.#worker?.terminate();
		this.#worker = null;
		if (reply.type === 'error') {
			this.#error = `Could not make questions from this article: ${reply.message}`;
			this.#phase = 'input';
		} else if (reply.bank.questions.length === 0) {
			this.#error = 'No questions could be made from this text. Is it an article with facts (names, dates, numbers)?';
			this.#phase = 'input';
		} else {
			this.review(reply.bank);
		}
	}
}
