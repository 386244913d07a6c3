/**
 * The article checks /create and the generate command share: each refusal
 * in one sentence, and a good file read as plain text.
 */
import { articleTextProblem, MIN_ARTICLE_WORDS, readArticleFile, type ArticleFile } from '$lib/core/generate/article-check';
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES } from '$lib/core/generate/input';

/** An article file of `content`, with a size that may be claimed larger than the content. */
function file(name: string, content: string, size = content.length): ArticleFile & { reads: number } {
	const f = { name, size, reads: 0, text: async () => (f.reads++, content) };
	return f;
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('readArticleFile', () => {
	it('refuses a name other than .txt, .md or .html without reading it', async () => {
		const pdf = file('report.pdf', 'text');
		expect(await readArticleFile(pdf)).toEqual({ ok: false, error: 'report.pdf: open a .txt, .md or .html file.' });
		expect(pdf.reads).toBe(0);
	});

	it('refuses a file over the size cap without reading it', async () => {
		const huge = file('huge.txt', '', MAX_ARTICLE_FILE_BYTES + 1);
		expect(await readArticleFile(huge)).toEqual({ ok: false, error: 'huge.txt is too large for an article (2344 KB).' });
		expect(huge.reads).toBe(0);
	});

	it('refuses binary content named like text', async () => {
		expect(await readArticleFile(file('notes.txt', 'PK\u0003\u0004\u0000\u0000'))).toEqual({
			ok: false,
			error: 'notes.txt is not a text file: open a .txt, .md or .html file.'
		});
	});

	it('reads HTML and Markdown as plain text, and plain text with its line ends made \\n', async () => {
		expect(await readArticleFile(file('a.HTML', '<p>Seoul is <b>the</b> capital.</p><script>x()</script>'))).toEqual({
			ok: true,
			text: 'Seoul is the capital.'
		});
		expect(await readArticleFile(file('a.md', '# Seoul\n\nIt is **the** capital.'))).toEqual({ ok: true, text: 'Seoul\n\nIt is the capital.' });
		expect(await readArticleFile(file('a.txt', 'one\r\ntwo'))).toEqual({ ok: true, text: 'one\ntwo' });
	});
});

describe('articleTextProblem', () => {
	const tooShort = 'Paste or open an article of at least a few paragraphs: there are too few sentences to ask about.';

	it('asks for enough words, as /create does by default', () => {
		for (const text of ['', '  \n\t', words(MIN_ARTICLE_WORDS - 1)]) expect(articleTextProblem(text), JSON.stringify(text.slice(0, 20))).toBe(tooShort);
		expect(articleTextProblem(words(MIN_ARTICLE_WORDS))).toBeNull();
	});

	it('with a minimum of one word refuses only an empty text', () => {
		expect(articleTextProblem(' \n ', 1)).toBe(tooShort);
		expect(articleTextProblem('Seoul.', 1)).toBeNull();
	});

	it('refuses a text over the length cap, counting it without its outer blanks', () => {
		expect(articleTextProblem(`${'a '.repeat(MAX_ARTICLE_CHARS / 2)}`)).toBeNull();
		expect(articleTextProblem(`${'a '.repeat(MAX_ARTICLE_CHARS / 2)}b`)).toMatch(
			/^This article is too long: the article holds 600,001 characters; Factdeck reads at most 600,000 .*split it into parts\.$/
		);
	});
});
