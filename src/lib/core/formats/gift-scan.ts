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
			// Moodle's syntax: `[tag:name]`, a `]` in the name escaped as `\]`.
			for (const m of trimmed.matchAll(/\[tag:((?:\\\]|[^\]<>\u0000-\u001f])+)\]/g)) {
				const tag = m[1].replace(/\\\]/g, ']').trim();
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

/** The last part of a category path (`$course$/top/Geography` → Geography); `//` is a literal slash. */
function categoryName(path: string): string | undefined {
	const parts = path.trim().replace(/\/\//g, '\u0000').split('/').map((p) => p.replace(/\u0000/g, '/').trim());
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

/** Already unescaped text as plain text, by its declared format. */
export function formatText(text: string, format: GiftParts['format']): string {
	if (format === 'html') return htmlToText(text);
	if (format === 'markdown') return text.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1').replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*/g, '$1$2').replace(/`([^`]+)`/g, '$1');
	return text;
}

/** Raw question text as plain text, each line without the file's indentation. */
export const plainText = (raw: string, format: GiftParts['format']) =>
	formatText(unescapeGift(raw), format)
		.split('\n')
		.map((line) => line.trim())
		.join('\n');
