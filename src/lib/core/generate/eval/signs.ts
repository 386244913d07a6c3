/**
 * Automatic signs of the rubric's rejection reasons (shared/eval/rubric.md),
 * counted over a bank's first questions and over the whole bank, so a change
 * to the generator that helps one article and hurts another shows at once.
 * Each detector is a heuristic over the question's text alone (plus the
 * article and its title): it depends only on the Question shape, never on
 * the generator's internals, so it keeps measuring whatever the generator becomes.
 */
import type { Question } from '../../bank/schema';
import type { ArticleOf } from './sign-text';
import { AUXILIARY, answerText, BLANK, DAY_DATE, filled, isNumber, isNumberWord, MONTH, MONTH_DAY, QUANTITY, STOP, UNIT, words } from './sign-text';
import { unresolvedStart } from './sign-references';

export { unresolvedStart };

/** The rubric's rejection reasons that a detector can see. */
export const SIGN_NAMES = ['unresolvedStart', 'dateWithoutYear', 'giveaway', 'verbatimTrue', 'sameSentence', 'sameFact', 'trivia', 'fragment'] as const;
export type SignName = (typeof SIGN_NAMES)[number];

/** How many questions show each sign, and which (indexes into the bank). */
export type SignTally = Record<SignName, number[]>;

/** A teacher's quiz takes the bank's first questions: the rubric's reviews read 12. */
export const TOP = 12;

// --- the other detectors ----------------------------------------------------

/** A month and day with no year next to it ("January 26"): a student cannot place it (rubric 1). */
export function dateWithoutYear(q: Question): boolean {
	return [q.prompt, answerText(q), ...(q.choices ?? [])].some((t) => MONTH_DAY.test(t));
}

/** The initials of a name's capitalised words: "Indian Space Research Organisation" gives ISRO. */
function initials(name: string): string {
	return (name.match(/\p{Lu}[\p{L}]*/gu) ?? []).map((w) => w[0]).join('');
}

/** One word, a compound built on it ("sun" + "shield"), or a shared stem of 4+ letters and most of the shorter word ("Korea", "Korean"; not "president", "presence"). */
function sameStem(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length >= 3 && long.startsWith(short) && long.length - short.length >= 4) return true;
	let shared = 0;
	while (shared < short.length && short[shared] === long[shared]) shared++;
	return shared >= Math.max(4, Math.ceil(0.7 * short.length));
}

/** The answer's words that carry it: the digits of a number ("$40 billion", "May 21": the unit or month gives nothing away), the longer words of the rest. */
function carryingWords(answer: string): string[] {
	const all = words(answer).filter((w) => !STOP.has(w));
	return /\d/.test(answer) ? all.filter((w) => /\d/.test(w)) : all.filter((w) => w.length >= 3);
}

/** A proper name or number of a short answer is in the title ("Biden" under "... Looks to Biden Administration"); not a lowercase noun ("the Obama administration"), not a date whose year the title holds ("Crisis of 1997"). */
function inTitle(answer: string, title: string): boolean {
	const named = (answer.match(/\p{Lu}[\p{L}-]*|\p{N}+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !STOP.has(w));
	const titleWords = new Set(words(title));
	const isDate = new RegExp(`\\b${MONTH}`, 'u').test(answer);
	return words(answer).filter((w) => !STOP.has(w)).length <= 3 && !isDate && named.some((w) => titleWords.has(w));
}

/** Half the answer's carrying words ("Wit" of "Joel Wit") stand in the prompt, as themselves or by their stem; the kind the question asks for ("which summit" → "the Hanoi Summit") does not count. */
function shownInPrompt(answer: string, prompt: string): boolean {
	const promptWords = words(prompt);
	const kind = new Set(words(/\b(?:which|what)((?:\s+[\p{L}-]+){1,3})/iu.exec(prompt)?.[1] ?? ''));
	const content = carryingWords(answer).filter((w) => !kind.has(w) && !kind.has(w.replace(/s$/, '')));
	const shown = content.filter((a) => promptWords.some((p) => sameStem(a, p)));
	return content.length > 0 && shown.length * 2 >= content.length;
}

/** An acronym whose expansion the prompt spells out, or a blank for the expansion beside its acronym ("insistence on ____, or CVID"); "What does CVID stand for?" is a fair question. */
function acronymShown(q: Question, answer: string, prompt: string): boolean {
	if (/^\p{Lu}{2,6}$/u.test(answer)) {
		const runs = prompt.match(/\p{Lu}[\p{L}]*(?:\s+(?:of|and|for|the)?\s*\p{Lu}[\p{L}]*)+/gu) ?? [];
		if (runs.some((r) => initials(r) === answer)) return true;
	}
	const short = initials(answer);
	return short.length >= 2 && answer.includes(' ') && BLANK.test(q.prompt) && new RegExp(`\\b${short}\\b`).test(prompt);
}

/** The answer can be read off the prompt: itself, a word's stem ("sunshield" → "Sun"), an acronym and its expansion, a word of the title (rubric 4). */
export function giveaway(q: Question, article: ArticleOf): boolean {
	const answer = answerText(q);
	const prompt = q.prompt.replace(BLANK, ' ');
	return answer !== '' && (inTitle(answer, article.title) || shownInPrompt(answer, prompt) || acronymShown(q, answer, prompt));
}

/** Longest common subsequence of two word lists: how much of one is the other, in order. */
function commonInOrder(a: string[], b: string[]): number {
	let row = new Array<number>(b.length + 1).fill(0);
	for (const x of a) {
		const next = [0];
		for (let j = 0; j < b.length; j++) next.push(x === b[j] ? row[j] + 1 : Math.max(row[j + 1], next[j]));
		row = next;
	}
	return row[b.length];
}

/** A true statement copied from its sentence: it tests recognising the words, not the fact (rubric 7). */
export function verbatimTrue(q: Question): boolean {
	if (q.type !== 'truefalse' || q.answer !== true || !q.source) return false;
	const statement = words(q.prompt);
	const sentence = words(q.source.text);
	if (statement.join(' ') === sentence.join(' ')) return true;
	return sentence.length > 0 && commonInOrder(statement, sentence) >= 0.9 * sentence.length;
}

/** A single capitalised word that the article only ever writes before another name: a first name ("Joel" of "Joel Wit"). */
function loneGivenName(answer: string, text: string): boolean {
	if (!/^\p{Lu}[\p{Ll}]+$/u.test(answer)) return false;
	const uses = [...text.matchAll(new RegExp(`\\b${answer}\\b(\\s+\\p{Lu})?`, 'gu'))];
	return uses.length > 0 && uses.every((m) => m[1]);
}

/** The source is a byline, photo credit or caption line (a line of the article with no closing punctuation). */
function creditOrCaption(q: Question, text: string): boolean {
	if (!q.source) return false;
	if (/^By(?:\s+\p{Lu}[\p{L}.'’-]*){2,4}\s*$|^(?:Credit|Photo|Image|Photograph|Courtesy)\b|\bPhoto by\b|\bvia (?:Getty|AP|Reuters)\b/u.test(q.source.text))
		return true;
	// The line check needs offsets into this very text.
	if (text.slice(q.source.start, q.source.end) !== q.source.text) return false;
	const lineEnd = text.indexOf('\n', q.source.start);
	const line = text.slice(text.lastIndexOf('\n', q.source.start) + 1, lineEnd < 0 ? text.length : lineEnd).trim();
	return line.length > 0 && !/[.?!]["”’)]*$/.test(line);
}

const PART_OF_QUANTITY = new RegExp(`${QUANTITY}\\s+${UNIT}\\s*(?:,|and)\\s*_{2,}\\s*${UNIT}|_{2,}\\s*${UNIT}\\s*(?:,|and)\\s*${QUANTITY}\\s+${UNIT}`, 'iu');

/** A person's job or affiliation asked: "Who is Lee Sung-yoon?" → a professor; "Joel Wit, a senior fellow at the ____, said" → Stimson Center. */
function askedAffiliation(prompt: string): boolean {
	const whoIsName = /^Who (?:is|was) \p{Lu}[^?]*\?$/u.test(prompt) && !/^Who (?:is|was) The\b/.test(prompt);
	// The blank is where the apposition after a name says where the person works: "at the ____", "of the ____".
	const blankInApposition = /\p{Lu}[\p{L}’'-]+,\s+(?:a|an|then)\s+[^,]*\b(?:at|of|with|from)\s+(?:the\s+)?_{2,}[^,]*,/u.test(prompt);
	return whoIsName || blankInApposition;
}

/** Something no teacher would ask: a first name, a small number word, one part of a quantity, an expert's job, a bare day, a credit line (rubric 3). */
export function trivia(q: Question, article: ArticleOf): boolean {
	const answer = answerText(q).trim();
	return (
		(answer !== '' && (loneGivenName(answer, article.text) || isNumberWord(answer) || DAY_DATE.test(answer))) ||
		PART_OF_QUANTITY.test(q.prompt) ||
		askedAffiliation(q.prompt) ||
		creditOrCaption(q, article.text)
	);
}

/** A sentence cut mid-clause ends on a conjunction or an article; a question may end on a preposition ("stand for?"). */
const DANGLING = /\b(?:and|or|but|because|that|which|when|while|if|although|the|a|an)\W*$/i;
/** Words before which an -s word is a plural noun ("four years"), not a verb ("the administration starts"). */
const BEFORE_PLURAL = /^(?:the|a|an|these|those|their|its|his|her|our|many|few|several|some|all|both|of|and|with|in|on|for|to)$/i;

/** Has the text a finite verb: an auxiliary, a common verb, an -ed form, or an -s form after a noun? */
function hasFiniteVerb(text: string): boolean {
	if (AUXILIARY.test(text)) return true;
	const ws = text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}.,-]/gu, ''));
	return ws.some((w, i) => i > 0 && /^[a-z]{2,}[^su\W]s$/.test(w) && !BEFORE_PLURAL.test(ws[i - 1]) && !isNumber(ws[i - 1].replace(/[.,]$/, '')));
}

/** Not a whole sentence or question: no finite verb (but a flashcard's term), an unclosed quote, a lowercase start, a dangling conjunction (rubric 1). */
export function fragment(q: Question): boolean {
	const text = filled(q).trim();
	const curlyOpen = (text.match(/“/g) ?? []).length;
	const curlyClose = (text.match(/”/g) ?? []).length;
	const straight = (text.match(/"/g) ?? []).length;
	// A flashcard's front may be a bare term ("CVID", "Kang Kyung-wha").
	return (
		(q.type !== 'flashcard' && !hasFiniteVerb(text)) ||
		curlyOpen !== curlyClose ||
		straight % 2 === 1 ||
		/^[“"‘'(]*\p{Ll}/u.test(text) ||
		DANGLING.test(text.replace(/[.?!]+$/, ''))
	);
}

// --- aggregation ------------------------------------------------------------

/** The per-question detectors, by sign. */
const PER_QUESTION: Partial<Record<SignName, (q: Question, article: ArticleOf) => boolean>> = {
	unresolvedStart,
	dateWithoutYear,
	giveaway,
	verbatimTrue,
	trivia,
	fragment
};

/** Repeats among questions: a different fact from a sentence already used, or a second question on one fact (rubric 6). */
function repeats(questions: Question[]): Pick<SignTally, 'sameSentence' | 'sameFact'> {
	const sameSentence: number[] = [];
	const sameFact: number[] = [];
	questions.forEach((q, i) => {
		const earlier = questions.slice(0, i);
		if (earlier.some((e) => e.fact === q.fact)) sameFact.push(i);
		else if (q.source && earlier.some((e) => e.source?.start === q.source?.start)) sameSentence.push(i);
	});
	return { sameSentence, sameFact };
}

/** Every sign over a run of questions, with the indexes that show it. */
function tally(questions: Question[], article: ArticleOf): SignTally {
	const found = { ...repeats(questions) } as SignTally;
	for (const [name, detect] of Object.entries(PER_QUESTION) as [SignName, (q: Question, a: ArticleOf) => boolean][]) {
		found[name] = questions.flatMap((q, i) => (detect(q, article) ? [i] : []));
	}
	return found;
}

/** Signs of each rejection reason, over the bank's first 12 questions and over the whole bank. */
export function bankSigns(questions: Question[], article: ArticleOf): { top: SignTally; bank: SignTally } {
	return { top: tally(questions.slice(0, TOP), article), bank: tally(questions, article) };
}
