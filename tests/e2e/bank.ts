/**
 * The shipped banks as the browser tests know them: read from questions/, so
 * the tests can tell which question is on screen and answer it right or wrong,
 * whichever bank ("Study all") it comes from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BANK_ID = 'korea-diplomacy-2021';
export const BANK_TITLE = 'Seeking North Korea Breakthrough, Seoul Looks to Biden Administration';
export const STUDY_PATH = `/study/${BANK_ID}`;

export interface SeedQuestion {
	id: string;
	fact: string;
	type: 'flashcard' | 'cloze' | 'mcq' | 'truefalse' | 'short';
	prompt: string;
	answer: string | boolean;
	accept?: string[];
	choices?: string[];
}

let questions: SeedQuestion[] | undefined;

/** Every question of every bank under questions/ (unreadable files are skipped). */
function shippedQuestions(): SeedQuestion[] {
	if (!questions) {
		const dir = join(process.cwd(), 'questions');
		questions = readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.flatMap((file) => {
				try {
					return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { questions: SeedQuestion[] }).questions;
				} catch {
					return [];
				}
			});
	}
	return questions;
}

/** Every mcq choice in the shipped banks: a button with one of these names is a choice. */
export function allChoices(): Set<string> {
	return new Set(shippedQuestions().flatMap((q) => (q.type === 'mcq' ? (q.choices ?? []) : [])));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a prompt is on screen; a cloze blank may be drawn any way, so its parts are matched. */
function promptShown(prompt: string, screenText: string): boolean {
	const text = squash(screenText);
	return prompt
		.split(/_{3,}/)
		.map(squash)
		.filter((part) => part.length > 0)
		.every((part) => text.includes(part));
}

/** The question on screen: of the given types, the one whose prompt and choices fit what is shown. */
export function identify(types: SeedQuestion['type'][], screenText: string, choices: string[] = []): SeedQuestion | undefined {
	const shown = new Set(choices);
	const fits = shippedQuestions().filter(
		(q) =>
			types.includes(q.type) &&
			promptShown(q.prompt, screenText) &&
			(q.type !== 'mcq' || ((q.choices ?? []).length === shown.size && (q.choices ?? []).every((c) => shown.has(c))))
	);
	// Prompts can contain one another; the longest match is the question shown.
	fits.sort((a, b) => b.prompt.length - a.prompt.length);
	return fits[0];
}

/** An answer the lenient grader must accept for this question. */
export function rightAnswer(q: SeedQuestion): string {
	return String(q.answer);
}

/** An answer no question of the bank accepts. */
export const WRONG_ANSWER = 'zzqx not the answer';
