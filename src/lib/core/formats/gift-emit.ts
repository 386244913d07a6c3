/**
 * A bank as Moodle GIFT. Each of our question types maps to a Moodle type:
 * mcq → multiple choice, truefalse → true/false, short and cloze → short
 * answer (a cloze keeps its ____ blank in the text), flashcard → essay whose
 * general feedback is the back. `parseGift` reads every one of them back.
 */
import type { Bank, Question } from '../bank/schema';
import { escapeGift } from './gift-scan';

/** A category name may not hold a single slash (GIFT writes a literal one as `//`). */
const categoryPart = (title: string) => title.replace(/\r?\n/g, ' ').replace(/\//g, '//');

/** Escaped text; a leading `%` is shielded by an explicit weight so it is not read as one. */
function answerText(text: string, weight: number): string {
	const escaped = escapeGift(text);
	return text.startsWith('%') ? `%${weight}%${escaped}` : escaped;
}

/** Escaped question text; a `[plain]` marker keeps text that starts like a marker or a comment literal. */
function questionText(prompt: string): string {
	const escaped = escapeGift(prompt);
	return /^(\[|\/\/|\$CATEGORY)/i.test(prompt) ? `[plain]${escaped}` : escaped;
}

function answers(q: Question): string[] {
	switch (q.type) {
		case 'mcq':
			// Moodle reads no weight on the right choice of a multiple choice, so only wrong ones need the shield.
			return (q.choices ?? []).map((c) => (c === q.answer ? `=${escapeGift(c)}` : `~${answerText(c, 0)}`));
		case 'truefalse':
			return [q.answer === true ? 'TRUE' : 'FALSE'];
		case 'flashcard':
			return [];
		default:
			return [String(q.answer), ...(q.accept ?? [])].map((a) => `=${answerText(a, 100)}`);
	}
}

function emitQuestion(q: Question): string {
	const lines: string[] = [];
	// Moodle tags may not hold < > or control characters; a ] is escaped.
	const tags = (q.tags ?? [])
		.map((t) =>
			t
				.replace(/[<>\u0000-\u001f]/g, ' ')
				.trim()
				.replace(/\]/g, '\\]')
		)
		.filter(Boolean);
	if (tags.length) lines.push(`// ${tags.map((t) => `[tag:${t}]`).join(' ')}`);
	const general = q.type === 'flashcard' ? String(q.answer) : q.explanation;
	const body = answers(q).map((a) => `\t${a}`);
	if (general?.trim()) body.push(`\t####${escapeGift(general.trim())}`);
	lines.push(`${questionText(q.prompt)} {`, ...body, '}');
	return lines.join('\n');
}

/** The bank as GIFT text: a category named after the bank, then each question, blank lines between. */
export function emitGift(bank: Bank): string {
	const head = [`// ${bank.title.replace(/\r?\n/g, ' ')}`, `$CATEGORY: $course$/top/${categoryPart(bank.title)}`];
	return `${[head.join('\n'), ...bank.questions.map(emitQuestion)].join('\n\n')}\n`;
}
