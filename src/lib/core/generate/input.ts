/**
 * Article files as plain text: HTML with its tags stripped (block elements
 * become paragraph breaks, scripts, styles, navigation and figure captions
 * dropped, entities decoded), Markdown with its markup removed; and the
 * article-length cap the command line and the browser both apply.
 */

/** Longest article the generator reads, in characters: a long feature is about 10,000 words (60,000 characters); this is ten times that. */
export const MAX_ARTICLE_CHARS = 600_000;

/** Largest article file worth reading: a text of MAX_ARTICLE_CHARS characters takes at most 4 bytes a character. */
export const MAX_ARTICLE_FILE_BYTES = MAX_ARTICLE_CHARS * 4;

const count = (n: number) => n.toLocaleString('en');

/** Why an article of `length` characters is too long to generate from, in one line; null when it is within the cap. */
export function articleTooLong(length: number): string | null {
	if (length <= MAX_ARTICLE_CHARS) return null;
	return `the article holds ${count(length)} characters; Factdeck reads at most ${count(MAX_ARTICLE_CHARS)} (about 100,000 words): split it into parts`;
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

const DROPPED = /<(script|style|noscript|template|head|nav|footer|aside|figcaption|svg|form|button)\b[^>]*>[^]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|blockquote|figure|main|dd|dt|hr)\b[^>]*>/gi;

/** The readable text of an HTML document, one paragraph per block. */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<!--[^]*?-->/g, '')
		.replace(DROPPED, '\n')
		.replace(BLOCK, '\n\n')
		.replace(/<[^>]+>/g, '');
	return tidy(decodeEntities(text).replace(/[ \t\u00a0]+/g, ' '));
}

/** The prose of a Markdown document: headings, emphasis, links, images, code fences and list marks removed. */
export function markdownToText(markdown: string): string {
	const text = markdown
		.replace(/^```[^]*?^```/gm, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
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
