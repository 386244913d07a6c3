/**
 * Reading a number as people type it: "1,822", "1 822", "3.14", "-2", "1e3",
 * and the comma decimal of most of Europe ("3,14", "1.234,5") where it cannot
 * be a thousands separator. Anything else is not a number, never a guess.
 */

/** A number read from text, with a note when the reading was not the obvious one. */
export interface ReadNumber {
	value: number;
	/** Said to the learner when a comma was read as the decimal point. */
	note?: string;
}

const SIGNED = String.raw`[+-]?`;
const PLAIN = new RegExp(`^${SIGNED}(?:\\d+\\.?\\d*|\\.\\d+)(?:e${SIGNED}\\d+)?$`, 'i');
/** 1,822 and 1,234,567.5: commas between groups of three. */
const COMMA_GROUPS = new RegExp(`^${SIGNED}\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$`);
/** 1 822 and 1 234,5: spaces (also the thin and no-break ones) between groups of three. */
const SPACE_GROUPS = new RegExp(`^${SIGNED}\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?$`);
/** 1.234,5: dots between groups of three, a comma before the decimals. */
const DOT_GROUPS = new RegExp(`^${SIGNED}\\d{1,3}(?:\\.\\d{3})+,\\d+$`);
/** 3,14 and 0,500: one comma that cannot separate thousands. */
const COMMA_DECIMAL = new RegExp(`^${SIGNED}\\d+,\\d+$`);

/** Caps the text looked at: no number anyone types is longer. */
const MAX_CHARS = 100;

/** The number `text` stands for, or undefined when it is not one number. */
export function readNumber(text: string): ReadNumber | undefined {
	const t = text.trim().replace(/[−–]/g, '-');
	if (t === '' || t.length > MAX_CHARS) return undefined;
	if (PLAIN.test(t)) return finite(Number(t));
	if (COMMA_GROUPS.test(t) && !/^[+-]?0,/.test(t)) return finite(Number(t.replace(/,/g, '')));
	if (SPACE_GROUPS.test(t)) return fromCommaDecimal(t.replace(/[ \u00a0\u202f]/g, ''), text);
	if (DOT_GROUPS.test(t)) return fromCommaDecimal(t.replace(/\./g, ''), text);
	// "1,822" was taken above as thousands; a comma followed by other than three digits, or after a lone 0, is a decimal comma.
	if (COMMA_DECIMAL.test(t)) return fromCommaDecimal(t, text);
	return undefined;
}

function fromCommaDecimal(t: string, original: string): ReadNumber | undefined {
	if (!t.includes(',')) return finite(Number(t));
	const read = finite(Number(t.replace(',', '.')));
	return read && { ...read, note: `"${original.trim()}" read as ${showNumber(read.value)}` };
}

function finite(value: number): ReadNumber | undefined {
	return Number.isFinite(value) ? { value } : undefined;
}

/** A number as the grader shows it: plain digits, without floating-point dust (0.1 + 0.2 shows 0.3). */
export function showNumber(value: number): string {
	return String(Number(value.toPrecision(12)));
}
