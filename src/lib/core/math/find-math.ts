/**
 * Where the LaTeX formulas in a question's text are. Six delimiters mark one:
 * `\(…\)` and Anki's `[$]…[/$]` (inline), `\[…\]`, `$$…$$` and `[$$]…[/$$]`
 * (display), and Anki's `[latex]…[/latex]`, whose body is a LaTeX document's
 * text rather than a formula (see latexFormula).
 *
 * Decisions:
 * - A lone `$` is never a delimiter: prices ("$5 and $10") are far more common
 *   in questions than TeX's `$x$`. Only `$$` is.
 * - A delimiter after an odd number of backslashes is escaped: `\$$` is a
 *   dollar sign and a lone `$`; `\\(` is a TeX line break and a bracket.
 * - Delimiters do not nest: a formula runs to the first closer of its own
 *   kind, and whatever lies between is its source.
 * - An opener without its closer, an empty formula, a formula longer than
 *   MAX_FORMULA_CHARS and every formula past MAX_FORMULAS_PER_FIELD stay as
 *   the text they are.
 * - Scanning is linear: each kind's next closer is looked up once and reused,
 *   and an opener that opens nothing is passed over whole.
 */

/** The longest formula typeset; a longer one is shown as its source. */
export const MAX_FORMULA_CHARS = 5_000;
/** The most formulas typeset in one field; the rest are shown as their source. */
export const MAX_FORMULAS_PER_FIELD = 500;

/** Plain text, a formula to typeset, or an Anki `[latex]` body that is not one formula (shown as its source in a box). */
export type MathSegment =
	{ kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean; source: string } | { kind: 'latex'; source: string; body: string };

interface Delimiter {
	open: string;
	close: string;
	display: boolean;
	/** Anki's `[latex]`: the body is LaTeX text, not a formula. */
	latex?: boolean;
	/** `\(`, `\[` and `$$` may be escaped by a backslash; bracket tags may not. */
	escapable?: boolean;
}

// Longer openers first, where one starts with another (`[$$]` before `[$]`).
const DELIMITERS: Delimiter[] = [
	{ open: '\\(', close: '\\)', display: false, escapable: true },
	{ open: '\\[', close: '\\]', display: true, escapable: true },
	{ open: '$$', close: '$$', display: true, escapable: true },
	{ open: '[$$]', close: '[/$$]', display: true },
	{ open: '[$]', close: '[/$]', display: false },
	{ open: '[latex]', close: '[/latex]', display: true, latex: true }
];

/** True when the character at `at` follows an odd run of backslashes, so TeX reads it as escaped. */
function escaped(text: string, at: number): boolean {
	let slashes = 0;
	for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) slashes++;
	return slashes % 2 === 1;
}

/** Whether the text at `at` starts with `word`; bracket tags in any case, as Anki reads `[latex]`. */
function startsAt(text: string, at: number, word: string, anyCase: boolean): boolean {
	if (!anyCase) return text.startsWith(word, at);
	return text.slice(at, at + word.length).toLowerCase() === word;
}

/** Where `close` next occurs at or after `from`, not escaped; -1 when never. */
function findClose(text: string, d: Delimiter, from: number): number {
	if (d.latex) {
		const close = /\[\/latex\]/gi;
		close.lastIndex = from;
		return close.exec(text)?.index ?? -1;
	}
	for (let at = text.indexOf(d.close, from); at >= 0; at = text.indexOf(d.close, at + 1)) {
		if (!d.escapable || !escaped(text, at)) return at;
	}
	return -1;
}

/**
 * The formula inside an Anki `[latex]` body, or null when the body is LaTeX
 * text (words with `$x$` inside, a `\documentclass`, a picture): a body that
 * is one `$…$`, `$$…$$`, `\[…\]` or `\(…\)`, or one display environment
 * (`equation`, `align`, `gather`, `multline`, starred or not).
 */
export function latexFormula(body: string): string | null {
	const b = body.trim();
	const wrapped = /^\$\$([\s\S]+)\$\$$/.exec(b) ?? /^\$([^$]+)\$$/.exec(b) ?? /^\\\[([\s\S]+)\\\]$/.exec(b) ?? /^\\\(([\s\S]+)\\\)$/.exec(b);
	if (wrapped) return wrapped[1].trim() && !/\$/.test(wrapped[1]) ? wrapped[1] : null;
	const env = /^\\begin\{(equation|align|gather|multline)(\*?)\}[\s\S]*\\end\{\1\2\}$/.exec(b);
	// Temml typesets these environments; `equation` it knows only by its body.
	if (!env) return null;
	return env[1] === 'equation' ? b.slice(b.indexOf('}') + 1, b.lastIndexOf('\\end{')) : b;
}

/** The text split into plain text and formulas, in order; text without formulas is one text segment. */
export function findMath(text: string): MathSegment[] {
	const out: MathSegment[] = [];
	// The next closer of each kind, found once: -2 not looked for yet, -1 none left.
	const nextClose = new Map<Delimiter, number>();
	let plainFrom = 0;
	let formulas = 0;
	let at = 0;
	while (at < text.length && formulas < MAX_FORMULAS_PER_FIELD) {
		const c = text[at];
		const d = c === '\\' || c === '$' || c === '[' ? DELIMITERS.find((x) => startsAt(text, at, x.open, !!x.latex)) : undefined;
		if (!d || (d.escapable && escaped(text, at))) {
			at++;
			continue;
		}
		const bodyFrom = at + d.open.length;
		let close = nextClose.get(d) ?? -2;
		if (close !== -1 && close < bodyFrom) nextClose.set(d, (close = findClose(text, d, bodyFrom)));
		const body = close < 0 ? '' : text.slice(bodyFrom, close);
		if (close < 0 || !body.trim() || body.length > MAX_FORMULA_CHARS) {
			// Past the whole opener: the `$$` inside an unclosed `[$$]` opens nothing.
			at = bodyFrom;
			continue;
		}
		if (at > plainFrom) out.push({ kind: 'text', text: text.slice(plainFrom, at) });
		const end = close + d.close.length;
		const source = text.slice(at, end);
		const tex = d.latex ? latexFormula(body) : body;
		out.push(tex === null ? { kind: 'latex', source, body } : { kind: 'math', tex, display: d.display, source });
		formulas++;
		at = plainFrom = end;
	}
	if (plainFrom < text.length || out.length === 0) out.push({ kind: 'text', text: text.slice(plainFrom) });
	return out;
}
