/**
 * Plain text from the HTML of imported fields (Anki, GIFT `[html]`), for the
 * prompt and answer that grading and search use; the HTML itself is kept raw
 * and sanitized only where it is shown.
 */
import { articleMarkupRemoved, tidyParagraphs } from './html-article';
import { htmlTags, imgSourceValues, imgTags } from './html-tags';

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ensp: ' ',
	emsp: ' ',
	thinsp: ' ',
	hellip: '…',
	mdash: '—',
	ndash: '–',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	bull: '•',
	middot: '·',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	minus: '−',
	le: '≤',
	ge: '≥',
	ne: '≠',
	larr: '←',
	rarr: '→',
	uarr: '↑',
	darr: '↓',
	harr: '↔',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sup2: '²',
	sup3: '³',
	shy: '',
	zwj: '\u200d',
	zwnj: '\u200c',
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	delta: 'δ',
	pi: 'π',
	mu: 'μ',
	sigma: 'σ',
	omega: 'ω',
	lambda: 'λ',
	theta: 'θ',
	infin: '∞',
	radic: '√',
	sum: '∑',
	asymp: '≈'
};

const ACCENTED = 'aeiouAEIOU';
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303' };

function namedEntity(name: string): string | undefined {
	if (Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name];
	// &eacute; &Ouml; … : a base letter and a combining accent, composed.
	const m = /^([a-zA-Z])(acute|grave|circ|uml|tilde)$/.exec(name);
	if (m && (ACCENTED.includes(m[1]) || m[1] === 'n' || m[1] === 'N' || m[1] === 'y')) return (m[1] + ACCENTS[m[2]]).normalize('NFC');
	if (name === 'ccedil') return 'ç';
	if (name === 'Ccedil') return 'Ç';
	if (name === 'szlig') return 'ß';
	return undefined;
}

function codePoint(n: number): string {
	if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
	return String.fromCodePoint(n);
}

/** Decodes character references (`&amp;`, `&#233;`, `&#xE9;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
		if (ref[0] !== '#') return namedEntity(ref) ?? whole;
		return codePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
	});
}

/** The text with each match replaced by what `by` gives for its text and name. */
function replaceAt(text: string, matches: { start: number; end: number; name?: string }[], by: (match: string, name: string) => string): string {
	let out = '';
	let from = 0;
	for (const m of matches) {
		out += text.slice(from, m.start) + by(text.slice(m.start, m.end), m.name ?? '');
		from = m.end;
	}
	return out + text.slice(from);
}

const BREAKS = new Set(['br', 'div', 'p', 'li', 'tr', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table']);

/** True when the text holds tags or character references, so it needs HTML to show as its author meant. */
export function hasMarkup(text: string): boolean {
	return htmlTags(text).length > 0 || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

/** The `src` of every `<img>`, in order. */
export function imageSources(html: string): string[] {
	return imgSourceValues(html).map(decodeEntities);
}

/**
 * How the text is laid out. `field` (an imported card field): one line per
 * line-breaking tag, images named, only scripts and styles dropped, blank
 * lines gone, because grading and search compare it. `article` (a page fed to
 * the generator): navigation, footers, captions and forms dropped too, and one
 * blank line between blocks, because sentence splitting reads paragraphs.
 */
export type TextLayout = 'field' | 'article';

/** Plain text with entities decoded, laid out as a card field (the default) or as an article's paragraphs. */
export function htmlToText(html: string, layout: TextLayout = 'field'): string {
	if (layout === 'article') return tidyParagraphs(decodeEntities(articleMarkupRemoved(html)).replace(/[ \t\u00a0]+/g, ' '));
	const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
	const named = replaceAt(text, imgTags(text), (tag) => {
		const src = imageSources(tag)[0];
		return src ? ` [image: ${src}] ` : ' ';
	});
	const plain = replaceAt(named, htmlTags(named), (_tag, name) => (BREAKS.has(name.toLowerCase()) ? '\n' : ''));
	return decodeEntities(plain)
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
