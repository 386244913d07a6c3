// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMediaName, sanitizeHtml } from '$lib/ui/sanitize-html';
import { EVIL_HOST, XSS_PAYLOADS } from '../../fixtures/xss';
import { ROOT } from '../core/formats/helpers';

/** The sanitized HTML parsed again, as `{@html}` will parse it. */
function parse(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

// prettier-ignore
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'meta', 'link', 'base', 'template', 'noscript', 'details', 'frame', 'frameset'];

/** Everything in the output that could run, fetch, navigate or pose as the app. */
function dangers(html: string): string[] {
	const found: string[] = [];
	for (const el of parse(html).querySelectorAll('*')) {
		const tag = el.localName;
		if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
		for (const attr of el.attributes) {
			const name = attr.name.toLowerCase();
			if (name.startsWith('on')) found.push(`${tag}[${name}]`);
			if (['src', 'srcset', 'action', 'formaction', 'xlink:href', 'class', 'id', 'name', 'srcdoc', 'background'].includes(name)) found.push(`${tag}[${name}]`);
			if (name === 'href' && !/^https?:\/\//i.test(attr.value)) found.push(`${tag}[href=${attr.value}]`);
			if (name === 'style' && /url\(|expression|position|@import/i.test(attr.value)) found.push(`${tag}[style=${attr.value}]`);
		}
	}
	if (html.includes(EVIL_HOST)) found.push(EVIL_HOST);
	return found;
}

describe('sanitizeHtml against the XSS corpus', () => {
	it.each(XSS_PAYLOADS.map((p) => [p.name, p.html]))('%s: nothing that runs, fetches or navigates is left', (_name, html) => {
		const clean = sanitizeHtml(`<b>before</b> ${html} <i>after</i>`);
		expect(dangers(clean.html)).toEqual([]);
		// The harmless text before a payload survives it (an unclosed payload may swallow what follows).
		expect(clean.html).toContain('<b>before</b>');
		for (const name of clean.images) expect(isMediaName(name)).toBe(true);
	});

	it('leaves the whole corpus at once as inert as each payload alone', () => {
		const clean = sanitizeHtml(XSS_PAYLOADS.map((p) => p.html).join('\n'));
		expect(dangers(clean.html)).toEqual([]);
	});

	it('keeps look-alikes of template syntax as the literal text they are', () => {
		const clean = sanitizeHtml('{@html "<b>x</b>"} {{c1::x}} ${window.__xss++}');
		expect(parse(clean.html).textContent).toBe('{@html "x"} {{c1::x}} ${window.__xss++}');
	});

	it('keeps escaped markup as text', () => {
		const clean = sanitizeHtml('&lt;script&gt;window.__xss++&lt;/script&gt;');
		expect(parse(clean.html).querySelector('script')).toBeNull();
		expect(parse(clean.html).textContent).toBe('<script>window.__xss++</script>');
	});
});

describe('sanitizeHtml keeps what decks are made of', () => {
	it('keeps text formatting, lists, tables and line breaks', () => {
		const html =
			'<b>bold</b> <i>it</i> <u>u</u> <sub>2</sub><sup>3</sup><br><ul><li>one</li></ul><ol start="3"><li>three</li></ol><table><tbody><tr><th>a</th><td colspan="2">b</td></tr></tbody></table>';
		expect(sanitizeHtml(html).html).toBe(html);
	});

	it('keeps ruby annotations and the language of Chinese text', () => {
		const html = '<span lang="zh"><ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby></span>';
		expect(sanitizeHtml(html).html).toBe(html);
	});

	it('keeps web links, opening them in a new tab without an opener or referrer', () => {
		const a = parse(sanitizeHtml('<a href="https://en.wikipedia.org/wiki/Seoul" onclick="x()">Seoul</a>').html).querySelector('a')!;
		expect(a.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Seoul');
		expect(a.getAttribute('target')).toBe('_blank');
		expect(a.getAttribute('rel')).toBe('noopener noreferrer');
		expect(a.hasAttribute('onclick')).toBe(false);
	});

	it('turns links to anything but the web into their text', () => {
		for (const href of ['mailto:a@b.c', 'tel:123', 'javascript:x()', 'data:text/html,x', 'vbscript:x', 'relative/page', '#top']) {
			expect(sanitizeHtml(`<a href="${href}">text</a>`).html, href).toBe('text');
		}
	});

	it('moves a media file name to data-media and lists it; images from anywhere else are dropped', () => {
		const clean = sanitizeHtml(
			'<img src="flag.png" alt="Flag"> <img src="http://x.test/a.png"> <img src="data:image/png;base64,AAAA"> <img src="../up.png"> <img src="flag.png">'
		);
		expect(clean.html).toBe('<img alt="Flag" data-media="flag.png">    <img data-media="flag.png">');
		expect(clean.images).toEqual(['flag.png']);
	});

	it('keeps typographic style properties with plain values and drops every other', () => {
		const clean = sanitizeHtml(
			'<span style="font-weight: bold; color: red; background: url(x.png); font-style:italic">a</span><span style="position: fixed">b</span><span style="text-decoration: underline url(x)">c</span>'
		);
		expect(clean.html).toBe('<span style="font-weight: bold; font-style: italic">a</span><span>b</span><span>c</span>');
	});

	it('drops author classes, ids and data attributes', () => {
		expect(sanitizeHtml('<span class="button primary" id="prompt" data-media="x.png" aria-hidden="true">a</span>').html).toBe('<span>a</span>');
	});
});

describe('sanitizeHtml with a cloze blank', () => {
	it('shows the gap where the blank is, inside the formatting around it', () => {
		const clean = sanitizeHtml('<b>____ lies</b> on the Han.', { answer: null });
		expect(clean.html).toBe('<b><span class="cloze-blank" aria-label="blank">_____</span> lies</b> on the Han.');
	});

	it('fills the blank with the answer, as HTML when there is some, sanitized too', () => {
		expect(sanitizeHtml('<i>The</i> ____ (river).', { answer: 'Han' }).html).toBe('<i>The</i> <mark class="cloze-filled">Han</mark> (river).');
		const rich = sanitizeHtml('On the ____.', { answer: 'Han', answerHtml: '<b>Han</b><img src="javascript:x" onerror="window.__xss++"><img src="han.png">' });
		expect(rich.html).toBe('On the <mark class="cloze-filled"><b>Han</b><img data-media="han.png"></mark>.');
		expect(rich.images).toEqual(['han.png']);
	});

	it('shows a text answer as text, never as markup', () => {
		const html = sanitizeHtml('A ____.', { answer: '<img src=x onerror="window.__xss++">' }).html;
		expect(parse(html).querySelector('img')).toBeNull();
		expect(parse(html).querySelector('mark')!.textContent).toBe('<img src=x onerror="window.__xss++">');
	});

	it('puts the blank at the end when the prompt has none to replace', () => {
		expect(sanitizeHtml('<p>No gap here</p>', { answer: null }).html).toBe('<p>No gap here</p><span class="cloze-blank" aria-label="blank">_____</span>');
	});
});

describe('isMediaName', () => {
	it('accepts bare file names and refuses URLs and paths', () => {
		for (const ok of ['flag.png', 'paste-1a2b.jpg', '图片 1.png', '__proto__']) expect(isMediaName(ok), ok).toBe(true);
		for (const bad of ['', 'http://x/a.png', 'data:image/png,AA', 'blob:abc', 'javascript:x', '../a.png', 'a/b.png', '//x/a.png', 'a\\b.png']) {
			expect(isMediaName(bad), bad).toBe(false);
		}
	});
});

describe('the one gate', () => {
	it('has {@html} in RichHtml.svelte only, which shows nothing but sanitizeHtml output', () => {
		const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
		const using = files.filter((f) => /\{@html\s/.test(readFileSync(join(ROOT, 'src', f), 'utf8')));
		expect(using.map((f) => f.split(/[\\/]/).pop())).toEqual(['RichHtml.svelte']);
		const rich = readFileSync(join(ROOT, 'src', using[0]), 'utf8');
		expect([...rich.matchAll(/\{@html\s+([^}]*)\}/g)].map((m) => m[1].trim())).toEqual(['clean.html']);
	});
});
