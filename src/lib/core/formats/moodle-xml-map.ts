/**
 * One `<question>` of Moodle XML to bank questions: the header every type
 * shares (name, text, general feedback, tags), then the type's own key.
 * What cannot be studied here is reported with its name and line.
 */
import { CLOZE_BLANK } from '../bank/schema';
import { matchingAnswerText } from '../bank/derived-answer';
import type { BankCollector, Draft } from './build';
import { readCloze } from './moodle-xml-cloze';
import { choiceKey, numberKey, readNumber, typedKey, type Alternative, type Key } from './moodle-xml-keys';
import type { XmlNode } from './moodle-xml-read';
import { attr, child, children, defaultName, fieldText, formatOf, ownText, richText, type MediaFiles, type RichText } from './moodle-xml-text';
import { splitCloze, type SplitBudget } from './moodle-xml-split';
import type { Header } from './moodle-xml-header';

export { readHeader, type Header } from './moodle-xml-header';

const join = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join('\n\n');

/** The fields every question of this header starts with: text, rich text, name and tags. */
function base(h: Header, text: RichText = h.text): Draft {
	const draft: Draft = { type: 'flashcard', prompt: text.plain, answer: '', tags: h.tags };
	if (text.html) draft.html = { prompt: text.html };
	if (h.name && h.name !== defaultName(text.plain)) draft.name = h.name;
	return draft;
}

/** An `<answer>`'s text, credit and feedback; `formatted` is told when the answer's HTML had more than words. */
function alternative(a: XmlNode, format: string, formatted: () => void): Alternative {
	const text = richText(fieldText(a), formatOf(a, format));
	if (text.html) formatted();
	const feedback = child(a, 'feedback');
	const credit = Number(attr(a, 'fraction') ?? ownText(child(a, 'fraction')) ?? 0);
	const tolerance = readNumber(ownText(child(a, 'tolerance')));
	return {
		text: text.plain,
		credit: Number.isFinite(credit) ? credit : 0,
		feedback: richText(fieldText(feedback), formatOf(feedback, format)).plain,
		...(Number.isFinite(tolerance) ? { tolerance } : {})
	};
}

function answersOf(h: Header, node: XmlNode, out: BankCollector): Alternative[] {
	let formatted = false;
	const alts = children(node, 'answer').map((a) => alternative(a, h.format, () => (formatted = true)));
	if (formatted) out.warn(`${h.label}: the formatting and images of its answers are not kept, only their text`, h.at);
	return alts;
}

/** Adds a question made of a header and a key, or reports why it is left out. */
function addKeyed(h: Header, key: Key, draft: Draft, out: BankCollector): void {
	if (!key.ok) return out.skip(h.type, `${h.label} is left out: ${key.reason}`, h.at);
	for (const w of key.warnings) out.warn(`${h.label}: ${w}`, h.at);
	const fields = { ...key.fields };
	// A typed answer asked in a blank of its text is a fill in the blank.
	if (fields.type === 'short' && CLOZE_BLANK.test(draft.prompt)) fields.type = 'cloze';
	out.add({ ...draft, ...fields, explanation: join(key.feedback.join('\n'), h.general) }, h.at);
}

function trueFalse(h: Header, node: XmlNode, out: BankCollector): void {
	const answers = children(node, 'answer');
	const named = (word: string) => answers.find((a) => fieldText(a).trim().toLowerCase() === word);
	// Old files wrote the answers in the teacher's language: true first, then false, as Moodle reads them.
	const [yes, no] = [named('true') ?? answers[0], named('false') ?? answers[1]];
	const full = (a: XmlNode | undefined) => Number(attr(a, 'fraction') ?? 0) >= 100;
	if (!yes && !no) return out.skip('truefalse', `${h.label} is left out: it has no answers`, h.at);
	const value = yes ? full(yes) : !full(no);
	const right = value ? yes : no;
	const feedback = child(right, 'feedback');
	const explanation = join(richText(fieldText(feedback), formatOf(feedback, h.format)).plain, h.general);
	out.add({ ...base(h), type: 'truefalse', answer: value, explanation }, h.at);
}

function matching(h: Header, node: XmlNode, out: BankCollector): void {
	const pairs = children(node, 'subquestion')
		.map((s) => ({ left: richText(fieldText(s), formatOf(s, h.format)).plain, right: fieldText(child(s, 'answer')).trim() }))
		.filter((p) => p.right);
	if (pairs.length === 0) return out.skip('matching', `${h.label} is left out: it has no pairs`, h.at);
	out.add({ ...base(h), type: 'matching', pairs, answer: matchingAnswerText(pairs), explanation: h.general }, h.at);
}

/** An essay with information for graders is a flashcard whose back is that information (how Factdeck writes flashcards). */
function essay(h: Header, node: XmlNode, media: MediaFiles, out: BankCollector): void {
	const info = child(node, 'graderinfo');
	const back = richText(media.take(fieldText(info), info, h.label, h.at.line), formatOf(info, h.format));
	if (!back.plain) return out.skip('essay', `${h.label} is not supported: an essay is graded by a teacher`, h.at);
	const draft = base(h);
	if (back.html) draft.html = { ...draft.html, answer: back.html };
	out.add({ ...draft, type: 'flashcard', answer: back.plain, explanation: h.general }, h.at);
}

function cloze(h: Header, budget: SplitBudget, out: BankCollector): void {
	const read = readCloze(h.raw);
	if (!read.ok) return out.skip('cloze', `${h.label} is left out: ${read.reason}`, h.at);
	splitCloze(h, read, out, budget, (text) => base(h, text), addKeyed);
}

const NOT_SUPPORTED: Record<string, string> = {
	description: 'a description is text without a question',
	random: 'a random question is drawn from a category when a quiz starts',
	randomsamatch: 'a random short-answer matching question is drawn when a quiz starts',
	calculated: 'its numbers are drawn from data sets when a quiz starts',
	calculatedsimple: 'its numbers are drawn from data sets when a quiz starts',
	calculatedmulti: 'its numbers are drawn from data sets when a quiz starts'
};

/** Adds the question(s) of one `<question>` to `out`. */
export function mapQuestion(h: Header, node: XmlNode, read: { media: MediaFiles; budget: SplitBudget }, out: BankCollector): void {
	switch (h.type) {
		case 'multichoice': {
			const single = ownText(child(node, 'single')).trim().toLowerCase();
			const multiple = single === 'false' || single === '0';
			return addKeyed(h, choiceKey(answersOf(h, node, out), multiple), base(h), out);
		}
		case 'truefalse':
			return trueFalse(h, node, out);
		case 'shortanswer':
			return addKeyed(h, typedKey(answersOf(h, node, out), ownText(child(node, 'usecase')).trim() === '1'), base(h), out);
		case 'numerical':
			if (children(child(node, 'units'), 'unit').length) out.warn(`${h.label}: its units are not kept; the answer is the number alone`, h.at);
			return addKeyed(h, numberKey(answersOf(h, node, out)), base(h), out);
		case 'matching':
		case 'match':
			return matching(h, node, out);
		case 'essay':
			return essay(h, node, read.media, out);
		case 'cloze':
		case 'multianswer':
			return cloze(h, read.budget, out);
		default: {
			// Own keys only: a type named __proto__ or constructor must not reach Object's own properties.
			const why = Object.hasOwn(NOT_SUPPORTED, h.type) ? NOT_SUPPORTED[h.type] : 'Factdeck does not read this type';
			out.skip(h.type || 'unknown', `${h.label} is not supported: ${why}`, h.at);
		}
	}
}
