// @vitest-environment jsdom
/**
 * Bad articles on /create: each is refused with a message before anything is
 * generated or saved, and a good file still fills the article box.
 */
import { CreateSession } from '$lib/create/create.svelte';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('opening an article file', () => {
	it('refuses a file that is not .txt, .md or .html', async () => {
		const create = new CreateSession();
		await create.openFile(new File(['%PDF-1.7'], 'article.pdf'));
		expect(create.error).toBe('article.pdf: open a .txt, .md or .html file.');
		expect(create.text).toBe('');
	});

	it('refuses a file far larger than any article', async () => {
		const create = new CreateSession();
		await create.openFile(new File(['a'.repeat(2_400_001)], 'huge.txt'));
		expect(create.error).toMatch(/^huge\.txt is too large for an article/);
		expect(create.text).toBe('');
	});

	it('refuses a binary file named like text, leaving the article box as it was', async () => {
		const create = new CreateSession();
		create.text = 'my draft';
		const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
		await create.openFile(new File([bytes], 'notes.txt'));
		expect(create.error).toBe('notes.txt is not a text file: open a .txt, .md or .html file.');
		expect(create.text).toBe('my draft');
	});

	it('keeps the text of an HTML file and drops its scripts', async () => {
		const create = new CreateSession();
		await create.openFile(new File(['<p>Seoul is the capital.</p><script>alert(1)</script>'], 'news.html'));
		expect(create.error).toBeNull();
		expect(create.text).toBe('Seoul is the capital.');
		expect(create.title).toBe('news');
	});
});

describe('generating from the article box', () => {
	it('asks for more than a few words, whether empty, blank or short', () => {
		for (const text of ['', '   \n\t', words(12)]) {
			const create = new CreateSession();
			create.text = text;
			create.generate();
			expect(create.error).toMatch(/^Paste or open an article of at least a few paragraphs/);
			expect(create.phase).toBe('input');
		}
	});

	it('refuses an article over the length limit', () => {
		const create = new CreateSession();
		create.text = words(70_000);
		create.generate();
		expect(create.error).toMatch(
			/^This article is too long: the article holds [\d,]+ characters; Factdeck reads at most 600,000 \(about 100,000 words\): split it into parts\.$/
		);
		expect(create.phase).toBe('input');
	});

	it('refuses a publication date that is not a date', () => {
		const create = new CreateSession();
		create.text = words(40);
		for (const date of ['last Tuesday', '2024-02-30', '2023-02-29', '2024-13-01', '2024-01-00']) {
			create.published = date;
			create.generate();
			expect(create.error, date).toBe('The publication date must be a real date, written YYYY-MM-DD.');
			expect(create.phase).toBe('input');
		}
	});
});
