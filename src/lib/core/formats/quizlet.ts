/**
 * Quizlet's text export: term, separator, definition, then a card separator,
 * as its export dialog offers them (between term and definition: tab, comma
 * or custom; between cards: new line, semicolon or custom). Quizlet writes no
 * quotes, so a definition may hold the term separator: a card splits at the
 * first one only. A field may still be wrapped in double quotes (as a
 * spreadsheet copies it) to hold either separator; `""` inside is one quote.
 * Every card is a flashcard.
 */
import { BankCollector } from './build';
import { failure, type ParseOptions, type ParseResult } from './errors';
import { decodeText, titleFromName } from './text';

/** The two separators of a Quizlet export; `\n` stands for any line break. */
export interface QuizletSeparators {
	term: string;
	card: string;
}

/** Quizlet's defaults: a tab between term and definition, a new line between cards. */
export const QUIZLET_DEFAULTS: QuizletSeparators = { term: '\t', card: '\n' };

export interface QuizletOptions extends ParseOptions {
	separators?: QuizletSeparators;
}

/** Why a pair of separators cannot split anything, or undefined when it can. */
export function separatorsProblem({ term, card }: QuizletSeparators): string | undefined {
	if (!term) return 'the separator between term and definition is empty';
	if (!card) return 'the separator between cards is empty';
	if (term === card) return 'the separator between term and definition is the same as the one between cards';
	if (term.includes(card) || card.includes(term)) return 'one separator is part of the other, so a card could not be split';
	return undefined;
}

/** One field read from `at`: its text and where the text after it starts (just past the field, before any separator). */
interface Field {
	text: string;
	end: number;
}

/**
 * Reads Quizlet cards one at a time, in time linear in the text: quoted
 * fields are looked for only while the quotes scanned stay within the
 * text's length, so a text built of unclosed quotes is read as plain text.
 */
class CardReader {
	#quoteBudget: number;
	/** The last search for each separator: a later search from a point before what it found finds the same. */
	#found = new Map<string, { from: number; at: number }>();
	constructor(private readonly text: string) {
		this.#quoteBudget = text.length;
	}

	/** Where `stop` next occurs from `from`, or -1; each part of the text is searched once per separator. */
	next(stop: string, from: number): number {
		const last = this.#found.get(stop);
		if (last && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
		const at = this.text.indexOf(stop, from);
		this.#found.set(stop, { from, at });
		return at;
	}

	/** The field starting at `at`, ending before the first of `stops` (or the text's end). */
	field(at: number, stops: string[]): Field {
		const quoted = this.#quoted(at, stops);
		if (quoted) return quoted;
		let end = this.text.length;
		for (const stop of stops) {
			const found = this.next(stop, at);
			if (found >= 0 && found < end) end = found;
		}
		return { text: this.text.slice(at, end), end };
	}

	/** How many line breaks lie between `from` and `to`. */
	lineBreaks(from: number, to: number): number {
		let n = 0;
		for (let i = this.next('\n', from); i >= 0 && i < to; i = this.next('\n', i + 1)) n++;
		return n;
	}

	/** A field wrapped in double quotes that close right before a stop (spaces allowed), or undefined. */
	#quoted(at: number, stops: string[]): Field | undefined {
		const { text } = this;
		let i = at;
		while (text[i] === ' ') i++;
		if (text[i] !== '"' || this.#quoteBudget <= 0) return undefined;
		let value = '';
		for (let from = i + 1; ;) {
			const q = text.indexOf('"', from);
			this.#quoteBudget -= (q < 0 ? text.length : q) - from + 1;
			if (q < 0 || this.#quoteBudget < 0) return undefined;
			value += text.slice(from, q);
			if (text[q + 1] === '"') {
				value += '"';
				from = q + 2;
				continue;
			}
			let end = q + 1;
			while (text[end] === ' ') end++;
			if (end === text.length || stops.some((s) => text.startsWith(s, end))) return { text: value, end };
			return undefined;
		}
	}
}

/** Parses a Quizlet export into a bank of flashcards; a card with no term or no definition is listed, not imported. */
export function parseQuizlet(input: string | Uint8Array, opts: QuizletOptions = {}): ParseResult {
	const separators = opts.separators ?? QUIZLET_DEFAULTS;
	const problem = separatorsProblem(separators);
	if (problem) return failure('csv', [{ message: problem }]);
	const decoded = decodeText(input, 'csv');
	if (!decoded.ok) return decoded;
	// Any line break reads as \n, so that "new line" means the same on every system.
	const text = decoded.text.replace(/\r\n?/g, '\n');
	if (!/\S/.test(text)) return failure('csv', [{ message: 'no cards found: the text is empty' }]);
	const { term: termSep, card: cardSep } = separators;
	const reader = new CardReader(text);
	const out = new BankCollector('csv');
	for (const w of decoded.warnings) out.warn(w.message, w);
	let line = 1;
	for (let at = 0; at < text.length && !out.full;) {
		const term = reader.field(at, [termSep, cardSep]);
		const hasDefinition = text.startsWith(termSep, term.end);
		const definition = hasDefinition ? reader.field(term.end + termSep.length, [cardSep]) : undefined;
		const end = definition?.end ?? term.end;
		// The card runs to its separator; anything between a closing quote and it is dropped with the quotes.
		const next = reader.next(cardSep, end);
		const cardEnd = next < 0 ? text.length : next;
		const front = term.text.trim();
		const back = definition?.text.trim() ?? '';
		let first = at;
		while (first < cardEnd && /\s/.test(text[first])) first++;
		const place = { line: line + reader.lineBreaks(at, first) };
		if (front || back) {
			if (!hasDefinition) out.skip('no definition', `no separator between term and definition in ${JSON.stringify(front.slice(0, 40))}`, place);
			else if (!front) out.skip('empty', 'the term is empty', place);
			else if (!back) out.skip('empty', 'the definition is empty', place);
			else out.add({ type: 'flashcard', prompt: front, answer: back }, place);
		}
		line += reader.lineBreaks(at, cardEnd + cardSep.length);
		at = cardEnd + cardSep.length;
	}
	if (out.full) out.stop();
	const title = opts.title ?? titleFromName(opts.name) ?? '';
	return out.finish({ title });
}

/**
 * Quizlet's one-line export (semicolon between cards, tab or comma inside
 * each): the separators when every non-empty card of a single-line text has
 * one, else undefined.
 */
export function guessSemicolonCards(text: string): QuizletSeparators | undefined {
	const body = text.trim();
	if (/[\r\n]/.test(body) || !body.includes(';')) return undefined;
	const cards = body.split(';').filter((c) => c.trim());
	if (cards.length < 2) return undefined;
	for (const term of ['\t', ',']) if (cards.every((c) => c.includes(term))) return { term, card: ';' };
	return undefined;
}
