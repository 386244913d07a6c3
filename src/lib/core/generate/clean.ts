/**
 * Stage 1: keep the article's prose. Web pages pasted as text carry
 * headlines, section labels ("The Koreas | Diplomacy"), repeated titles,
 * photo captions and credits; none of them state facts a quiz should ask.
 */
import type { Paragraph, Span } from './types';

/** Prose ends a sentence; headings, labels and most captions do not. */
const TERMINAL = /[.!?…]["”’)\]]*$/;
const CREDIT =
	/^(?:©|(?:photo|image|picture|illustration|video)s?\s+(?:by|courtesy|credit)\b|(?:credits?|photo|photograph|image|picture|source|illustration|caption)\s*[:|–—-])/i;
const LABEL = /\s[|•·]\s/;
const MIN_WORDS = 6;

type Line = Span & { text: string; blankBefore: boolean };

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Splits the text into non-empty lines with their offsets, noting blank lines before them. */
function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let offset = 0;
	let blank = true;
	for (const raw of text.split('\n')) {
		const body = raw.trim();
		if (body) {
			const start = offset + raw.indexOf(body);
			lines.push({ start, end: start + body.length, text: body, blankBefore: blank });
		}
		blank = !body;
		offset += raw.length + 1;
	}
	return lines;
}

/** Joins hard-wrapped lines: a line that continues a sentence (starts lowercase) belongs to the one before. */
function joinWrapped(text: string, lines: Line[]): Line[] {
	const out: Line[] = [];
	for (const line of lines) {
		const prev = out[out.length - 1];
		// A line continues the one above when that one stops mid-sentence: the next starts lowercase, or it is long prose.
		const continues =
			prev &&
			!line.blankBefore &&
			!TERMINAL.test(prev.text) &&
			(/^[\p{Ll}\d(,;–—-]/u.test(line.text) || (words(prev.text) >= 6 && /[\p{L},]$/u.test(prev.text)));
		if (continues) {
			prev.end = line.end;
			prev.text = text.slice(prev.start, prev.end);
		} else {
			out.push({ ...line });
		}
	}
	return out;
}

/** What the cleaner found: the prose paragraphs and the headline, when there is one. */
export type Cleaned = { paragraphs: Paragraph[]; headline?: string };

/** Keeps prose paragraphs; drops headlines, section labels, repeated titles, captions and credits. */
export function clean(text: string): Cleaned {
	const lines = joinWrapped(text, splitLines(text));
	const counts = new Map<string, number>();
	for (const line of lines) counts.set(normal(line.text), (counts.get(normal(line.text)) ?? 0) + 1);
	const repeated = (line: Line) => (counts.get(normal(line.text)) ?? 0) > 1;
	const isHeading = (line: Line) => !TERMINAL.test(line.text);
	const headings = lines.filter((l) => isHeading(l) && !LABEL.test(l.text) && !CREDIT.test(l.text) && words(l.text) >= 4);
	const headline = (headings.find(repeated) ?? headings[0])?.text;
	const paragraphs: Paragraph[] = [];
	lines.forEach((line, i) => {
		if (repeated(line) || isHeading(line) || LABEL.test(line.text) || CREDIT.test(line.text)) return;
		// A line right above a credit is the photo's caption, even when it ends with a full stop.
		if (lines[i + 1] && CREDIT.test(lines[i + 1].text)) return;
		if (words(line.text) < MIN_WORDS) return;
		paragraphs.push({ start: line.start, end: line.end, index: paragraphs.length });
	});
	return { paragraphs, headline };
}
