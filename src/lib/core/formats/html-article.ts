/**
 * The article side of HTML-to-text: a whole page read for its prose, so
 * scripts, navigation, footers, captions and forms go with everything inside
 * them, and each block becomes a paragraph of its own for sentence splitting.
 */

/** Elements dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'aside', 'figcaption', 'svg', 'form', 'button']);
/** Tags that start or end a block of text: a paragraph break. */
// prettier-ignore
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

/** An article page with comments and tags gone (entities still encoded): blocks as paragraph breaks, page furniture dropped. */
export function articleMarkupRemoved(html: string): string {
	return replaceTags(dropComments(html));
}

/** Collapses blank runs and trims every line, so paragraphs are separated by exactly one blank line. */
export function tidyParagraphs(text: string): string {
	return text
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
