/**
 * Typesetting of the LaTeX formulas in a question's text, fetched only for
 * text that has one (see MathText.svelte): pages of plain questions never
 * load it.
 *
 * Temml, not KaTeX: Temml writes MathML, which Chromium, Firefox and Safari
 * lay out themselves and screen readers read as math, so there is no font
 * to precache for offline use (KaTeX's HTML needs a family of its own) and
 * the library is smaller. Its stylesheet (Temml-Local.css, and the small
 * script font it names for `\mathscr`) comes along with it.
 *
 * Safety: Temml runs untrusted (`trust: false`: no `\href`, `\url`,
 * `\htmlClass`, `\includegraphics`), with caps on expansion (a macro that
 * calls itself stops at `maxExpand`) and on sizes, and its MathML passes
 * sanitizeMathMl. A formula it cannot typeset shows its LaTeX source,
 * marked, and never throws.
 */
import temml from 'temml';
import 'temml/dist/Temml-Local.css';
import './math.css';
import { findMath, type MathSegment } from '$lib/core/math/find-math';
import { sanitizeMathMl } from './sanitize-html';

const OPTIONS = {
	trust: false,
	// Errors come back to the catch below, whatever their kind, so one path shows every failure.
	throwOnError: true,
	strict: false,
	/** Expansions per formula: `\def\a{\a\a}\a` stops here instead of doubling forever. */
	maxExpand: 1000,
	/** The largest size a formula may ask for, in em and in pt (`\rule{1000em}{1pt}` is cut to it). */
	maxSize: [20, 200] as [number, number]
};

/** Elements whose text is code: a `\(` there stays as written. */
const CODE = 'code, pre, kbd, samp';

/** One formula as MathML nodes, or its source in a marked box when it cannot be typeset. */
function formulaNodes(segment: Exclude<MathSegment, { kind: 'text' }>, doc: Document): Node {
	let problem = 'this is LaTeX text, which Factdeck shows as written';
	if (segment.kind === 'math') {
		try {
			const math = sanitizeMathMl(temml.renderToString(segment.tex, { ...OPTIONS, displayMode: segment.display }), doc);
			if (math.firstChild) return math;
			problem = 'nothing of it could be shown';
		} catch (err) {
			// Temml's message ends with the formula again, underlined by combining characters: the title keeps what went wrong.
			problem = (err instanceof Error ? err.message : String(err)).replace(/^ParseError:\s*/, '').split(' at position')[0];
		}
	}
	const box = doc.createElement('span');
	box.className = segment.kind === 'latex' ? 'latex-source' : 'math-error';
	box.title = segment.kind === 'latex' ? problem : `This formula could not be typeset: ${problem}`;
	box.textContent = segment.source;
	return box;
}

/** The text as nodes of `doc` with its formulas typeset; null when it holds none. */
export function mathNodes(text: string, doc: Document): DocumentFragment | null {
	const segments = findMath(text);
	if (segments.length === 1 && segments[0].kind === 'text') return null;
	const out = doc.createDocumentFragment();
	for (const segment of segments) out.append(segment.kind === 'text' ? doc.createTextNode(segment.text) : formulaNodes(segment, doc));
	return out;
}

/** Typesets, in place, the formulas in the text of sanitized HTML (a formula split by a tag stays as written). */
export function typesetMath(root: DocumentFragment): void {
	root.normalize();
	const doc = root.ownerDocument;
	const texts: Text[] = [];
	const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
	for (const node of texts) {
		if (node.parentElement?.closest(CODE)) continue;
		const nodes = mathNodes(node.data, doc);
		if (nodes) node.replaceWith(nodes);
	}
}
