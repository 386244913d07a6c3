/**
 * Article files as plain text: HTML with its tags stripped (block elements
 * become paragraph breaks, scripts, styles, navigation and figure captions
 * dropped, entities decoded), Markdown with its markup removed; and the
 * article-length cap the command line and the browser both apply.
 */
import { formatCount } from '../count';
import { htmlToText } from '../formats/html';
import { tidyParagraphs } from '../formats/html-article';

/** Longest article the generator reads, in characters: a long feature is about 10,000 words (60,000 characters); this is ten times that. */
export const MAX_ARTICLE_CHARS = 600_000;

/** Largest article file worth reading: a text of MAX_ARTICLE_CHARS characters takes at most 4 bytes a character. */
export const MAX_ARTICLE_FILE_BYTES = MAX_ARTICLE_CHARS * 4;

/** Why an article of `length` characters is too long to generate from, in one line; null when it is within the cap. */
export function articleTooLong(length: number): string | null {
	if (length <= MAX_ARTICLE_CHARS) return null;
	return `the article holds ${formatCount(length)} characters; Factdeck reads at most ${formatCount(MAX_ARTICLE_CHARS)} (about 100,000 words): split it into parts`;
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
	return tidyParagraphs(text);
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
	if (/\.html?$/i.test(fileName)) return htmlToText(content, 'article');
	if (/\.(md|markdown)$/i.test(fileName)) return markdownToText(content);
	return content.replace(/\r\n?/g, '\n');
}
