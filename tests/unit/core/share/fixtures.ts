/** Banks for share and test-mode tests: a small one of each type, and a realistic 100-question one. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Bank, Question } from '$lib/core/bank/schema';
import { parseBankJson, validateBank } from '$lib/core/bank/validate';
import { validBank } from '../bank/fixtures';

const QUESTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../questions');

function checked(value: unknown): Bank {
	const result = validateBank(value);
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.bank;
}

/** Five questions, one of each type, on two facts (a fresh copy each call). */
export function smallBank(): Bank {
	return checked(validBank());
}

/**
 * The shipped seed bank (a real article of about 7,800 characters and its
 * generated questions), topped up to `size` questions with cloze questions
 * on further sentences of the same article, as a teacher's edits would add.
 */
export function realisticBank(size = 100): Bank {
	const seed = parseBankJson(readFileSync(join(QUESTIONS_DIR, 'korea-diplomacy-2021.json'), 'utf8'));
	if (!seed.ok) throw new Error(seed.problems.join('\n'));
	const bank = seed.bank;
	const text = bank.source?.text ?? '';
	const questions: Question[] = bank.questions.slice(0, size);
	const sentences = sentencesOf(text);
	for (let i = 0; questions.length < size; i++) {
		const sentence = sentences[i % sentences.length];
		const words = sentence.text.match(/\b[A-Z][a-z]{4,}\b/g) ?? sentence.text.match(/\b[a-z]{6,}\b/g) ?? ['the'];
		const answer = words[i % words.length];
		questions.push({
			id: `q-extra-${i}`,
			fact: `extra-fact-${i}`,
			type: 'cloze',
			prompt: sentence.text.replace(answer, '_____'),
			answer,
			source: sentence
		});
	}
	return checked({ ...bank, questions });
}

function sentencesOf(text: string): { text: string; start: number; end: number }[] {
	const out: { text: string; start: number; end: number }[] = [];
	const pattern = /[^.!?\n]+[.!?]/g;
	for (const match of text.matchAll(pattern)) {
		const trimmed = match[0].trim();
		if (trimmed.length < 40) continue;
		const start = (match.index ?? 0) + match[0].indexOf(trimmed);
		out.push({ text: trimmed, start, end: start + trimmed.length });
	}
	return out;
}
