/**
 * Moodle's Aiken format: a question line, options `A.` or `A)`, then
 * `ANSWER: B`. Only multiple choice exists in Aiken; on export a true/false
 * question becomes the options True and False, and the other types are left
 * out (`aikenSkipped` names them), as is a multiple choice with partial
 * credit, which Aiken cannot carry.
 */
import type { Bank, Question } from '../bank/schema';
import { BankCollector } from './build';
import { failure, type ParseOptions, type ParseResult, type Problem } from './errors';
import { decodeText, splitLines, titleFromName } from './text';

const OPTION = /^([A-Z])[.)]\s*(.*)$/;
/** Aiken letters its options A to Z, so a question holds at most 26. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

interface Pending {
	line: number;
	prompt: string[];
	options: { letter: string; text: string; line: number }[];
}

/** Parses Aiken text into a bank; every malformed question is one problem with its line. */
export function parseAiken(input: string | Uint8Array, opts: ParseOptions = {}): ParseResult {
	const decoded = decodeText(input, 'aiken');
	if (!decoded.ok) return decoded;
	const out = new BankCollector('aiken');
	for (const w of decoded.warnings) out.warn(w.message, w);
	const problems: Problem[] = [];
	let q: Pending | undefined;
	splitLines(decoded.text).forEach((raw, i) => {
		const line = i + 1;
		const text = raw.trim();
		if (!text) return;
		const answer = ANSWER.exec(text);
		const option = OPTION.exec(text);
		if (answer) {
			if (!q || q.options.length === 0) {
				problems.push({ line, message: 'ANSWER: without options (A. … B. …) before it' });
			} else {
				const letter = answer[1].trim().toUpperCase();
				const right = q.options.find((o) => o.letter === letter);
				// A question past Z was reported once, when its options ran out of letters.
				const lettered = q.options.length <= LETTERS.length;
				if (lettered && !right)
					problems.push({
						line,
						message: `the answer ${JSON.stringify(answer[1].trim())} is not one of the options ${q.options.map((o) => o.letter).join(', ')}`
					});
				else if (lettered && right)
					out.add({ type: 'mcq', prompt: q.prompt.join('\n'), answer: right.text, choices: q.options.map((o) => o.text) }, { line: q.line });
			}
			q = undefined;
		} else if (option && q && (q.options.length > 0 || q.prompt.length > 0)) {
			const expected = LETTERS[q.options.length];
			if (q.options.length === LETTERS.length)
				problems.push({ line, message: `a question with more than ${LETTERS.length} options; Aiken letters them A to Z` });
			else if (expected !== undefined && option[1] !== expected) problems.push({ line, message: `option ${option[1]} where ${expected} was expected` });
			q.options.push({ letter: option[1], text: option[2].trim(), line });
		} else if (q && q.options.length > 0) {
			problems.push({ line: q.line, message: 'the question has no ANSWER: line after its options' });
			q = { line, prompt: [text], options: [] };
		} else if (q) q.prompt.push(text);
		else q = { line, prompt: [text], options: [] };
	});
	if (q) problems.push({ line: q.line, message: q.options.length ? 'the question has no ANSWER: line after its options' : 'a question without options' });
	if (problems.length) return failure('aiken', problems);
	return out.finish({ title: opts.title ?? titleFromName(opts.name) ?? '' });
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** True when a choice other than the answer earns or costs credit: Aiken has one right answer and no weights. */
const partialCredit = (q: Question) => (q.weights ?? []).some((w, i) => q.choices?.[i] !== q.answer && w !== 0);

/** True when the question can be written in Aiken: true or false, or single-answer multiple choice without partial credit. */
function fitsAiken(q: Question): boolean {
	if (q.type === 'truefalse') return true;
	return q.type === 'mcq' && !partialCredit(q) && (q.choices?.length ?? 0) >= 2 && (q.choices?.length ?? 0) <= 26;
}

/** Ids of the questions `emitAiken` leaves out: Aiken holds only multiple choice. */
export function aikenSkipped(bank: Bank): string[] {
	return bank.questions.filter((q) => !fitsAiken(q)).map((q) => q.id);
}

/** The bank's multiple-choice and true/false questions as Aiken text. */
export function emitAiken(bank: Bank): string {
	const blocks = bank.questions.filter(fitsAiken).map((q) => {
		const choices = q.type === 'truefalse' ? ['True', 'False'] : (q.choices ?? []);
		const answer = q.type === 'truefalse' ? (q.answer ? 'True' : 'False') : q.answer;
		const letter = String.fromCharCode(65 + choices.indexOf(answer as string));
		const options = choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${oneLine(c)}`);
		return [oneLine(q.prompt), ...options, `ANSWER: ${letter}`].join('\n');
	});
	return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
