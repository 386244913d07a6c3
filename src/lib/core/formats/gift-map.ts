/** One parsed GIFT question to bank questions, with a warning for each simplification. */
import { CLOZE_BLANK } from '../bank/schema';
import type { BankCollector, Draft } from './build';
import type { Located } from './errors';
import type { GiftAnswers, GiftChoice, GiftNumber } from './gift-answers';
import { formatText, plainText, unescapeGift, type GiftParts } from './gift-scan';

const list = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
const are = (xs: unknown[]) => (xs.length === 1 ? 'is' : 'are');
const credit = (c: { right?: boolean; weight?: number }) => c.weight ?? (c.right === false ? 0 : 100);
const join = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join('\n\n');

interface Text {
	/** The question with a blank where the answers stood, when text follows them (a missing word). */
	blanked: string;
	/** The question with the text before and after the answers joined. */
	joined: string;
	missingWord: boolean;
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

function decimals(n: number): number {
	const m = /\.(\d+)|e-(\d+)/.exec(String(n));
	return m ? (m[1]?.length ?? Number(m[2])) : 0;
}

/** A number with at most `places` decimals and no trailing zeros. */
function show(n: number, places: number): string {
	const fixed = n.toFixed(Math.min(places, 12));
	return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

function numerical(text: Text, numbers: GiftNumber[], general: string | undefined, base: Draft, at: Located, out: BankCollector) {
	const full = numbers.filter((n) => credit(n) >= 100);
	const partial = numbers.filter((n) => credit(n) > 0 && credit(n) < 100);
	const right = full.length ? full : [...partial].sort((a, b) => credit(b) - credit(a)).slice(0, 1);
	if (right.length === 0) return out.skip('numerical', 'no answer of this numerical question gets credit', at);
	const [main, ...others] = right;
	const places = Math.max(decimals(main.value), decimals(main.tolerance), ...(main.range ?? []).map(decimals)) + (main.range ? 1 : 0);
	const answer = main.range ? show(main.value, places) : main.text;
	const bounds = main.tolerance > 0 ? [show(main.value - main.tolerance, places), show(main.value + main.tolerance, places)] : [];
	const accept = [...new Set([...bounds, ...others.map((o) => o.text)])].filter((a) => a !== answer);
	const rangeLine = bounds.length ? `Any number from ${bounds[0]} to ${bounds[1]} is right.` : undefined;
	const simplified = bounds.length || others.length || partial.length || !full.length;
	if (simplified) {
		const dropped = full.length ? partial : partial.filter((p) => p !== main);
		const lost = dropped.length ? `; partial credit not kept for ${list(dropped.map((p) => `${p.text} (${credit(p)}%)`))}` : '';
		out.warn(
			`numerical question imported as a typed answer compared as text: only ${list([answer, ...accept])} ${are([answer, ...accept])} accepted${lost}`,
			at
		);
	}
	const type = text.missingWord ? 'cloze' : 'short';
	out.add({ ...base, type, prompt: text.blanked, answer, accept, explanation: join(main.feedback, rangeLine, general) }, at);
}

function choices(text: Text, items: GiftChoice[], general: string | undefined, format: GiftParts['format'], base: Draft, at: Located, out: BankCollector) {
	const shown = (c: GiftChoice) => (format === 'html' ? formatText(c.text, format) : c.text);
	// A loop, not Math.max(...items): spreading a huge list into a call overflows the stack.
	const best = items.reduce((top, c) => Math.max(top, credit(c)), -Infinity);
	if (!(best > 0)) return out.skip('multiple choice', 'no answer of this question gets credit', at);
	const answerItem = items.find((c) => credit(c) === best) as GiftChoice;
	const answer = shown(answerItem);
	const feedbackLines = items.filter((c) => c !== answerItem && c.feedback).map((c) => `${shown(c)}: ${c.feedback}`);
	const explanation = join(answerItem.feedback, feedbackLines.join('\n'), general);
	if (items.every((c) => c.right)) {
		// All `=`: a short answer; the fully right alternatives are accepted too.
		const full = items.filter((c) => credit(c) >= 100 && c !== answerItem).map(shown);
		const partial = items.filter((c) => credit(c) > 0 && credit(c) < 100 && c !== answerItem);
		if (partial.length)
			out.warn(
				`partial credit is not kept: ${list(partial.map((p) => `${shown(p)} (${credit(p)}%)`))} ${partial.length === 1 ? 'is' : 'are'} not accepted`,
				at
			);
		const type = text.missingWord || CLOZE_BLANK.test(text.blanked) ? 'cloze' : 'short';
		return out.add({ ...base, type, prompt: text.blanked, answer, accept: full, explanation: join(answerItem.feedback, general) }, at);
	}
	// Several right answers: keep the first as the answer and leave the others out, so none is marked wrong.
	const alsoRight = items.filter((c) => c !== answerItem && (credit(c) === best || (best < 100 && credit(c) > 0)));
	const partial = items.filter((c) => c !== answerItem && !alsoRight.includes(c) && credit(c) > 0);
	if (alsoRight.length) {
		out.warn(`several right answers: ${JSON.stringify(answer)} is kept as the answer and ${list(alsoRight.map(shown))} left out of the choices`, at);
	}
	if (partial.length)
		out.warn(
			`partial credit is not kept: ${list(partial.map((p) => `${shown(p)} (${credit(p)}%)`))} now ${partial.length === 1 ? 'counts' : 'count'} as wrong`,
			at
		);
	const kept = items.filter((c) => !alsoRight.includes(c)).map(shown);
	out.add({ ...base, type: 'mcq', prompt: text.blanked, answer, choices: kept, explanation }, at);
}

/** Adds the question(s) of one GIFT block to `out`, or reports it as unsupported. */
export function giftQuestion(
	parts: GiftParts,
	answers: Exclude<GiftAnswers, { kind: 'error' | 'refused' }>,
	tags: string[],
	at: Located,
	out: BankCollector
): void {
	const text = questionText(parts);
	const base: Draft = { type: 'flashcard', prompt: '', answer: '', tags, ...(text.html ? { html: { prompt: text.html } } : {}) };
	switch (answers.kind) {
		case 'essay':
			// An essay with general feedback is a flashcard whose back is that feedback (how emitGift writes flashcards).
			if (answers.general) return out.add({ ...base, type: 'flashcard', prompt: text.joined, answer: answers.general }, at);
			return out.skip('essay', 'an essay question (free text, graded by a teacher) is not imported', at);
		case 'truefalse':
			return out.add({ ...base, type: 'truefalse', prompt: text.joined, answer: answers.value, explanation: join(...answers.feedback, answers.general) }, at);
		case 'numerical':
			return numerical(text, answers.numbers, answers.general, base, at, out);
		case 'choices':
			return choices(text, answers.choices, answers.general, parts.format, base, at, out);
		case 'matching': {
			const pairs = answers.pairs.filter((p) => p.left && p.right);
			const rights = [...new Set(answers.pairs.map((p) => p.right).filter(Boolean))];
			if (pairs.length === 0) return out.skip('matching', 'a matching question without any pair', at);
			const asMcq = rights.length >= 2;
			out.warn(`matching question split into ${pairs.length} ${asMcq ? 'multiple-choice questions' : 'flashcards'}, one per pair`, at);
			for (const p of pairs) {
				const prompt = text.joined ? `${text.joined}\n${p.left}` : p.left;
				out.add(
					{
						...base,
						html: undefined,
						type: asMcq ? 'mcq' : 'flashcard',
						prompt,
						answer: p.right,
						...(asMcq ? { choices: rights } : {}),
						explanation: answers.general
					},
					at
				);
			}
		}
	}
}
