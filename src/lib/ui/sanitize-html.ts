/**
 * The one gate for HTML that comes from outside the app (Anki fields, GIFT
 * `[html]`): everything shown with `{@html}` passes through sanitizeHtml,
 * and only RichText.svelte shows it. DOMPurify keeps an allow-list of
 * formatting tags; a second pass, in DOMPurify's inert document (so no
 * image loads on the way), applies the rules an allow-list cannot say.
 *
 * Decisions:
 * - `style` stays only for a few typographic properties with keyword
 *   values. Colours go: pasted Anki HTML hard-codes black on white, which
 *   vanishes in the dark theme; positions and sizes could cover the app's
 *   own buttons. No value can hold `url(`, so no style fetches anything.
 * - `class` and `id` go: an author's class could borrow the app's look
 *   (`button primary`, `error`) and an id could clobber the page's own.
 * - `<a>` stays for http(s) only, opened in a new tab without an opener
 *   or referrer; any other link keeps its text and loses the link.
 * - `<img>` stays only when its `src` names a media file of the bank; the
 *   name moves to `data-media` and RichText gives it an object URL of the
 *   stored image. Images from the web or `data:` URLs are dropped.
 */
import DOMPurify from 'dompurify';
import { CLOZE_BLANK } from '$lib/core/bank/kinds';
import { safeMediaName } from '$lib/core/formats/anki-media';

// prettier-ignore
const TAGS = [
	// text formatting
	'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'code', 'kbd', 'samp', 'var',
	'pre', 'blockquote', 'q', 'cite', 'abbr', 'dfn', 'span', 'div', 'p', 'br', 'hr',
	// lists and tables
	'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
	// pronunciation over characters (Chinese and Japanese decks)
	'ruby', 'rt', 'rp', 'rb',
	'img', 'a'
];
const ATTRS = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'span', 'start', 'lang', 'dir', 'style'];

/** Typographic properties an author may set; any value beyond plain keywords and numbers is dropped. */
const STYLE_PROPERTIES = new Set(['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'text-align', 'vertical-align']);
const STYLE_VALUE = /^[a-z0-9 .%-]+$/i;

/** What a cloze prompt's blank shows: a gap while `answer` is null, else the answer (as HTML when given). */
export interface ClozeFill {
	answer: string | null;
	answerHtml?: string;
}

/** Sanitized HTML and the media file names its images show, in order. */
export interface CleanHtml {
	html: string;
	images: string[];
}

const CONFIG = {
	ALLOWED_TAGS: TAGS,
	ALLOWED_ATTR: ATTRS,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	ALLOW_UNKNOWN_PROTOCOLS: false,
	RETURN_DOM_FRAGMENT: true
} as const;

/** A bare file name, as Anki writes media in a field: no scheme, no folder. */
export function isMediaName(src: string): boolean {
	return safeMediaName(src) && !/^[a-z][a-z0-9+.-]*:/i.test(src);
}

function isWebLink(href: string): boolean {
	try {
		const url = new URL(href);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

function cleanStyle(style: string): string {
	return style
		.split(';')
		.map((part) => {
			const at = part.indexOf(':');
			if (at < 0) return '';
			const name = part.slice(0, at).trim().toLowerCase();
			const value = part.slice(at + 1).trim();
			return STYLE_PROPERTIES.has(name) && STYLE_VALUE.test(value) ? `${name}: ${value}` : '';
		})
		.filter(Boolean)
		.join('; ');
}

function unwrap(el: Element): void {
	el.replaceWith(...el.childNodes);
}

function tidy(root: DocumentFragment, images: string[]): void {
	for (const el of root.querySelectorAll('[style]')) {
		const style = cleanStyle(el.getAttribute('style') ?? '');
		if (style) el.setAttribute('style', style);
		else el.removeAttribute('style');
	}
	for (const a of root.querySelectorAll('a')) {
		const href = a.getAttribute('href') ?? '';
		if (!isWebLink(href)) {
			unwrap(a);
			continue;
		}
		a.setAttribute('target', '_blank');
		a.setAttribute('rel', 'noopener noreferrer');
	}
	for (const img of root.querySelectorAll('img')) {
		const src = img.getAttribute('src') ?? '';
		img.removeAttribute('src');
		if (!isMediaName(src)) {
			img.remove();
			continue;
		}
		img.setAttribute('data-media', src);
		images.push(src);
	}
}

function purify(html: string, images: string[]): DocumentFragment {
	// Without a DOM, DOMPurify hands its input back untouched: refuse rather than pass it on.
	if (!DOMPurify.isSupported) throw new Error('HTML can only be sanitized in a browser');
	const root = DOMPurify.sanitize(html, CONFIG) as DocumentFragment;
	tidy(root, images);
	return root;
}

/** Puts the gap, or the answer, where the prompt's first blank is; at the end when it has none. */
function fillBlank(root: DocumentFragment, fill: ClozeFill, images: string[]): void {
	const doc = root.ownerDocument;
	let slot: Element;
	if (fill.answer === null) {
		slot = doc.createElement('span');
		slot.className = 'cloze-blank';
		slot.setAttribute('aria-label', 'blank');
		slot.textContent = '_____';
	} else {
		slot = doc.createElement('mark');
		slot.className = 'cloze-filled';
		if (fill.answerHtml) slot.append(purify(fill.answerHtml, images));
		else slot.textContent = fill.answer;
	}
	const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const match = CLOZE_BLANK.exec(node.data);
		if (!match) continue;
		const rest = node.splitText(match.index);
		rest.data = rest.data.slice(match[0].length);
		rest.before(slot);
		return;
	}
	root.append(slot);
}

/** Sanitized HTML of an imported field, safe for `{@html}`; with `cloze`, its blank shown as asked. */
export function sanitizeHtml(html: string, cloze?: ClozeFill): CleanHtml {
	const images: string[] = [];
	const root = purify(html, images);
	if (cloze) fillBlank(root, cloze, images);
	const box = root.ownerDocument.createElement('div');
	box.append(root);
	return { html: box.innerHTML, images: [...new Set(images)] };
}
