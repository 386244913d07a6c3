/**
 * A blind reviewer's packet: the article, then the first questions of the
 * bank generated from it, each with its type, prompt, choices, answer and the
 * extra keys it accepts. Nothing else: a reviewer judges what a teacher would
 * see, never how it was made.
 */
import type { Question } from '../../bank/schema';
import { typeName } from '../../bank/kinds';
import { TOP } from './signs';

/** What the app accepts beyond the stored keys, said once so that a reviewer does not mark a right form as missing. */
const GRADING_NOTE =
	'Typed answers are graded by the app, which also accepts the usual other forms of the same answer: a date written another way ("6 September 2023", "Sept. 6, 2023", "2023-09-06"), an amount with its unit or currency written another way ("€7.5 billion", "7.5 billion euros"; "50 km", "50 kilometres"), and a person named with or without given names or titles ("Collins", "Michael Collins"). The "Also accepted" line lists only the extra keys stored with the question.';

/** A type's name as a reviewer reads it: a flashcard says who grades it. */
function label(q: Question): string {
	return q.type === 'flashcard' ? 'Flashcard (the learner grades themself)' : typeName(q.type);
}

/** One question as the packet shows it. */
function questionBlock(q: Question, n: number): string {
	const lines = [`## Question ${n} (${label(q)})`, '', `Prompt: ${q.prompt}`];
	if (q.choices?.length) lines.push(`Choices: ${q.choices.map((c) => `“${c}”`).join(', ')}`);
	lines.push(`Answer: ${typeof q.answer === 'boolean' ? (q.answer ? 'True' : 'False') : q.answer}`);
	if (q.accept?.length) lines.push(`Also accepted: ${q.accept.join('; ')}`);
	return lines.join('\n');
}

/** The packet for an article and its bank's questions, as markdown. */
export function reviewPacket(article: string, questions: Question[], count = TOP): string {
	const shown = questions.slice(0, count);
	return [
		'# Article',
		'',
		article.trim(),
		'',
		`# The first ${shown.length} questions of the bank generated from it`,
		'',
		GRADING_NOTE,
		'',
		shown.map((q, i) => questionBlock(q, i + 1)).join('\n\n'),
		''
	].join('\n');
}
