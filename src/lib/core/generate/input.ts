/**
 * Article files as plain text: HTML with its tags stripped (block elements
 * become paragraph breaks, scripts, styles, navigation and figure captions
 * dropped, entities decoded), Markdown with its markup removed; and the
 * article-length cap the command line and the browser both apply.
 */
import { formatCount } from '../count';

/** Longest article the generator reads, in characters: a long feature is about 10,000 words (60,000 characters); this is ten times that. */
export const MAX_ARTICLE_CHARS = 600_000;

/** Largest article file worth reading: a text of MAX_ARTICLE_CHARS characters takes at most 4 bytes a character. */
export const MAX_ARTICLE_FILE_BYTES = MAX_ARTICLE_CHARS * 4;


/** Why an article of `length` characters is too long to generate from, in one line; null when it is within the cap. */
export function articleTooLong(length: number): string | null {
	if (length <= MAX_ARTICLE_CHARS) return null;
	return `the article holds ${formatCount(length)} characters; Factdeck reads at most ${formatCount(MAX_ARTICLE_CHARS)} (about 100,000 words): split it into parts`;
}

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
	mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', copy: '©'
};

/** Decodes HTML character references (named, decimal and hexadecimal). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

/** Elements dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'aside', 'figcaption', 'svg', 'form', 'button']);
/** Tags that start or end a block of text: a paragraph break. */
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'header', 'blockquote', 'figure', 'main', 'dd', 'dt', 'hr']);
const TAG_NAME = /<(\/?)([a-z][a-z0-9]*)/iy;

/** The HTML without its comments; a comment never closed is left as text, as before. Linear: once no `-->` follows, none will. */
function dropComments(html: string): string {
	let out = '';
	let at = 0;
	for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', at)) {
		const close = html.indexOf('-->', open + 4);
		if (close < 0) break;
		out += html.slice(at, open);
		at = close + 3;
	}
	return out + html.slice(at);
}

/**
 * Tags replaced in one pass: a dropped element (with its content) by a line
 * break, a block tag by a paragraph break, any other tag by nothing. A tag runs
 * from `<` (then a letter, `/`, `!` or `?`) to the next `>`. Linear whatever is left open: the next `>` is found
 * once for all the `<` before it, and an element never closed is searched for once.
 */
function replaceTags(html: string): string {
	let out = '';
	let at = 0;
	let gt = -1;
	const unclosed = new Set<string>();
	for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', Math.max(at, lt + 1))) {
		if (gt <= lt) gt = html.indexOf('>', lt + 1);
		if (gt < 0) break; // no tag closes after here: the rest is text
		if (!/[a-z/!?]/i.test(html[lt + 1])) continue; // `a < b` and `<>` are text, as in a browser
		out += html.slice(at, lt);
		at = gt + 1;
		TAG_NAME.lastIndex = lt;
		const [, slash, raw] = TAG_NAME.exec(html) ?? [];
		const name = raw?.toLowerCase() ?? '';
		if (!slash && DROPPED.has(name) && !unclosed.has(name)) {
			const closing = new RegExp(`</${name}\\s*>`, 'gi');
			closing.lastIndex = at;
			const end = closing.exec(html);
			if (end) {
				out += '\n';
				at = end.index + end[0].length;
				continue;
			}
			unclosed.add(name);
		}
		out += BLOCK.has(name) ? '\n\n' : '';
	}
	return out + html.slice(at);
}

/** The readable text of an HTML document, one paragraph per block. */
export function htmlToText(html: string): string {
	const text = replaceTags(dropComments(html));
	return tidy(decodeEntities(text).replace(/[ \t\u00a0]+/g, ' '));
}

/**
 * A link's target in parentheses, which may hold one level of parentheses
 * (`Seoul_(city)`). Neither it nor the link text may hold an opening bracket
 * of its own, so every attempt stops at the next one: linear in the document.
 */
const LINK_TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;

/** The prose of a Markdown document: headings, emphasis, links, images, code fences and list marks removed. */
export function markdownToText(markdown: string): string {
	const text = markdown
		.replace(/^```[^]*?^```/gm, '')
		.replace(new RegExp(`!\\[[^\\[\\]]*\\]${LINK_TARGET}`, 'g'), '')
		.replace(new RegExp(`\\[([^\\[\\]]+)\\]${LINK_TARGET}`, 'g'), '$1')
		.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
		.replace(/^[ \t]{0,3}>[ \t]?/gm, '')
		.replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\p{L}*_])[*_]([^*_\n]+)[*_](?![\p{L}*_])/gu, '$1$2')
		.replace(/`([^`]+)`/g, '$1');
	return tidy(text);
}

/** Collapses blank runs and trims every line, so paragraphs are separated by exactly one blank line. */
function tidy(text: string): string {
	return text
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Does the text look like a binary file read as text (NUL bytes, or mostly control and replacement characters)? */
export function looksBinary(text: string): boolean {
	if (text.includes('\u0000')) return true;
	const sample = text.slice(0, 4096);
	const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
	return sample.length > 0 && odd / sample.length > 0.05;
}

/** An article file's text by its name: HTML and Markdown converted, anything else taken as plain text. */
export function articleText(fileName: string, content: string): string {
	if (/\.html?$/i.test(fileName)) return htmlToText(content);
	if (/\.(md|markdown)$/i.test(fileName)) return markdownToText(content);
	return content.replace(/\r\n?/g, '\n');
}
