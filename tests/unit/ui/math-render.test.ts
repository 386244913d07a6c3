// @vitest-environment jsdom
import { mathNodes, typesetMath } from '$lib/ui/math-render';
import { sanitizeHtml, sanitizeMathMl } from '$lib/ui/sanitize-html';

/** The text with its formulas typeset, as HTML; null when it has none. */
function mathHtml(text: string): string | null {
	const nodes = mathNodes(text, document);
	if (!nodes) return null;
	const box = document.createElement('div');
	box.append(nodes);
	return box.innerHTML;
}

/** The HTML parsed again, as `{@html}` will parse it. */
function parse(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

/** Everything in typeset output that could run, link, fetch or pose as the app. */
function dangers(html: string): string[] {
	const found: string[] = [];
	for (const el of parse(html).querySelectorAll('*')) {
		if (['script', 'style', 'a', 'img', 'iframe', 'svg', 'foreignobject', 'annotation-xml'].includes(el.localName)) found.push(`<${el.localName}>`);
		for (const attr of el.attributes) {
			if (/^on|href|src|^id$|xlink/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
			if (attr.name !== 'title' && /javascript:|url\(/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
			if (attr.name === 'class' && attr.value.split(' ').some((name) => ['primary', 'button', 'error', 'foo'].includes(name)))
				found.push(`${el.localName}.${attr.value}`);
		}
	}
	return found;
}

describe('mathNodes', () => {
	it('typesets inline and display formulas as MathML between the text', () => {
		const html = mathHtml('Area \\(\\pi r^2\\) and $$\\frac{a}{b}$$ end') ?? '';
		const root = parse(html);
		const maths = root.querySelectorAll('math');
		expect(maths).toHaveLength(2);
		expect(maths[0].getAttribute('display')).toBeNull();
		expect(maths[1].getAttribute('display')).toBe('block');
		expect(maths[1].querySelector('mfrac')).not.toBeNull();
		expect(root.textContent).toMatch(/^Area .* and .* end$/);
	});

	it('gives null for text without a formula, so the caller shows the text itself', () => {
		expect(mathHtml('It cost $5 and $10.')).toBeNull();
	});

	it('escapes the text around formulas', () => {
		const root = parse(mathHtml('<img src=x onerror=alert(1)> \\(x\\)') ?? '');
		expect(root.querySelector('img')).toBeNull();
		expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
	});

	it('shows a formula it cannot typeset as its source, marked, without throwing', () => {
		const root = parse(mathHtml('Bad \\(\\frac{\\) good \\(y\\)') ?? '');
		const error = root.querySelector('.math-error');
		expect(error?.textContent).toBe('\\(\\frac{\\)');
		expect(error?.getAttribute('title')).toMatch(/could not be typeset/);
		expect(root.querySelectorAll('math')).toHaveLength(1);
	});

	it('shows an Anki [latex] body that is text in a box, and one that is a formula as math', () => {
		const root = parse(mathHtml('[latex]Let $x$ be odd.[/latex] [latex]$x^2$[/latex]') ?? '');
		expect(root.querySelector('.latex-source')?.textContent).toBe('[latex]Let $x$ be odd.[/latex]');
		expect(root.querySelectorAll('math')).toHaveLength(1);
	});
});

describe('typeset formulas are sanitized', () => {
	it('turns \\href with a javascript: link into no link at all', () => {
		const html = mathHtml('\\(\\href{javascript:alert(1)}{x}\\) $$\\url{javascript:alert(2)}$$') ?? '';
		expect(dangers(html)).toEqual([]);
		expect(parse(html).querySelector('[href], a')).toBeNull();
		// Shown as the LaTeX it is, marked, rather than as a link.
		expect(parse(html).querySelectorAll('.math-error')).toHaveLength(2);
	});

	it('lets no \\htmlClass, \\htmlId, \\htmlStyle, \\htmlData or \\includegraphics through', () => {
		const html =
			mathHtml(
				'\\(\\htmlClass{button primary}{x}\\) \\(\\htmlId{main}{y}\\) \\(\\htmlStyle{position:fixed;background:url(x)}{z}\\) \\(\\htmlData{foo=1}{w}\\) \\(\\includegraphics{x.png}\\)'
			) ?? '';
		expect(dangers(html)).toEqual([]);
		expect(parse(html).querySelector('[style*="position"], [data-foo], #main, .primary')).toBeNull();
		expect(parse(html).querySelectorAll('.math-error')).toHaveLength(5);
	});

	it('keeps a <script> inside \\text{} as text', () => {
		const root = parse(mathHtml('\\(\\text{<script>alert(1)</script>}\\)') ?? '');
		expect(root.querySelector('script')).toBeNull();
		expect(root.querySelector('mtext')?.textContent).toBe('<script>alert(1)</script>');
	});

	it('stops a macro that expands itself forever, showing its source', () => {
		const root = parse(
			mathHtml(
				'\\(\\def\\a{\\a\\a}\\a\\) and $$\\def\\b#1{#1#1}\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{x}}}}}}}}}}}}}}}}}}}}$$'
			) ?? ''
		);
		expect(root.querySelectorAll('.math-error').length).toBeGreaterThanOrEqual(1);
		expect(root.querySelector('.math-error')?.textContent).toBe('\\(\\def\\a{\\a\\a}\\a\\)');
	});

	it('shows a formula nested as deep as the length cap allows, or its source, without throwing', () => {
		const deep = `\\(${'{'.repeat(2400)}x${'}'.repeat(2400)}\\) \\(${'\\sqrt{'.repeat(600)}x${'}'.repeat(600)}\\)`;
		const root = parse(mathHtml(deep) ?? '');
		expect(root.querySelectorAll('math, .math-error')).toHaveLength(2);
	});

	it('typesets a field of the most formulas at once', () => {
		const root = parse(mathHtml('\\(\\frac{a}{b}\\) '.repeat(600)) ?? '');
		expect(root.querySelectorAll('math')).toHaveLength(500);
		expect(root.textContent).toContain('\\(\\frac{a}{b}\\)');
	});

	it("keeps Temml's own classes and layout, and only those", () => {
		const root = parse(mathHtml('$$x^2$$') ?? '');
		expect(root.querySelector('math')?.getAttribute('class')).toBe('tml-display');
		expect(root.querySelector('math')?.getAttribute('style')).toMatch(/display/);
	});
});

describe('sanitizeMathMl', () => {
	it('strips from MathML whatever could run, link or restyle the page, keeping the formula', () => {
		const hostile =
			'<math><mi href="javascript:alert(1)" onclick="alert(2)" id="app" class="primary tml-prime" style="position:fixed;color:red;background:url(x)">x</mi>' +
			'<maction actiontype="statusline"><mi>y</mi></maction><semantics><annotation-xml encoding="text/html"><img src=x onerror=alert(3)></annotation-xml></semantics>' +
			'<mtext><script>alert(4)</script></mtext><svg><script>alert(5)</script></svg></math>';
		const box = document.createElement('div');
		box.append(sanitizeMathMl(hostile, document));
		expect(dangers(box.innerHTML)).toEqual([]);
		expect(box.querySelector('maction, semantics, script')).toBeNull();
		const mi = box.querySelector('mi');
		expect(mi?.getAttribute('class')).toBe('tml-prime');
		expect(mi?.getAttribute('style')).toBe('color: red');
	});
});

describe('typesetMath in sanitized HTML', () => {
	it('typesets formulas in text nodes after sanitizing, never markup hidden in a formula', () => {
		const clean = sanitizeHtml(
			'<b>Solve</b> \\(x &lt; 2\\) <i>\\(y</i>\\) \\(<img src="https://evil.example/x.png" onerror=alert(1)>1\\) <code>\\(z\\)</code>',
			undefined,
			typesetMath
		);
		const root = parse(clean.html);
		const maths = root.querySelectorAll('math');
		// x < 2 is typeset, and 1 once the image around it is gone; the formula split by </i> stays text, code stays code.
		expect(maths).toHaveLength(2);
		expect(maths[0].textContent).toBe('x<2');
		expect(maths[1].textContent).toBe('1');
		expect(root.querySelector('img')).toBeNull();
		expect(root.querySelector('code')?.textContent).toBe('\\(z\\)');
		expect(root.querySelector('i')?.textContent).toBe('\\(y');
		expect(dangers(clean.html)).toEqual([]);
	});

	it("typesets Anki's [$] and [$$] in a field", () => {
		const clean = sanitizeHtml('<div>[$]e^{i\\pi}[/$]</div><div>[$$]\\sum_{n=1}^\\infty n[/$$]</div>', undefined, typesetMath);
		const maths = parse(clean.html).querySelectorAll('math');
		expect(maths).toHaveLength(2);
		expect(maths[1].getAttribute('display')).toBe('block');
	});
});
