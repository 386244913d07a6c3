/**
 * The answer part of a GIFT question, the text between `{` and `}`: true or
 * false, numbers, matching pairs, or `=`/`~` answers with weights and
 * feedback; `####` starts the general feedback.
 */
import { findUnescaped, splitAtMarkers, type GiftParts } from './gift-scan';
import { markedText } from './gift-text';
import { formatCount } from './text';

/** Answers read in one question; Moodle's forms offer a few dozen, so more is a crafted file. */
export const MAX_GIFT_ANSWERS = 200;

/** The refusal of a question with more answers than MAX_GIFT_ANSWERS; the text before the first marker counts when it is there. */
function tooManyAnswers(parts: { body: string }[]): GiftAnswers | undefined {
	const n = parts[0].body.trim() ? parts.length : parts.length - 1;
	if (n <= MAX_GIFT_ANSWERS) return undefined;
	return { kind: 'refused', message: `a question holds ${formatCount(n)} answers; Factdeck reads at most ${MAX_GIFT_ANSWERS} per question` };
}

/** One `=`/`~` answer: right (`=`) or not, its weight in percent when written, and its feedback. */
export interface GiftChoice {
	right: boolean;
	weight?: number;
	text: string;
	feedback?: string;
}

/** One numerical answer: a value with a tolerance, or a range. */
export interface GiftNumber {
	text: string;
	value: number;
	tolerance: number;
	range?: [number, number];
	weight?: number;
	feedback?: string;
}

export type GiftAnswers =
	| { kind: 'essay'; general?: string }
	| { kind: 'truefalse'; value: boolean; feedback: string[]; general?: string }
	| { kind: 'numerical'; numbers: GiftNumber[]; otherwise?: string; general?: string }
	| { kind: 'matching'; pairs: { left: string; right: string }[]; general?: string }
	| { kind: 'choices'; choices: GiftChoice[]; general?: string }
	| { kind: 'error'; message: string }
	/** Readable, but past a cap: the question is left out and the rest of the file read. */
	| { kind: 'refused'; message: string };

/** The text format answers and feedback take when they carry no marker of their own: the question's. */
type Format = GiftParts['format'];

/** Splits `text#feedback` at the first unescaped `#`; each part may start with its own format marker. */
function withFeedback(raw: string, format: Format = 'moodle'): { text: string; feedback?: string } {
	const hash = findUnescaped(raw, '#');
	if (hash < 0) return { text: markedText(raw, format) };
	const feedback = markedText(raw.slice(hash + 1), format);
	return { text: markedText(raw.slice(0, hash), format), ...(feedback ? { feedback } : {}) };
}

/** Reads a leading `%50%` weight. */
function weighted(raw: string): { weight?: number; rest: string } {
	const m = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
	return m ? { weight: Number(m[1]), rest: raw.slice(m[0].length) } : { rest: raw };
}

/** The error for a weight Moodle would not grade with: credit runs from -100% to 100%. */
function badWeight(items: { weight?: number }[]): GiftAnswers | undefined {
	const bad = items.find((i) => i.weight !== undefined && Math.abs(i.weight) > 100);
	return bad ? { kind: 'error', message: `the weight ${bad.weight}% is outside -100% to 100%` } : undefined;
}

function parseNumber(raw: string, weight: number | undefined, format: Format): GiftNumber | string {
	const { text, feedback } = withFeedback(raw, format);
	const extra = { ...(weight !== undefined ? { weight } : {}), ...(feedback ? { feedback } : {}) };
	const num = (s: string) => (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s.trim()) ? Number(s) : NaN);
	// `low..high` on one line, split at the first `..`; found with indexOf, as a regex retried at every `..` is quadratic.
	const dots = /[\n\r\u2028\u2029]/.test(text) ? -1 : text.indexOf('..', 1);
	if (dots > 0 && dots + 2 < text.length) {
		const [lo, hi] = [num(text.slice(0, dots)), num(text.slice(dots + 2))];
		if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi) return `the range ${JSON.stringify(text)} is not two numbers, low..high`;
		return { text, value: (lo + hi) / 2, tolerance: (hi - lo) / 2, range: [lo, hi], ...extra };
	}
	const [valueText, toleranceText = '0'] = text.split(':');
	const [value, tolerance] = [num(valueText), num(toleranceText)];
	if (Number.isNaN(value) || Number.isNaN(tolerance) || text.split(':').length > 2) {
		return `${JSON.stringify(text)} is not a number (or number:tolerance, or low..high)`;
	}
	return { text: valueText.trim(), value, tolerance: Math.abs(tolerance), ...extra };
}

function numerical(body: string, format: Format, general?: string): GiftAnswers {
	const parts = splitAtMarkers(body, '=~');
	const refused = tooManyAnswers(parts);
	if (refused) return refused;
	const numbers: GiftNumber[] = [];
	const otherwise: string[] = [];
	// After `#` Moodle reads the text before the first `=` as an answer too; `~` starts feedback for any other answer.
	for (const part of parts[0].body.trim() ? parts : parts.slice(1)) {
		const { weight, rest } = weighted(part.body);
		// `=*` (as Moodle exports it) is any other answer, like `~`: only its feedback is kept.
		const anyOther = withFeedback(rest, format);
		if (part.marker === '~' || anyOther.text === '*') {
			const feedback = anyOther.feedback;
			if (feedback) otherwise.push(feedback);
			continue;
		}
		const parsed = parseNumber(rest, weight, format);
		if (typeof parsed === 'string') return { kind: 'error', message: parsed };
		numbers.push(parsed);
	}
	if (numbers.length === 0) return { kind: 'error', message: 'a numerical question needs a number after #' };
	const negative = numbers.find((n) => (n.weight ?? 0) < 0);
	if (negative) return { kind: 'error', message: `the number ${JSON.stringify(negative.text)} has the weight ${negative.weight}%; a number earns 0% to 100%` };
	return (
		badWeight(numbers) ?? {
			kind: 'numerical',
			numbers,
			...(otherwise.length ? { otherwise: otherwise.join('\n') } : {}),
			...(general ? { general } : {})
		}
	);
}

/** Index of the last unescaped `token`, or -1. */
function findLastUnescaped(text: string, token: string): number {
	let last = -1;
	for (let i = findUnescaped(text, token); i >= 0; i = findUnescaped(text, token, i + 1)) last = i;
	return last;
}

/**
 * Reads what stands between the braces, deciding the type in Moodle's order:
 * nothing (essay), `#` (numerical), any `~` (multiple choice), `=` with `->`
 * (matching), T/TRUE/F/FALSE (true/false), else short answer.
 */
export function parseGiftAnswers(raw: string, format: Format = 'moodle'): GiftAnswers {
	const split = findLastUnescaped(raw, '####');
	const general = split >= 0 ? markedText(raw.slice(split + 4), format) || undefined : undefined;
	const trimmed = (split >= 0 ? raw.slice(0, split) : raw).trim();
	const withGeneral = general ? { general } : {};
	if (trimmed === '') return { kind: 'essay', ...withGeneral };
	if (trimmed.startsWith('#')) return numerical(trimmed.slice(1), format, general);
	const parts = splitAtMarkers(trimmed, '=~');
	const refused = tooManyAnswers(parts);
	if (refused) return refused;
	// Text before the first marker is an answer too, as Moodle reads it: wrong in a multiple choice, right otherwise.
	const items = parts[0].body.trim() ? parts : parts.slice(1);
	const multichoice = items.some((p) => p.marker === '~');
	if (!multichoice && parts.length > 1 && findUnescaped(trimmed, '->') >= 0) {
		const pairs: { left: string; right: string }[] = [];
		for (const p of items) {
			const arrow = findUnescaped(p.body, '->');
			if (arrow < 0) return { kind: 'error', message: 'every pair of a matching question needs ->' };
			// The left item takes formats as any text does; Moodle reads the right one as plain text.
			pairs.push({ left: markedText(p.body.slice(0, arrow), format), right: withFeedback(p.body.slice(arrow + 2), 'plain').text });
		}
		return { kind: 'matching', pairs, ...withGeneral };
	}
	const hash = findUnescaped(trimmed, '#');
	const tf = /^(T|TRUE|F|FALSE)$/.exec((hash > 0 ? trimmed.slice(0, hash) : trimmed).trim());
	if (!multichoice && tf) {
		const feedback =
			hash > 0
				? splitAtMarkers(trimmed.slice(hash), '#')
						.slice(1)
						.map((p) => markedText(p.body, format))
						.filter(Boolean)
				: [];
		return { kind: 'truefalse', value: tf[1].startsWith('T'), feedback, ...withGeneral };
	}
	const choices = items.map((p): GiftChoice => {
		const right = multichoice ? p.marker === '=' : true;
		// Moodle reads a weight on a wrong choice or on a short answer, never on the right choice of a multiple choice.
		const { weight, rest } = multichoice && right ? { weight: undefined, rest: p.body } : weighted(p.body);
		return { right, ...(weight !== undefined ? { weight } : {}), ...withFeedback(rest, format) };
	});
	return badWeight(choices) ?? { kind: 'choices', choices, ...withGeneral };
}
