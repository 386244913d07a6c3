import { describe, expect, it } from 'vitest';
import { findMath, latexFormula, MAX_FORMULA_CHARS, MAX_FORMULAS_PER_FIELD } from '$lib/core/math/find-math';
import { hasMath } from '$lib/core/math/has-math';

const math = (tex: string, display: boolean, source: string) => ({ kind: 'math', tex, display, source });
const text = (t: string) => ({ kind: 'text', text: t });

describe('findMath', () => {
	it('finds each of the six delimiters, inline or display', () => {
		expect(findMath('a \\(x^2\\) b')).toEqual([text('a '), math('x^2', false, '\\(x^2\\)'), text(' b')]);
		expect(findMath('\\[\\frac{a}{b}\\]')).toEqual([math('\\frac{a}{b}', true, '\\[\\frac{a}{b}\\]')]);
		expect(findMath('so $$E=mc^2$$.')).toEqual([text('so '), math('E=mc^2', true, '$$E=mc^2$$'), text('.')]);
		expect(findMath('[$]\\alpha[/$]')).toEqual([math('\\alpha', false, '[$]\\alpha[/$]')]);
		expect(findMath('[$$]\\sum_i i[/$$]')).toEqual([math('\\sum_i i', true, '[$$]\\sum_i i[/$$]')]);
		expect(findMath('[latex]$x+1$[/latex]')).toEqual([math('x+1', true, '[latex]$x+1$[/latex]')]);
	});

	it('reads [latex] in any case, as Anki does', () => {
		expect(findMath('[LaTeX]\\[y\\][/LATEX]')).toEqual([math('y', true, '[LaTeX]\\[y\\][/LATEX]')]);
	});

	it('keeps a [latex] body that is LaTeX text, not one formula, as a box of source', () => {
		expect(findMath('[latex]Let $x$ be odd.[/latex]')).toEqual([{ kind: 'latex', source: '[latex]Let $x$ be odd.[/latex]', body: 'Let $x$ be odd.' }]);
	});

	it('never reads a lone $ as math, so prices stay text', () => {
		expect(findMath('It cost $5 and $10.')).toEqual([text('It cost $5 and $10.')]);
		expect(hasMath('It cost $5 and $10.')).toBe(false);
	});

	it('skips escaped delimiters', () => {
		expect(findMath('\\$$5 and \\$$6')).toEqual([text('\\$$5 and \\$$6')]);
		expect(findMath('line\\\\(a) and b\\\\)')).toEqual([text('line\\\\(a) and b\\\\)')]);
		// An escaped closer does not close: the formula runs on to the real one.
		expect(findMath('$$a\\$$b$$')).toEqual([math('a\\$$b', true, '$$a\\$$b$$')]);
	});

	it('does not nest: a formula runs to the first closer of its own kind', () => {
		expect(findMath('\\(a \\[b\\] c\\)')).toEqual([math('a \\[b\\] c', false, '\\(a \\[b\\] c\\)')]);
		expect(findMath('[$]a[$]b[/$]c[/$]')).toEqual([math('a[$]b', false, '[$]a[$]b[/$]'), text('c[/$]')]);
	});

	it('leaves unbalanced and empty delimiters as text', () => {
		expect(findMath('a \\(x and \\[y')).toEqual([text('a \\(x and \\[y')]);
		expect(findMath('$$ $$ and [$][/$]')).toEqual([text('$$ $$ and [$][/$]')]);
		expect(findMath('\\(a\\) then \\(b')).toEqual([math('a', false, '\\(a\\)'), text(' then \\(b')]);
		expect(findMath('')).toEqual([text('')]);
	});

	it('keeps a formula past the length cap as text', () => {
		const long = 'x'.repeat(MAX_FORMULA_CHARS + 1);
		expect(findMath(`\\(${long}\\) \\(y\\)`)).toEqual([text(`\\(${long}\\) `), math('y', false, '\\(y\\)')]);
		expect(findMath(`\\(${'x'.repeat(MAX_FORMULA_CHARS)}\\)`)[0].kind).toBe('math');
	});

	it('typesets at most the cap of formulas per field, the rest stays text', () => {
		const field = '\\(x\\)'.repeat(MAX_FORMULAS_PER_FIELD + 3);
		const segments = findMath(field);
		expect(segments.filter((s) => s.kind === 'math')).toHaveLength(MAX_FORMULAS_PER_FIELD);
		expect(segments.at(-1)).toEqual(text('\\(x\\)'.repeat(3)));
	});

	it('reads a field of 100,000 characters of unclosed openers of every kind without hanging', () => {
		// A scan that looked for the closer afresh from every opener would take minutes here (the test's timeout).
		for (const open of ['\\(', '\\[', '[$]', '[$$]', '[latex]']) {
			const field = `${open}a `.repeat(Math.floor(100_000 / (open.length + 2)));
			expect(findMath(field)).toEqual([text(field)]);
		}
		const tooLong = `$$${'x'.repeat(MAX_FORMULA_CHARS + 1)}$$`;
		expect(findMath(tooLong.repeat(10))).toHaveLength(1);
	});
});

describe('latexFormula', () => {
	it('takes the formula out of a [latex] body that is one', () => {
		expect(latexFormula(' $$a$$ ')).toBe('a');
		expect(latexFormula('\\(b\\)')).toBe('b');
		expect(latexFormula('\\begin{equation}c=d\\end{equation}')).toBe('c=d');
		expect(latexFormula('\\begin{align*}a&=b\\end{align*}')).toBe('\\begin{align*}a&=b\\end{align*}');
	});

	it('refuses text and documents', () => {
		expect(latexFormula('Let $x$ and $y$')).toBeNull();
		expect(latexFormula('plain words')).toBeNull();
		expect(latexFormula('\\documentclass{article}')).toBeNull();
		expect(latexFormula('\\begin{align}a\\end{gather}')).toBeNull();
	});
});

describe('hasMath', () => {
	it('is true for each opener and false without one', () => {
		for (const t of ['\\(x\\)', '\\[x\\]', '$$x$$', '[$]x[/$]', '[$$]x[/$$]', '[LATEX]x[/latex]']) expect(hasMath(t), t).toBe(true);
		for (const t of ['plain', 'f(x) = [a, b]', 'x\\)', 'a $5 bill', '[/$]']) expect(hasMath(t), t).toBe(false);
	});
});
