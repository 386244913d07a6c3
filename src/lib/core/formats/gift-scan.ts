/**
 * GIFT text to question blocks: blocks are separated by blank lines, `//`
 * lines are comments (a `// [tag:x]` comment tags the question below it),
 * `$CATEGORY:` names a category. Also the escape-aware helpers the GIFT
 * parser needs (`\~ \= \# \{ \} \: \\ \n`).
 */
import { htmlToText } from './html';
import { splitLines } from './text';

/** One question's text, without its comment lines, and where it starts. */
export interface GiftBlock {
	line: number;
	text: string;
	tags: string[];
	/** The category in force when the block was read. */
	category?: string;
}

/** Every question block and every category named, in order. */
export function giftBlocks(text: string): { blocks: GiftBlock[]; categories: string[] } {
	const blocks: GiftBlock[] = [];
	const categories: string[] = [];
	let category: string | undefined;
	let lines: { n: number; text: string }[] = [];
	let tags: string[] = [];
	const flush = () => {
		if (lines.length) blocks.push({ line: lines[0].n, text: lines.map((l) => l.text).join('\n'), tags, category });
		lines = [];
		tags = [];
	};
	splitLines(text).forEach((raw, i) => {
		const trimmed = raw.trim();
		if (trimmed === '') return flush();
		if (trimmed.startsWith('//')) {
			for (const raw of commentTags(trimmed)) {
				const tag = raw.replace(/\\\]/g, ']').trim();
				if (tag) tags.push(tag);
			}
			return;
		}
		if (lines.length === 0 && /^\$CATEGORY:/i.test(trimmed)) {
			category = categoryName(trimmed.replace(/^\$CATEGORY:/i, ''));
			if (category) categories.push(category);
			return;
		}
		lines.push({ n: i + 1, text: raw });
	});
	flush();
	return { blocks, categories };
}

/** A character a tag name may not hold: `<`, `>` or a control character (`]` only escaped). */
const stopsTag = (ch: string) => ch === '<' || ch === '>' || ch < ' ';

/**
 * The raw names of a comment's `[tag:name]` marks (Moodle's syntax, a `]` in
 * the name escaped as `\]`). One pass: a mark that fails ends where every mark
 * opened inside it would fail too, so scanning resumes there.
 */
export function commentTags(line: string): string[] {
	const names: string[] = [];
	for (let from = 0; ;) {
		const start = line.indexOf('[tag:', from);
		if (start < 0) return names;
		let i = start + 5;
		let lastEscaped = -1;
		while (i < line.length && line[i] !== ']' && !stopsTag(line[i])) {
			if (line[i] === '\\' && line[i + 1] === ']') lastEscaped = i += 1;
			i += 1;
		}
		// Unclosed: the name ends at its last `\]`, read as a backslash and the closing bracket.
		const end = line[i] === ']' && i > start + 5 ? i : lastEscaped;
		if (end >= 0) names.push(line.slice(start + 5, end));
		from = end >= 0 ? end + 1 : Math.max(i, start + 1);
	}
}

/** The last part of a category path (`$course$/top/Geography` → Geography); `//` is a literal slash. */
function categoryName(path: string): string | undefined {
	const parts = path
		.trim()
		.replace(/\/\//g, '\u0000')
		.split('/')
		.map((p) => p.replace(/\u0000/g, '/').trim());
	const name = parts.filter((p) => p && !/^\$\w+\$$/.test(p) && p !== 'top').pop();
	return name || undefined;
}

/** Index of the first unescaped occurrence of `token` at or after `from`, or -1. */
export function findUnescaped(text: string, token: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i += 1;
		else if (text.startsWith(token, i)) return i;
	}
	return -1;
}

/** Splits at every unescaped occurrence of one of the markers; each part keeps its marker in front. */
export function splitAtMarkers(text: string, markers: string): { marker: string; body: string }[] {
	const parts: { marker: string; body: string }[] = [{ marker: '', body: '' }];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\\' && i + 1 < text.length) {
			parts[parts.length - 1].body += ch + text[i + 1];
			i += 1;
		} else if (markers.includes(ch)) parts.push({ marker: ch, body: '' });
		else parts[parts.length - 1].body += ch;
	}
	return parts;
}

const ESCAPABLE = '~=#{}:\\';

/** Resolves GIFT escapes: `\~ \= \# \{ \} \: \\` to the character, `\n` to a line break. */
export function unescapeGift(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const next = text[i + 1];
		if (text[i] === '\\' && next !== undefined && (ESCAPABLE.includes(next) || next === 'n')) {
			out += next === 'n' ? '\n' : next;
			i += 1;
		} else out += text[i];
	}
	return out;
}

/** Escapes the characters GIFT reserves, and line breaks as `\n`. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A block split into its parts: name, text format, text before and after the answers, the answers. */
export interface GiftParts {
	name?: string;
	format: 'moodle' | 'html' | 'markdown' | 'plain';
	before: string;
	after: string;
	answers?: string;
}

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
