/** One parsed GIFT question to a bank question, with a warning for each simplification. */
import { matchingAnswerText } from '../bank/derived-answer';
import type { AcceptedNumber } from '../bank/schema';
import type { BankCollector, Draft } from './build';
import type { Located } from './errors';
import type { GiftAnswers, GiftNumber } from './gift-answers';
import { choiceQuestion, joinText, type AskedText } from './gift-choices';
import { unescapeGift, type GiftParts } from './gift-scan';
import { formatText, plainText } from './gift-text';

interface Text extends AskedText {
	/** The question with the text before and after the answers joined. */
	joined: string;
	html?: string;
}

function questionText(parts: GiftParts): Text {
	const [before, after] = [unescapeGift(parts.before), unescapeGift(parts.after)];
	const missingWord = plainText(parts.after, parts.format).trim() !== '';
	// Lines lose the file's indentation; spaces around the answers stay, they separate words.
	const tidy = (text: string) =>
		formatText(text, parts.format)
			.split('\n')
			.map((l) => l.trim())
			.join('\n')
			.trim();
	const blanked = tidy(missingWord ? `${before}____${after}` : before);
	const joined = tidy(`${before.trimEnd()} ${after.trimStart()}`);
	const html = `${before}${missingWord ? `____${after}` : ''}`.trim();
	return { blanked, joined, missingWord, ...(parts.format === 'html' ? { html } : {}) };
}

/** A range's middle or half-width rounded to 12 significant digits, so 3.141..3.142 gives 3.1415 and 0.0005, not float noise. */
const tidyNumber = (n: number) => Number(n.toPrecision(12));

function numerical(text: Text, numbers: GiftNumber[], answers: { otherwise?: string; general?: string }, base: Draft, at: Located, out: BankCollector) {
	const accepted: AcceptedNumber[] = numbers.map((n) => ({
		value: n.range ? tidyNumber(n.value) : n.value,
		tolerance: n.range ? tidyNumber(n.tolerance) : n.tolerance,
		credit: n.weight ?? 100
	}));
	const full = accepted.findIndex((n) => n.credit >= 100);
	if (full < 0) return out.skip('numerical', 'no number of this question gets full credit', at);
	const feedback = numbers.filter((n, i) => i !== full && n.feedback).map((n) => `${n.text}: ${n.feedback}`);
	const explanation = joinText(numbers[full].feedback, feedback.join('\n'), answers.otherwise, answers.general);
	out.add({ ...base, type: 'numerical', prompt: text.blanked, answer: String(accepted[full].value), numbers: accepted, explanation }, at);
}

/**
 * Adds the question of one GIFT block to `out`, or reports it as unsupported;
 * returns a problem that makes the whole file fail, or nothing.
 */
export function giftQuestion(
	parts: GiftParts,
	answers: Exclude<GiftAnswers, { kind: 'error' | 'refused' }>,
	tags: string[],
	at: Located,
	out: BankCollector
): string | void {
	const text = questionText(parts);
	const base: Draft = {
		type: 'flashcard',
		prompt: '',
		answer: '',
		tags,
		...(parts.name ? { name: parts.name } : {}),
		...(text.html ? { html: { prompt: text.html } } : {})
	};
	switch (answers.kind) {
		case 'essay':
			if (!answers.general) return out.skip('essay', 'an essay question (free text, graded by a teacher) is not imported', at);
			// The file gives an answer text (general feedback): a flashcard with that back is how emitGift writes flashcards.
			out.warn('an essay question imported as a flashcard: its general feedback is the back of the card', at);
			return out.add({ ...base, type: 'flashcard', prompt: text.joined, answer: answers.general }, at);
		case 'truefalse':
			return out.add(
				{ ...base, type: 'truefalse', prompt: text.joined, answer: answers.value, explanation: joinText(...answers.feedback, answers.general) },
				at
			);
		case 'numerical':
			return numerical(text, answers.numbers, answers, base, at, out);
		case 'choices':
			return choiceQuestion(text, answers.choices, answers.general, base, at, out);
		case 'matching':
			return out.add(
				{ ...base, type: 'matching', prompt: text.joined, answer: matchingAnswerText(answers.pairs), pairs: answers.pairs, explanation: answers.general },
				at
			);
	}
}
