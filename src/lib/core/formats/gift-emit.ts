/**
 * A bank as Moodle GIFT. Each of our question types maps to a Moodle type:
 * mcq → multiple choice (partial credit as `~%w%`), multi → multiple choice
 * without `=` (every choice weighted), matching → `=left -> right`,
 * numerical → `{#` with `=%credit%value:tolerance` lines, truefalse →
 * true/false, short and cloze → short answer (a cloze keeps its ____ blank in
 * the text), flashcard → essay whose general feedback is the back. Names are
 * written as `::name::`, rich text as `[html]`. `parseGift` reads every one
 * of them back.
 */
import type { Bank, Question } from '../bank/schema';
import { escapeGift } from './gift-scan';
import { moodleGrade, moodleWeights } from './moodle-grades';
import { looksLikeMarker } from './gift-text';

/** A category name may not hold a single slash (GIFT writes a literal one as `//`). */
const categoryPart = (title: string) => title.replace(/\r?\n/g, ' ').replace(/\//g, '//');

/** A weight as GIFT writes it: `%50%`, `%-100%`, `%33.33333%` (already one Moodle offers: see moodle-grades.ts). */
const weight = (w: number) => `%${w}%`;

/**
 * Escaped answer or feedback text. A leading `%` is shielded by an explicit
 * weight so it is not read as one; text that would read as a format marker,
 * or as markup under an `[html]` question, is marked `[plain]`.
 */
function answerText(text: string, html: boolean, credit?: number): string {
	const plain = looksLikeMarker(text) || (html && /[<&]|\s\s/.test(text)) ? `[plain]${escapeGift(text)}` : escapeGift(text);
	return credit !== undefined && text.startsWith('%') ? `${weight(credit)}${plain}` : plain;
}

/** Escaped question text; a `[plain]` marker keeps text that starts like a marker or a comment literal; rich text as `[html]`. */
function questionText(q: Question): string {
	if (q.html?.prompt) return `[html]${escapeGift(q.html.prompt)}`;
	const escaped = escapeGift(q.prompt);
	return /^(\[|\/\/|\$CATEGORY)/i.test(q.prompt) ? `[plain]${escaped}` : escaped;
}

/** A number as written in a numerical answer: the value, and `:tolerance` when there is one. */
const numberText = (value: number, tolerance: number) => (tolerance > 0 ? `${value}:${tolerance}` : String(value));

function answers(q: Question, html: boolean): string[] {
	const text = (t: string, credit?: number) => answerText(t, html, credit);
	const weights = moodleWeights(q);
	switch (q.type) {
		case 'mcq':
			// Moodle reads no weight on the right choice of a multiple choice; the others carry theirs when it is not 0.
			return (q.choices ?? []).map((c, i) => {
				if (c === q.answer) return `=${text(c)}`;
				const w = weights?.[i] ?? 0;
				return w !== 0 ? `~${weight(w)}${text(c)}` : `~${text(c, 0)}`;
			});
		case 'multi':
			return (q.choices ?? []).map((c, i) => `~${weight(weights?.[i] ?? 0)}${text(c)}`);
		case 'matching':
			return (q.pairs ?? []).map((p) => `=${text(p.left)} -> ${text(p.right)}`);
		case 'numerical':
			return (q.numbers ?? []).map((n) => `=${n.credit === 100 ? '' : weight(moodleGrade(n.credit))}${numberText(n.value, n.tolerance)}`);
		case 'truefalse':
			return [q.answer === true ? 'TRUE' : 'FALSE'];
		case 'flashcard':
			return [];
		default:
			return [String(q.answer), ...(q.accept ?? [])].map((a) => `=${text(a, 100)}`);
	}
}

/** The comment line of a question's tags: Moodle tags may not hold < > or control characters; a ] is escaped. */
function tagLine(q: Question): string | undefined {
	const tags = (q.tags ?? [])
		.map((t) =>
			t
				.replace(/[<>\u0000-\u001f]/g, ' ')
				.trim()
				.replace(/\]/g, '\\]')
		)
		.filter(Boolean);
	return tags.length ? `// ${tags.map((t) => `[tag:${t}]`).join(' ')}` : undefined;
}

function emitQuestion(q: Question): string {
	const html = Boolean(q.html?.prompt);
	const general = q.type === 'flashcard' ? String(q.answer) : q.explanation;
	const body = answers(q, html).map((a) => `\t${a}`);
	if (general?.trim()) body.push(`\t####${answerText(general.trim(), html)}`);
	const name = q.name ? `::${escapeGift(q.name)}::` : '';
	const open = q.type === 'numerical' ? '{#' : '{';
	return [tagLine(q), `${name}${questionText(q)} ${open}`, ...body, '}'].filter((l) => l !== undefined).join('\n');
}

/** The bank as GIFT text: a category named after the bank, then each question, blank lines between. */
export function emitGift(bank: Bank): string {
	const head = [`// ${bank.title.replace(/\r?\n/g, ' ')}`, `$CATEGORY: $course$/top/${categoryPart(bank.title)}`];
	return `${[head.join('\n'), ...bank.questions.map(emitQuestion)].join('\n\n')}\n`;
}
