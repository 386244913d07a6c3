/**
 * A bank as a paper quiz: numbered questions with lettered choices for the
 * student sheet, and a separate answer key, for print CSS to lay out.
 */
import type { AcceptedNumber, Bank, Question, QuestionType } from '../bank/schema';
import { askedPairs } from './grade-kinds';
import { acceptedNumbers } from './grade-number';
import { studyRights } from './match-order';
import { showNumber } from './read-number';
import { answerText } from './grade';
import { keepApart, onePerFact } from './giveaway';

export interface PrintChoice {
	letter: string;
	text: string;
}

export interface PrintItem {
	number: number;
	kind: QuestionType;
	prompt: string;
	/** The prompt's rich text (imported formatting, images), when it has one. */
	html?: string;
	/** Multiple choice and true/false: the options to circle; choose all that apply: the boxes to tick. Others get a line to write on. */
	choices?: PrintChoice[];
	/** Matching: the items to match, numbered, and the lettered right items to write beside them. */
	lefts?: string[];
	rights?: PrintChoice[];
}

export interface PrintKeyEntry {
	number: number;
	/** The answer as the teacher marks it, with its letter for choices: "B. Seoul". */
	answer: string;
	/** Other answers to accept when marking written ones. */
	accept?: string[];
}

export interface PrintableQuiz {
	title: string;
	items: PrintItem[];
	key: PrintKeyEntry[];
}

/**
 * The student sheet and answer key for `questionIds` (in that order), or for
 * the whole bank: then one question per fact (a second one would ask the same
 * thing again), ordered so that no question sits next to one that gives its
 * answer away.
 */
export function printableQuiz(bank: Bank, questionIds?: readonly string[]): PrintableQuiz {
	const questions = questionIds ? pickQuestions(bank, questionIds) : keepApart(onePerFact(bank.questions));
	const items: PrintItem[] = [];
	const key: PrintKeyEntry[] = [];
	questions.forEach((question, i) => {
		const number = i + 1;
		const choices = printChoices(question);
		const item: PrintItem = { number, kind: question.type, prompt: question.prompt };
		if (question.html?.prompt) item.html = question.html.prompt;
		if (choices) item.choices = choices;
		const rights = question.type === 'matching' ? lettered(studyRights(question)) : undefined;
		if (rights) {
			item.lefts = askedPairs(question).map((p) => p.left);
			item.rights = rights;
		}
		items.push(item);
		key.push(keyEntry(question, number, choices ?? rights));
	});
	return { title: bank.title, items, key };
}

/** Letters for choices: A-Z, then AA, AB… (never needed by a real quiz, but never wrong). */
export function choiceLetter(index: number): string {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	return index < 26 ? letters[index] : choiceLetter(Math.floor(index / 26) - 1) + letters[index % 26];
}

function pickQuestions(bank: Bank, ids: readonly string[]): Question[] {
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

function printChoices(question: Question): PrintChoice[] | undefined {
	const picked = question.type === 'mcq' || question.type === 'multi';
	return lettered(picked ? question.choices : question.type === 'truefalse' ? ['True', 'False'] : undefined);
}

const lettered = (texts: readonly string[] | undefined): PrintChoice[] | undefined => texts?.map((text, i) => ({ letter: choiceLetter(i), text }));

/** The key of the types whose answer is several things, or a number within a tolerance; undefined for the others. */
function manyKey(question: Question, options: PrintChoice[] | undefined): Omit<PrintKeyEntry, 'number'> | undefined {
	const withLetter = (text: string) => options?.find((o) => o.text === text) ?? { letter: '?', text };
	if (question.type === 'multi') {
		const right = (question.choices ?? []).filter((_, i) => (question.weights?.[i] ?? 0) > 0);
		return { answer: right.map((c) => `${withLetter(c).letter}. ${c}`).join('; ') };
	}
	if (question.type === 'matching') {
		return {
			answer: askedPairs(question)
				.map((p) => `${p.left} → ${withLetter(p.right).letter}. ${p.right}`)
				.join('; ')
		};
	}
	if (question.type === 'numerical') {
		const [full, ...others] = acceptedNumbers(question).toSorted((a, b) => b.credit - a.credit);
		if (!full) return undefined;
		const range = (n: AcceptedNumber) => (n.tolerance > 0 ? `${showNumber(n.value)} ± ${showNumber(n.tolerance)}` : showNumber(n.value));
		const accept = others.filter((n) => n.credit > 0).map((n) => `${range(n)} for ${n.credit}%`);
		return accept.length ? { answer: range(full), accept } : { answer: range(full) };
	}
	return undefined;
}

function keyEntry(question: Question, number: number, choices: PrintChoice[] | undefined): PrintKeyEntry {
	const many = manyKey(question, choices);
	if (many) return { number, ...many };
	const answer = answerText(question);
	const chosen = choices?.find((c) => c.text.trim().toLowerCase() === answer.trim().toLowerCase());
	if (chosen) return { number, answer: `${chosen.letter}. ${chosen.text}` };
	const accept = (question.accept ?? []).filter((a) => a !== answer);
	return accept.length ? { number, answer, accept } : { number, answer };
}
