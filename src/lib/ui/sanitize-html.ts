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
 * - An author's own `<math>` goes with the rest of what is not allowed.
 *   Formulas are typeset from their LaTeX (math-render.ts) after sanitizing,
 *   and that MathML passes sanitizeMathMl: MathML's layout elements only,
 *   no link (`href`), no id, no event handler, classes only Temml's own.
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

// prettier-ignore
const MATH_TAGS = [
	'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mover', 'munder',
	'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mpadded', 'mphantom', 'mstyle', 'menclose', 'merror', 'mmultiscripts', 'mprescripts', 'none'
];
// prettier-ignore
const MATH_ATTRS = [
	'display', 'displaystyle', 'scriptlevel', 'mathvariant', 'mathsize', 'mathcolor', 'mathbackground', 'stretchy', 'fence', 'separator', 'form', 'lspace',
	'rspace', 'minsize', 'maxsize', 'symmetric', 'largeop', 'movablelimits', 'accent', 'accentunder', 'linethickness', 'columnalign', 'rowalign',
	'columnspacing', 'rowspacing', 'columnlines', 'rowlines', 'width', 'height', 'depth', 'voffset', 'notation', 'linebreak', 'class', 'style'
];
/** Temml's classes, which its stylesheet (Temml-Local.css) draws: no other class may borrow the app's look. */
const MATH_CLASS =
	/^(tml-[a-z0-9-]+|mathcal|mathscr|menclose|upstrike|downstrike|sout|actuarial|phasor-[a-z]+|longdiv-[a-z]+|[a-z]+-(sml|med|lrg)(-[a-z]+)?|[a-z]+-pad|textcircle|special-fraction|ff-[a-z-]+)$/;
/** Layout Temml writes inline; never a position (a formula must not cover the page) and never a URL. */
const MATH_STYLE_PROPERTIES =
	/^(color|background-color|display|padding(-(top|right|bottom|left))?|margin-(left|right)|width|height|border(-(top|right|bottom|left))?|font-(weight|style|family)|text-align|white-space|math-depth|justify-content)$/;
const MATH_STYLE_VALUE = /^[a-z0-9 #.,%"'-]+$/i;

const MATH_CONFIG = {
	ALLOWED_TAGS: MATH_TAGS,
	ALLOWED_ATTR: MATH_ATTRS,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	ALLOW_UNKNOWN_PROTOCOLS: false,
	RETURN_DOM_FRAGMENT: true
} as const;

/** What RichText shows, and hands on to RichHtml when there is HTML. */
export interface RichTextProps {
	/** The field's HTML, as imported. */
	html?: string;
	/** Its plain text, shown when there is no HTML (or nothing of it survives sanitizing). */
	text: string;
	/** The bank whose stored images the HTML names; without it images show as their names. */
	bankId?: string;
	/** For a cloze prompt: what its blank shows. */
	cloze?: ClozeFill;
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

/** The declarations of a `style` whose property and value pass `allowed`. */
function cleanStyle(style: string, allowed = (name: string, value: string) => STYLE_PROPERTIES.has(name) && STYLE_VALUE.test(value)): string {
	return style
		.split(';')
		.map((part) => {
			const at = part.indexOf(':');
			if (at < 0) return '';
			const name = part.slice(0, at).trim().toLowerCase();
			const value = part.slice(at + 1).trim();
			return allowed(name, value) ? `${name}: ${value}` : '';
		})
		.filter(Boolean)
		.join('; ');
}

function mathStyleAllowed(name: string, value: string): boolean {
	return MATH_STYLE_PROPERTIES.test(name) && MATH_STYLE_VALUE.test(value) && !/url|expression|fixed|absolute/i.test(value);
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

/**
 * Typeset MathML (Temml's output) as nodes of `doc`, with only MathML's layout
 * kept: nothing that links, runs or borrows the app's look survives.
 */
export function sanitizeMathMl(mathml: string, doc: Document): DocumentFragment {
	if (!DOMPurify.isSupported) throw new Error('MathML can only be sanitized in a browser');
	const root = DOMPurify.sanitize(mathml, MATH_CONFIG) as DocumentFragment;
	for (const el of root.querySelectorAll('[class]')) {
		const kept = [...el.classList].filter((name) => MATH_CLASS.test(name));
		if (kept.length) el.setAttribute('class', kept.join(' '));
		else el.removeAttribute('class');
	}
	for (const el of root.querySelectorAll('[style]')) {
		const style = cleanStyle(el.getAttribute('style') ?? '', mathStyleAllowed);
		if (style) el.setAttribute('style', style);
		else el.removeAttribute('style');
	}
	return doc.importNode(root, true);
}

/**
 * Sanitized HTML of an imported field, safe for `{@html}`; with `cloze`, its
 * blank shown as asked; with `typeset`, its formulas typeset in the sanitized
 * tree (never in the raw HTML, where a formula could hide markup).
 */
export function sanitizeHtml(html: string, cloze?: ClozeFill, typeset?: (root: DocumentFragment) => void): CleanHtml {
	const images: string[] = [];
	const root = purify(html, images);
	if (cloze) fillBlank(root, cloze, images);
	typeset?.(root);
	const box = root.ownerDocument.createElement('div');
	box.append(root);
	return { html: box.innerHTML, images: [...new Set(images)] };
}
