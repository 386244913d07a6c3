/**
 * A bank's questions as Anki notes. Anki has two stock note types that every
 * Anki reads: Basic (Front/Back) and Cloze (Text/Back Extra). A fill-in-the-
 * blank question becomes a Cloze note with its blank as `{{c1::answer}}`;
 * every other question a Basic note: Anki has no multiple choice, matching or
 * number type, so the choices or items are listed on the front and the right
 * answer is on the back. Accepted alternatives and the explanation follow the
 * answer. One note per question, so each keeps its own id (the note's guid).
 */
import { hashString } from '../bank/hash';
import { composeHtml } from '../bank/question-images';
import { CLOZE_BLANK, type Bank, type Question } from '../bank/schema';
import { fieldChecksum } from './apkg-write-sha1';
import { htmlToText } from './html';

/** One note to write: its note type, fields (HTML) and tags, and the question it came from. */
export interface NoteOut {
	guid: string;
	cloze: boolean;
	fields: [string, string];
	/** Anki's tag string: space-separated, with a space before and after. */
	tags: string;
	/** The sort field as Anki stores it (`sfld`) and the first field's checksum (`csum`). */
	sortField: string;
	checksum: number;
	question: Question;
}

/** HTML of a text field: the question's rich text when it has one, else its text escaped, line breaks kept. */
const fieldHtml = (text: string, html?: string) => html ?? composeHtml(text, []);

const list = (items: readonly string[], ordered: boolean) =>
	`<${ordered ? 'ol type="A"' : 'ul'}>${items.map((item) => `<li>${composeHtml(item, [])}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;

/** What the front shows below the prompt: the choices, the items to match, or the true-or-false cue. */
function frontExtras(q: Question): string {
	switch (q.type) {
		case 'mcq':
		case 'multi': {
			const cue = q.type === 'multi' ? '<br>(Choose all that apply.)' : '';
			return `${cue}${list(q.choices ?? [], true)}`;
		}
		case 'truefalse':
			return '<br>(True or false?)';
		case 'matching': {
			const pairs = q.pairs ?? [];
			// The right items sorted, so their order does not give the pairs away.
			const rights = pairs.map((p) => p.right).sort();
			return `<br>Match each item:${list(
				pairs.filter((p) => p.left.trim() !== '').map((p) => p.left),
				false
			)}with one of:${list(rights, false)}`;
		}
		default:
			return '';
	}
}

/** The answer as text: true or false written out, a number with its tolerance. */
function answerText(q: Question): string {
	if (typeof q.answer === 'boolean') return q.answer ? 'True' : 'False';
	const first = q.type === 'numerical' ? q.numbers?.find((n) => n.credit >= 100) : undefined;
	return first && first.tolerance > 0 ? `${q.answer} (± ${first.tolerance})` : q.answer;
}

/** Accepted alternatives and the explanation, as lines after the answer. */
function afterAnswer(q: Question): string[] {
	const lines: string[] = [];
	if (q.accept?.length) lines.push(composeHtml(`Also accepted: ${q.accept.join(', ')}`, []));
	if (q.explanation?.trim()) lines.push(composeHtml(q.explanation.trim(), []));
	return lines;
}

/** Braces and colons as character references, so that text never reads as a cloze marker. */
const clozeSafe = (html: string) => html.replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;')).replace(/::/g, ':&#58;');

/** The Cloze note's Text: the prompt with its first blank as deletion c1; undefined when it has no blank. */
function clozeText(q: Question): string | undefined {
	const prompt = q.html?.prompt && CLOZE_BLANK.test(q.html.prompt) ? q.html.prompt : composeHtml(q.prompt, []);
	const blank = CLOZE_BLANK.exec(prompt);
	if (!blank) return undefined;
	const answer = clozeSafe(q.html?.answer ?? composeHtml(String(q.answer), []));
	return `${clozeSafe(prompt.slice(0, blank.index))}{{c1::${answer}}}${clozeSafe(prompt.slice(blank.index + blank[0].length))}`;
}

/** The two fields of a question's note, and whether it is a Cloze note. */
function noteFields(q: Question): { cloze: boolean; fields: [string, string] } {
	const text = q.type === 'cloze' ? clozeText(q) : undefined;
	if (text !== undefined) return { cloze: true, fields: [text, afterAnswer(q).join('<br>')] };
	const front = fieldHtml(q.prompt, q.html?.prompt) + frontExtras(q);
	const answer = q.type === 'flashcard' || q.type === 'short' ? fieldHtml(answerText(q), q.html?.answer) : composeHtml(answerText(q), []);
	const back = [answer, ...afterAnswer(q)].join('<hr>');
	return { cloze: false, fields: [front, back] };
}

/**
 * Tags as Anki keeps them: no spaces inside a tag (they become underscores),
 * each once whatever its case, in one space-separated string with a space at
 * each end.
 */
export function ankiTags(tags: readonly string[]): string {
	const seen = new Map<string, string>();
	for (const tag of tags) {
		const clean = tag.trim().replace(/\s+/g, '_');
		if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
	}
	return seen.size ? ` ${[...seen.values()].join(' ')} ` : '';
}

/** Anki's text of a field for sorting and duplicate checks: on one line, tags stripped, image names kept. */
export const strippedField = (html: string): string =>
	htmlToText(html.replace(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)[^>]*>/gi, ' $1 '))
		.replace(/\s+/g, ' ')
		.trim();

/** A note's guid: the same question of the same bank always gets the same one, so Anki updates it on a second import. */
export const noteGuid = (bankId: string, questionId: string): string => `fd${hashString(`${bankId}\u0000${questionId}`)}`;

/** Every question of the bank as one note, in bank order. */
export function bankNotes(bank: Bank): NoteOut[] {
	return bank.questions.map((question) => {
		const { cloze, fields } = noteFields(question);
		const sortField = strippedField(fields[0]);
		return {
			guid: noteGuid(bank.id, question.id),
			cloze,
			fields,
			tags: ankiTags([...(bank.tags ?? []), ...(question.tags ?? [])]),
			sortField,
			checksum: fieldChecksum(sortField),
			question
		};
	});
}
