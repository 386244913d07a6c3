// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import RichText, { htmlSanitizer } from '$lib/ui/RichText.svelte';
import StudyCard from '$lib/study/StudyCard.svelte';
import type { Question } from '$lib/core/bank/schema';
import { parseApkg } from '$lib/core/formats/apkg';
import { db } from '$lib/storage/db';
import { importBank } from '$lib/storage/imports';
import { legacyPackage, loadSql, NOTETYPES } from '../core/formats/anki-builder';
import { ok } from '../core/formats/helpers';

// The sanitizer is fetched on first use (see RichText-loading.test.ts); here it is ready from the start.
beforeAll(() => htmlSanitizer.load());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);

// jsdom has no object URLs; these stand in for the browser's, and record what was made and revoked.
// (A URL is only made for an image found in storage: a wrong name would leave the image marked missing.)
const made: Blob[] = [];
const revoked: string[] = [];
beforeAll(() => {
	Object.assign(URL, {
		createObjectURL: (blob: Blob) => `blob:test/${made.push(blob)}`,
		revokeObjectURL: (url: string) => void revoked.push(url)
	});
});

let questions: Question[];
let bankId: string;

beforeAll(async () => {
	const apkg = await legacyPackage(
		{
			notetypes: [NOTETYPES.basic, NOTETYPES.cloze],
			notes: [
				{ id: 1, mid: 1, fields: ['<img src="flag.png"> Which <b>country</b>?<script>window.__xss++</script>', 'South <i>Korea</i>'] },
				{ id: 2, mid: 5, fields: ['<b>{{c1::Seoul}}</b> lies on the {{c2::Han::river}}.<img src="missing.png">', ''] }
			]
		},
		{ 'flag.png': PNG }
	);
	const parsed = ok(parseApkg(apkg, { sql: await loadSql(), name: 'flags.apkg' }));
	({ id: bankId } = await importBank(parsed.bank, new Date(2024, 0, 1), { media: parsed.media, onConflict: 'replace' }));
	questions = parsed.bank.questions;
});

afterAll(() => db.delete());

const flag = () => questions[0];
const clozeOf = (n: number) => questions.find((q) => q.fact.endsWith(`-c${n}`))!;

describe('RichText', () => {
	it('shows the imported HTML, sanitized, with its stored image through an object URL', async () => {
		const q = flag();
		const { container } = render(RichText, { html: q.html!.prompt, text: q.prompt, bankId });
		expect(container.querySelector('b')!.textContent).toBe('country');
		expect(container.querySelector('script')).toBeNull();
		const img = container.querySelector('img')!;
		await waitFor(() => expect(img.getAttribute('src')).toMatch(/^blob:test\//));
		expect(img.alt).toBe('Image flag.png');
	});

	it('revokes the object URL when the text goes away', async () => {
		const q = flag();
		const view = render(RichText, { html: q.html!.prompt, text: q.prompt, bankId });
		const img = view.container.querySelector('img')!;
		await waitFor(() => expect(img.getAttribute('src')).toMatch(/^blob:/));
		const url = img.getAttribute('src')!;
		expect(revoked).not.toContain(url);
		view.unmount();
		expect(revoked).toContain(url);
	});

	it('revokes the URLs of images the next card no longer shows', async () => {
		const q = flag();
		const view = render(RichText, { html: q.html!.prompt, text: q.prompt, bankId });
		await waitFor(() => expect(view.container.querySelector('img')!.getAttribute('src')).toMatch(/^blob:/));
		const url = view.container.querySelector('img')!.getAttribute('src')!;
		await view.rerender({ html: '<i>no image</i>', text: 'no image', bankId });
		expect(revoked).toContain(url);
		expect(view.container.querySelector('img')).toBeNull();
	});

	it('revokes them too when the next card is plain text', async () => {
		const q = flag();
		const view = render(RichText, { html: q.html!.prompt, text: q.prompt, bankId });
		await waitFor(() => expect(view.container.querySelector('img')!.getAttribute('src')).toMatch(/^blob:/));
		const url = view.container.querySelector('img')!.getAttribute('src')!;
		await view.rerender({ html: undefined, text: 'plain', bankId });
		expect(revoked).toContain(url);
		expect(view.container.querySelector('img')).toBeNull();
	});

	it('marks an image the bank does not hold, and never gives it a src', async () => {
		const q = clozeOf(1);
		const { container } = render(RichText, { html: q.html!.prompt, text: q.prompt, bankId });
		const img = container.querySelector('img')!;
		await waitFor(() => expect(img).toHaveClass('missing'));
		expect(img.hasAttribute('src')).toBe(false);
		expect(img.alt).toBe('Image missing.png');
	});

	it('shows images as their names without a bank to take them from', async () => {
		const q = flag();
		const before = made.length;
		const { container } = render(RichText, { html: q.html!.prompt, text: q.prompt });
		await waitFor(() => expect(container.querySelector('img')).toHaveClass('missing'));
		expect(made.length).toBe(before);
	});

	it('falls back to the plain text without HTML, and when nothing of the HTML survives', () => {
		const { container } = render(RichText, { text: '<b>plain</b>' });
		expect(container.textContent).toBe('<b>plain</b>');
		expect(container.querySelector('b')).toBeNull();
		const { container: second } = render(RichText, { html: '<script>window.__xss++</script>', text: 'the plain text' });
		expect(second.textContent).toBe('the plain text');
	});
});

describe('StudyCard with an imported cloze card', () => {
	const handlers = { onreveal: vi.fn(), onchoice: vi.fn(), ontruefalse: vi.fn(), ontyped: vi.fn(), ondontknow: vi.fn() };

	it('keeps the gap inside the bold text until answered, then fills it with the answer', async () => {
		const q = clozeOf(1);
		const view = render(StudyCard, { question: q, mode: 'reveal', answered: false, bankId, ...handlers });
		const heading = screen.getByRole('heading', { level: 2 });
		expect(heading.querySelector('b > .cloze-blank')).not.toBeNull();
		expect(heading.textContent).not.toContain('Seoul');
		await view.rerender({ question: q, mode: 'reveal', answered: true, bankId, ...handlers });
		expect(heading.querySelector('b > mark.cloze-filled')!.textContent).toBe('Seoul');
		expect(heading.textContent).toContain('lies on the Han.');
	});

	it('shows the hint after the gap of a cloze with a hint', () => {
		const q = clozeOf(2);
		render(StudyCard, { question: q, mode: 'reveal', answered: false, bankId, ...handlers });
		const heading = screen.getByRole('heading', { level: 2 });
		expect(heading.textContent).toMatch(/Seoul lies on the _+ \(river\)\./);
		expect(heading.querySelector('b')!.textContent).toBe('Seoul');
	});

	it('shows a flashcard answer as its rich text once revealed', () => {
		render(StudyCard, { question: flag(), mode: 'reveal', answered: true, bankId, ...handlers });
		expect(screen.getByText('Korea').tagName).toBe('I');
	});
});
