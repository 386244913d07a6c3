import { articleText, articleTooLong, looksBinary, markdownToText, MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES } from '$lib/core/generate/input';
import { decodeEntities, htmlToText } from '$lib/core/formats/html';

describe('article input', () => {
	it('strips HTML tags, scripts, styles, navigation and captions, one paragraph per block', () => {
		const html = `<html><head><title>T</title><style>p{}</style></head><body><nav>Home | News</nav>
			<h1>Seoul Looks to Biden</h1><p>Xi Jinping spoke with <b>Moon Jae-in</b> on January&nbsp;26.</p>
			<figure><img src="a.jpg"><figcaption>A photo caption</figcaption></figure><script>alert(1)</script>
			<p>Kang&rsquo;s call &amp; Blinken&#8217;s reply &#x2013; both came later.</p></body></html>`;
		expect(htmlToText(html, 'article')).toBe(
			'Seoul Looks to Biden\n\nXi Jinping spoke with Moon Jae-in on January 26.\n\nKang’s call & Blinken’s reply – both came later.'
		);
	});

	it('strips Markdown headings, emphasis, links, images and list marks', () => {
		const md = '# Title\n\nXi spoke with **Moon** on [January 26](http://x).\n\n![pic](a.png)\n\n- Kang met _Blinken_.\n';
		expect(markdownToText(md)).toBe('Title\n\nXi spoke with Moon on January 26.\n\nKang met Blinken.');
	});

	it('picks the conversion by file name and normalises line ends of plain text', () => {
		expect(articleText('a.HTML', '<p>One.</p>')).toBe('One.');
		expect(articleText('a.md', '## One')).toBe('One');
		expect(articleText('a.txt', 'One.\r\nTwo.')).toBe('One.\nTwo.');
	});

	it('tells binary from text', () => {
		expect(looksBinary('plain text, “quoted”, café')).toBe(false);
		expect(looksBinary('\u0000\u0001ELF')).toBe(true);
		expect(looksBinary('\ufffd\ufffd\ufffd\u0002\u0003abc')).toBe(true);
	});

	it('decodes named, decimal and hexadecimal references and leaves unknown ones', () => {
		expect(decodeEntities('&ldquo;a&rdquo; &#65; &#x42; &bogus;')).toBe('“a” A B &bogus;');
	});

	it('caps an article at 600,000 characters, saying the length and the cap in one line', () => {
		expect(MAX_ARTICLE_CHARS).toBe(600_000);
		expect(MAX_ARTICLE_FILE_BYTES).toBe(2_400_000);
		expect(articleTooLong(0)).toBeNull();
		expect(articleTooLong(MAX_ARTICLE_CHARS)).toBeNull();
		expect(articleTooLong(MAX_ARTICLE_CHARS + 1)).toBe(
			'the article holds 600,001 characters; Factdeck reads at most 600,000 (about 100,000 words): split it into parts'
		);
		expect(articleTooLong(2_000_000)).not.toMatch(/\n/);
	});

	it('keeps a lone < as text, as a browser does', () => {
		expect(htmlToText('<p>a < b and 5 > 3</p><p>x <> y</p>', 'article')).toBe('a < b and 5 > 3\n\nx <> y');
	});

	it.each([
		['unclosed <script>', '<script>x '],
		['unclosed comments', '<!-- x '],
		['openings with no >', '<nav x '],
		['many < before one >', '<p '],
		['unclosed dropped elements', '<head><form>x ']
	])('reads an article file of %s in linear time', (_what, unit) => {
		const html = `${unit.repeat(Math.floor(MAX_ARTICLE_FILE_BYTES / unit.length))}>`;
		const started = performance.now();
		htmlToText(html, 'article');
		// Generous: a few milliseconds on an idle machine; minutes when each opening was searched to the end.
		expect(performance.now() - started).toBeLessThan(5_000);
	});

	it('keeps the text of a link whose target holds parentheses', () => {
		expect(markdownToText('See [Seoul](https://en.wikipedia.org/wiki/Seoul_(city)) and ![a photo](p.jpg "Title").')).toBe('See Seoul and .');
	});

	// prettier-ignore
	it.each([['unclosed links', '[x]('], ['brackets never closed', '['], ['unclosed images', '![x]('], ['unclosed fences', '```\nx\n'], ['unclosed emphasis', '**a ']])(
		'reads a Markdown file of %s in linear time',
		(_what, unit) => {
			const markdown = unit.repeat(Math.floor(MAX_ARTICLE_FILE_BYTES / unit.length));
			const started = performance.now();
			markdownToText(markdown);
			// Generous: well under a second on an idle machine; minutes when each [ was searched to the end.
			expect(performance.now() - started).toBeLessThan(5_000);
		}
	);
});
