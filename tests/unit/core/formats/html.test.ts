import { decodeEntities, hasMarkup, htmlToText, imageSources } from '$lib/core/formats/html';

describe('htmlToText', () => {
	it('turns line-breaking tags into newlines and drops the rest', () => {
		expect(htmlToText('one<br>two<div>three</div><b>bold</b> end')).toBe('one\ntwo\nthree\nbold end');
	});

	it('decodes named and numeric entities, and &nbsp; becomes a plain space', () => {
		expect(htmlToText('caf&eacute; &amp; cr&#232;me &#x263A;&nbsp;&lt;tag&gt;')).toBe('café & crème ☺ <tag>');
	});

	it('leaves unknown entities as written and replaces impossible code points', () => {
		expect(decodeEntities('&bogus; &#xD800; &#0;')).toBe('&bogus; \uFFFD \uFFFD');
	});

	it('drops scripts, styles and comments entirely', () => {
		expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c<!-- hidden -->d')).toBe('abcd');
	});

	it('names images so that an image-only field still has text', () => {
		expect(htmlToText('<img src="dog.jpg">')).toBe('[image: dog.jpg]');
	});

	it('is not fooled by a > inside a quoted attribute', () => {
		expect(htmlToText('<span title="a > b">x</span>')).toBe('x');
	});
});

describe('markup helpers', () => {
	it('finds image sources in any quoting', () => {
		expect(imageSources(`<img src="a.png"><IMG alt=x src='b c.jpg'><img src=d.gif>`)).toEqual(['a.png', 'b c.jpg', 'd.gif']);
	});

	it('tells markup from plain text', () => {
		expect(hasMarkup('<b>x</b>')).toBe(true);
		expect(hasMarkup('a &amp; b')).toBe(true);
		expect(hasMarkup('1 < 2 and 3 > 2')).toBe(false);
	});
});
