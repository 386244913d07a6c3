/**
 * The `=`/`~` answers of a GIFT question as Moodle grades them: without any
 * `=` a multiple choice is "choose all that apply" (`multi` with weights);
 * with one `=` it has one answer, and partially right choices keep their
 * weights (`mcq` with weights); all `=` is a short answer.
 */
import { CLOZE_BLANK } from '../bank/schema';
import type { BankCollector, Draft } from './build';
import type { Located } from './errors';
import type { GiftChoice } from './gift-answers';

const list = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
const credit = (c: GiftChoice) => c.weight ?? (c.right ? 100 : 0);
const withCredit = (cs: GiftChoice[]) => list(cs.map((c) => `${c.text} (${credit(c)}%)`));
/** Paragraphs of an explanation, empty ones left out. */
export const joinText = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join('\n\n');

/** Moodle accepts right choices whose weights add up to 100% within this (three times 33.33333%). */
const SUM_SLACK = 0.01;

/** What the question asks, as the choice mapping needs it. */
export interface AskedText {
	/** The question with a blank where the answers stood, when text follows them (a missing word). */
	blanked: string;
	missingWord: boolean;
}

/** Every choice's feedback but the one given, as "choice: feedback" lines. */
function feedbackLines(items: GiftChoice[], except?: GiftChoice): string {
	return items
		.filter((c) => c !== except && c.feedback)
		.map((c) => `${c.text}: ${c.feedback}`)
		.join('\n');
}

function shortAnswer(text: AskedText, items: GiftChoice[], general: string | undefined, base: Draft, at: Located, out: BankCollector): void {
	const best = items.reduce((top, c) => Math.max(top, credit(c)), -Infinity);
	if (!(best > 0)) return out.skip('short answer', 'no answer of this question gets credit', at);
	const main = items.find((c) => credit(c) === best) as GiftChoice;
	const accept = items.filter((c) => c !== main && credit(c) >= 100).map((c) => c.text);
	const partial = items.filter((c) => c !== main && credit(c) > 0 && credit(c) < 100);
	const none = items.filter((c) => credit(c) <= 0);
	if (best < 100) out.warn(`no answer gets full credit; ${withCredit([main])} is taken as the answer`, at);
	if (partial.length) out.warn(`partial credit is not kept: ${withCredit(partial)} ${partial.length === 1 ? 'is' : 'are'} not accepted`, at);
	const other = none.filter((c) => c.feedback).map((c) => `${c.text}: ${c.feedback}`);
	const type = text.missingWord || CLOZE_BLANK.test(text.blanked) ? 'cloze' : 'short';
	out.add({ ...base, type, prompt: text.blanked, answer: main.text, accept, explanation: joinText(main.feedback, other.join('\n'), general) }, at);
}

/** No `=`: choose all that apply; the right choices' weights must add up to 100%. Returns a problem, or nothing. */
function multi(text: AskedText, items: GiftChoice[], general: string | undefined, base: Draft, at: Located, out: BankCollector): string | void {
	const weights = items.map(credit);
	const positive = weights.filter((w) => w > 0);
	if (positive.length === 0) return out.skip('multiple choice', 'no answer of this question gets credit', at);
	const sum = positive.reduce((a, b) => a + b, 0);
	if (Math.abs(sum - 100) > SUM_SLACK) return `the right answers' weights add up to ${Number(sum.toFixed(4))}%, not 100%`;
	const choices = items.map((c) => c.text);
	const answer = choices.filter((_, i) => weights[i] > 0).join('\n');
	out.add({ ...base, type: 'multi', prompt: text.blanked, answer, choices, weights, explanation: joinText(feedbackLines(items), general) }, at);
}

/** One `=` (or more): a single answer; choices worth part of the credit keep their weights. */
function single(text: AskedText, items: GiftChoice[], general: string | undefined, base: Draft, at: Located, out: BankCollector): void {
	const main = items.find((c) => credit(c) >= 100) as GiftChoice;
	// Moodle grades any fully right choice as right; Factdeck keeps one answer, so the others leave the choices rather than be marked wrong.
	const alsoRight = items.filter((c) => c !== main && credit(c) >= 100);
	if (alsoRight.length) {
		out.warn(`several right answers: ${JSON.stringify(main.text)} is kept as the answer and ${list(alsoRight.map((c) => c.text))} left out of the choices`, at);
	}
	const kept = items.filter((c) => !alsoRight.includes(c));
	const weights = kept.map(credit);
	const weighted = weights.some((w, i) => kept[i] !== main && w !== 0);
	const explanation = joinText(main.feedback, feedbackLines(kept, main), general);
	out.add(
		{ ...base, type: 'mcq', prompt: text.blanked, answer: main.text, choices: kept.map((c) => c.text), ...(weighted ? { weights } : {}), explanation },
		at
	);
}

/** Adds the question of a block's `=`/`~` answers to `out`; returns a problem that fails the file, or nothing. */
export function choiceQuestion(text: AskedText, items: GiftChoice[], general: string | undefined, base: Draft, at: Located, out: BankCollector): string | void {
	if (items.every((c) => c.right)) return shortAnswer(text, items, general, base, at, out);
	// Moodle: no `=` among the choices makes it a multiple-response question.
	if (!items.some((c) => c.right)) return multi(text, items, general, base, at, out);
	return single(text, items, general, base, at, out);
}
