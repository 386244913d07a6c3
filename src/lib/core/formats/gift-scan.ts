/**
 * GIFT text to question blocks: blocks are separated by blank lines, `//`
 * lines are comments (a `// [tag:x]` comment tags the question below it),
 * `$CATEGORY:` names a category. Also the escape-aware helpers the GIFT
 * parser needs (`\~ \= \# \{ \} \: \\ \n`).
 */
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
