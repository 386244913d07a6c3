/**
 * GIFT's text formats: the `[html]`, `[moodle]`, `[plain]` and `[markdown]`
 * markers Moodle reads at the start of a question text, an answer or a
 * feedback, and each format's text as the plain text Factdeck shows.
 */
import { htmlToText } from './html';
import { unescapeGift, type GiftParts } from './gift-scan';

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/**
 * Markdown `**bold**` without its stars: from `**` before a non-space to the
 * first `**` after a non-space. When an opening finds no closing, no later one
 * can, so the text is read once.
 */
function unbold(text: string): string {
	let out = '';
	let from = 0;
	for (let open = text.indexOf('**'); open >= 0; open = text.indexOf('**', open + 1)) {
		if (open < from || isSpace(text[open + 2])) continue;
		let close = text.indexOf('**', open + 3);
		while (close >= 0 && isSpace(text[close - 1])) close = text.indexOf('**', close + 1);
		if (close < 0) break;
		out += text.slice(from, open) + text.slice(open + 2, close);
		from = close + 2;
		open = close + 1;
	}
	return out + text.slice(from);
}

/** Markdown as readable text: headings, links, images, emphasis and code lose their marks, the words stay. */
function markdownText(text: string): string {
	// Bounded repeats: a crafted line of thousands of `[` must not make the link pattern quadratic.
	return unbold(text)
		.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
		.replace(/^[ \t]{0,3}>[ \t]?/gm, '')
		.replace(/!?\[([^\]\n]{0,200})\]\([^)\s]{0,2000}\)/g, '$1')
		.replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*/g, '$1$2')
		.replace(/`([^`]+)`/g, '$1');
}

/** Already unescaped text as plain text, by its declared format. */
export function formatText(text: string, format: GiftParts['format']): string {
	if (format === 'html') return htmlToText(text);
	if (format === 'markdown') return markdownText(text);
	return text;
}

const MARKER = /^\s*\[(moodle|html|markdown|plain)\]/i;

/** A leading `[html]`-style marker read off raw GIFT text: the format it names (else `fallback`) and the rest. */
export function readMarker(raw: string, fallback: GiftParts['format']): { format: GiftParts['format']; rest: string } {
	const m = MARKER.exec(raw);
	return m ? { format: m[1].toLowerCase() as GiftParts['format'], rest: raw.slice(m[0].length) } : { format: fallback, rest: raw };
}

/** Does this text, written as is, start with something GIFT would read as a format marker? */
export const looksLikeMarker = (text: string) => MARKER.test(text);

/** Raw question text as plain text, each line without the file's indentation. */
export const plainText = (raw: string, format: GiftParts['format']) =>
	formatText(unescapeGift(raw), format)
		.split('\n')
		.map((line) => line.trim())
		.join('\n');

/** Raw answer or feedback text as plain text: its own marker read (else the question's format), trimmed. */
export const markedText = (raw: string, fallback: GiftParts['format']) => {
	const { format, rest } = readMarker(raw, fallback);
	return plainText(rest, format).trim();
};
