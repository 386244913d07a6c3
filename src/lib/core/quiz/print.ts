/**
 * A bank as a paper quiz: numbered questions with lettered choices for the
 * student sheet, and a separate answer key, for print CSS to lay out.
 */
import type { Bank, Question, QuestionType } from '../bank/schema';
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
	/** Multiple choice and true/false: the options to circle. Others get a line to write on. */
	choices?: PrintChoice[];
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
		items.push(item);
		key.push(keyEntry(question, number, choices));
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
	const texts = question.type === 'mcq' ? question.choices : question.type === 'truefalse' ? ['True', 'False'] : undefined;
	return texts?.map((text, i) => ({ letter: choiceLetter(i), text }));
}

function keyEntry(question: Question, number: number, choices: PrintChoice[] | undefined): PrintKeyEntry {
	const answer = answerText(question);
	const chosen = choices?.find((c) => c.text.trim().toLowerCase() === answer.trim().toLowerCase());
	if (chosen) return { number, answer: `${chosen.letter}. ${chosen.text}` };
	const accept = (question.accept ?? []).filter((a) => a !== answer);
	return accept.length ? { number, answer, accept } : { number, answer };
}
