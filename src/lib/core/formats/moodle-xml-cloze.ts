/**
 * The gaps of a Moodle cloze ("multianswer") question: `{1:SHORTANSWER:=Paris#Right~%50%Lyon}`
 * in the question text. Read in one pass; a gap's answers are split at `~`,
 * each with `=` or `%credit%`, `#feedback`, and for numbers `value:tolerance`.
 */
import { htmlToText } from './html';
import type { Alternative } from './moodle-xml-keys';
import { readNumber } from './moodle-xml-keys';

/** What a gap asks for. */
export type GapKind = 'typed' | 'choice' | 'multi' | 'number';

/** One embedded sub-question, as written (`raw`) and read. */
export interface Gap {
	kind: GapKind;
	/** The type as written: MULTICHOICE, SA, NM… */
	type: string;
	caseSensitive: boolean;
	alternatives: Alternative[];
}

/** The most gaps read in one cloze question; each becomes a question of its own, with the whole text. */
export const MAX_CLOZE_GAPS = 100;

const KINDS: Record<string, GapKind> = {};
for (const [kind, names] of [
	['typed', 'SHORTANSWER SA MW SHORTANSWER_C SAC MWC'],
	['number', 'NUMERICAL NM'],
	['choice', 'MULTICHOICE MC MULTICHOICE_V MCV MULTICHOICE_H MCH MULTICHOICE_S MCS MULTICHOICE_VS MCVS MULTICHOICE_HS MCHS'],
	['multi', 'MULTIRESPONSE MR MULTIRESPONSE_H MRH MULTIRESPONSE_S MRS MULTIRESPONSE_HS MRHS']
] as const)
	for (const name of names.split(' ')) KINDS[name] = kind;

const GAP_HEAD = /\{(\d*):([A-Z_]+):/g;

/** Splits at unescaped `sep`; backslash escapes stay in place, to be removed after. */
function splitUnescaped(text: string, sep: string): string[] {
	const parts: string[] = [];
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === sep) {
			parts.push(text.slice(from, i));
			from = i + 1;
		}
	}
	parts.push(text.slice(from));
	return parts;
}

const unescape = (t: string) => t.replace(/\\([\\}~#/"{])/g, '$1');
const plain = (t: string) => htmlToText(unescape(t)).trim();

/** One answer of a gap: `=text`, `%50%text` or `text` (no credit), then `#feedback`. */
function alternative(raw: string, kind: GapKind): Alternative {
	const [body, ...feedback] = splitUnescaped(raw, '#');
	const m = /^\s*(=|%(-?\d+(?:[.,]\d*)?)%)?([\s\S]*)$/.exec(body) as RegExpExecArray;
	const credit = m[1] === '=' ? 100 : m[2] !== undefined ? Number(m[2].replace(',', '.')) : 0;
	let text = plain(m[3]);
	let tolerance: number | undefined;
	if (kind === 'number') {
		const [value, tol] = text.split(/:(?=[^:]*$)/);
		if (tol !== undefined && Number.isFinite(readNumber(tol))) [text, tolerance] = [value.trim(), readNumber(tol)];
	}
	return { text, credit, feedback: plain(feedback.join('#')), ...(tolerance !== undefined ? { tolerance } : {}) };
}

/** The gap's end: the first `}` not escaped, or -1. */
function gapEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === '}') return i;
	}
	return -1;
}

/** A cloze text as its pieces of text around the gaps (one more piece than gaps), or why it cannot be read. */
export type ClozeText = { ok: true; pieces: string[]; gaps: Gap[] } | { ok: false; reason: string };

/** Reads the gaps of a cloze question's text. */
export function readCloze(text: string): ClozeText {
	const pieces: string[] = [];
	const gaps: Gap[] = [];
	let from = 0;
	GAP_HEAD.lastIndex = 0;
	for (let m = GAP_HEAD.exec(text); m; m = GAP_HEAD.exec(text)) {
		const kind = Object.hasOwn(KINDS, m[2]) ? KINDS[m[2]] : undefined;
		const end = gapEnd(text, m.index + m[0].length);
		if (end < 0) return { ok: false, reason: `the gap at "${m[0]}" is never closed with }` };
		if (!kind) return { ok: false, reason: `the gap type ${m[2]} is not one Factdeck reads` };
		if (gaps.length >= MAX_CLOZE_GAPS) return { ok: false, reason: `it has more than ${MAX_CLOZE_GAPS} gaps, the most Factdeck reads in one question` };
		pieces.push(text.slice(from, m.index));
		const alternatives = splitUnescaped(text.slice(m.index + m[0].length, end), '~').map((a) => alternative(a, kind));
		gaps.push({ kind, type: m[2], caseSensitive: m[2].endsWith('C') && kind === 'typed', alternatives });
		from = end + 1;
		GAP_HEAD.lastIndex = from;
	}
	pieces.push(text.slice(from));
	if (gaps.length === 0) return { ok: false, reason: 'its text has no gap ({1:SHORTANSWER:=…})' };
	return { ok: true, pieces, gaps };
}
