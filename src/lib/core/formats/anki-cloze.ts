/**
 * Anki cloze deletions, `{{c1::text}}` and `{{c2::text::hint}}`, nested or
 * not: one question per cloze number, its deletions blanked and the other
 * deletions shown as their text (as Anki shows a cloze card).
 *
 * A field is read once into a flat list of tokens, then each card is one pass
 * over that list: time linear in the field for the parse, and in the cards'
 * text for the rendering, with no recursion however deep the nesting. The caps
 * below refuse a field before its cards are made.
 */
import { formatCount } from './text';

/** Distinct cloze numbers read from one field: Anki makes at most 500 cards from a note (c500 and above all share the last). */
export const MAX_CLOZE_NUMBERS = 500;

/** Deletions read from one field; a long list note has a few hundred. */
const MAX_CLOZE_DELETIONS = 5_000;

/** Levels of deletions nested inside deletions; real notes nest two or three. */
export const MAX_CLOZE_DEPTH = 32;

/** Characters of cards one field may make: its length times its cloze numbers (each card is at most the field again). */
export const MAX_CLOZE_FIELD_OUTPUT = 10_000_000;

/** Characters of cards the cloze fields of one file may make together, counted as for one field. */
const MAX_CLOZE_FILE_OUTPUT = 100_000_000;

/** One cloze card: its number, the text with its deletions blanked, and the deleted text. */
export interface ClozeCard {
	n: number;
	prompt: string;
	answer: string;
}

/** A field whose cards are not made, and why, in one line. */
export interface ClozeRefusal {
	refused: string;
}

/** What the cloze fields of one file have made so far, against MAX_CLOZE_FILE_OUTPUT. */
export class ClozeBudget {
	private spent = 0;
	constructor(readonly limit = MAX_CLOZE_FILE_OUTPUT) {}

	/** Takes `chars` from the budget; false, taking nothing, when they do not fit. */
	take(chars: number): boolean {
		if (this.spent + chars > this.limit) return false;
		this.spent += chars;
		return true;
	}
}

/** A deletion of the field; `closed` false means its markers stay plain text, as Anki leaves them. */
interface Deletion {
	n: number;
	/** The deletion it was opened in, or -1. */
	parent: number;
	closed: boolean;
	/** Whether a `::` started its hint. */
	hinted: boolean;
}

/**
 * A stretch of the field: text, or the opening marker, `::` or `}}` of
 * deletion `del`. Text after a deletion's `::` carries that deletion as `del`:
 * it is the hint, shown only next to the blank.
 */
interface Token {
	kind: 'text' | 'open' | 'colons' | 'close';
	start: number;
	end: number;
	del: number;
}

/** The field read once: its tokens in order and its deletions. */
interface Scanned {
	text: string;
	tokens: Token[];
	deletions: Deletion[];
}

const OPEN = /^\{\{c(\d{1,4})::/;

/** True when the text holds at least one cloze deletion. */
export function hasCloze(text: string): boolean {
	// The first opening has the most text after it, so it alone decides whether any opening is closed.
	const first = /\{\{c\d{1,4}::/.exec(text);
	return first !== null && text.indexOf('}}', first.index + first[0].length) >= 0;
}

/** One pass over the field; a deletion never closed is known only at the end, so its markers are settled when rendering. */
function scan(text: string): Scanned {
	const tokens: Token[] = [];
	const deletions: Deletion[] = [];
	const stack: number[] = [];
	let textStart = 0;
	const flush = (end: number, top: number) => {
		if (end > textStart) tokens.push({ kind: 'text', start: textStart, end, del: top >= 0 && deletions[top].hinted ? top : -1 });
	};
	let i = 0;
	while (i < text.length) {
		const top = stack.length ? stack[stack.length - 1] : -1;
		const c = text.charCodeAt(i);
		const open = c === 0x7b && text.startsWith('{{c', i) ? OPEN.exec(text.slice(i, i + 12)) : null;
		const close = !open && c === 0x7d && top >= 0 && text.startsWith('}}', i);
		const colons = !open && c === 0x3a && top >= 0 && !deletions[top].hinted && text.startsWith('::', i);
		if (!open && !close && !colons) {
			i += 1;
			continue;
		}
		// The text before the marker belongs to the deletion in force before it.
		flush(i, top);
		if (open) {
			deletions.push({ n: Number(open[1]), parent: top, closed: false, hinted: false });
			stack.push(deletions.length - 1);
			tokens.push({ kind: 'open', start: i, end: i + open[0].length, del: deletions.length - 1 });
		} else if (close) {
			deletions[top].closed = true;
			stack.pop();
			tokens.push({ kind: 'close', start: i, end: i + 2, del: top });
		} else {
			deletions[top].hinted = true;
			tokens.push({ kind: 'colons', start: i, end: i + 2, del: top });
		}
		textStart = i = tokens[tokens.length - 1].end;
	}
	flush(text.length, stack.length ? stack[stack.length - 1] : -1);
	return { text, tokens, deletions };
}

/** Whether a token reads as plain text: text outside hints, and every marker of a deletion never closed. */
const isText = (t: Token, deletions: Deletion[]) => (t.del < 0 ? true : !deletions[t.del].closed);

/** The trimmed hint of every closed deletion that has one. */
function hints({ text, tokens, deletions }: Scanned): Map<number, string> {
	const raw = new Map<number, string>();
	for (const t of tokens) {
		if (t.kind === 'text' && t.del >= 0 && deletions[t.del].closed) raw.set(t.del, (raw.get(t.del) ?? '') + text.slice(t.start, t.end));
	}
	const out = new Map<number, string>();
	for (const [d, hint] of raw) if (hint.trim()) out.set(d, hint.trim());
	return out;
}

/** The field with the deletions numbered `blank` blanked (none for -1), and the text of those deletions. */
function render(field: Scanned, hintOf: Map<number, string>, blank: number): { prompt: string; answers: string[] } {
	const { text, tokens, deletions } = field;
	let prompt = '';
	let answer = '';
	let open = -1;
	const answers: string[] = [];
	for (const t of tokens) {
		if (isText(t, deletions)) {
			if (open >= 0) answer += text.slice(t.start, t.end);
			else prompt += text.slice(t.start, t.end);
		} else if (t.kind === 'open' && open < 0 && deletions[t.del].n === blank) {
			open = t.del;
			answer = '';
			const hint = hintOf.get(t.del);
			prompt += hint ? `____ (${hint})` : '____';
		} else if (t.kind === 'close' && t.del === open) {
			answers.push(answer);
			open = -1;
		}
	}
	return { prompt, answers };
}

/** The deepest nesting of closed deletions; a deletion never closed adds no level. */
function depth(deletions: Deletion[]): number {
	const level: number[] = [];
	let deepest = 0;
	deletions.forEach((d, i) => {
		// A deletion is opened after the one it sits in, so its parent's level is already known.
		level[i] = (d.parent >= 0 ? level[d.parent] : 0) + (d.closed ? 1 : 0);
		deepest = Math.max(deepest, level[i]);
	});
	return deepest;
}

/** Why the field's cards are not made, or undefined when they fit every cap. */
function refusal(field: Scanned, numbers: Set<number>, budget: ClozeBudget): string | undefined {
	// Depth first: a deep nesting is also many deletions, and its depth is what is wrong with it.
	const deepest = depth(field.deletions);
	if (deepest > MAX_CLOZE_DEPTH) return `a cloze field nests deletions ${formatCount(deepest)} deep; Factdeck reads at most ${MAX_CLOZE_DEPTH} levels`;
	const closed = field.deletions.filter((d) => d.closed).length;
	if (closed > MAX_CLOZE_DELETIONS)
		return `a cloze field holds ${formatCount(closed)} deletions; Factdeck reads at most ${formatCount(MAX_CLOZE_DELETIONS)} per field`;
	if (numbers.size > MAX_CLOZE_NUMBERS) {
		return `a cloze field has ${formatCount(numbers.size)} cloze numbers; Factdeck reads at most ${MAX_CLOZE_NUMBERS} per field, the most cards Anki makes from a note`;
	}
	const size = numbers.size * field.text.length;
	if (size > MAX_CLOZE_FIELD_OUTPUT) {
		return `a cloze field of ${formatCount(field.text.length)} characters with ${formatCount(numbers.size)} cloze numbers would make ${formatCount(size)} characters of cards; Factdeck makes at most ${formatCount(MAX_CLOZE_FIELD_OUTPUT)} from one field`;
	}
	if (!budget.take(size))
		return `the cloze fields of this file would make more than ${formatCount(budget.limit)} characters of cards, the most Factdeck makes from one file`;
	return undefined;
}

/**
 * Every cloze card of a field, by cloze number; markup in the field passes
 * through untouched. A field past a cap gives the reason instead; `budget`
 * is shared by the fields of one file.
 */
export function clozeCards(text: string, budget = new ClozeBudget()): ClozeCard[] | ClozeRefusal {
	const field = scan(text);
	const numbers = new Set(field.deletions.filter((d) => d.closed).map((d) => d.n));
	const refused = refusal(field, numbers, budget);
	if (refused) return { refused };
	const hintOf = hints(field);
	return [...numbers]
		.sort((a, b) => a - b)
		.map((n) => {
			const { prompt, answers } = render(field, hintOf, n);
			return { n, prompt, answer: answers.join(', ') };
		});
}

/** The field with every deletion shown as its text (what Anki shows on the back). */
export function clozeRevealed(text: string): string {
	return render(scan(text), new Map(), -1).prompt;
}
