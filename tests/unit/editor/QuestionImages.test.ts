// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import BankQuestion from '$lib/editor/BankQuestion.svelte';
import QuestionRow from '$lib/editor/QuestionRow.svelte';
import { toDraft } from '$lib/core/bank/edit';
import { addDraftImage } from '$lib/core/bank/edit-images';
import type { Question } from '$lib/core/bank/schema';
import type { ImageActions } from '$lib/editor/image-drafts';

const short: Question = { id: 'q-1', fact: 'heart', type: 'short', prompt: 'Which organ is drawn here?', answer: 'The heart' };
const flashcard: Question = { ...short, type: 'flashcard' };
const heart = { name: 'image-heart.png', alt: 'heart' };

function setup(question: Question, draft = toDraft(question, 'q0'), refusal: string | null = null) {
	const actions: ImageActions = {
		bankId: 'organs',
		unsaved: () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
		add: vi.fn(async () => refusal),
		remove: vi.fn(),
		describe: vi.fn()
	};
	const handlers = { onchange: vi.fn(), ontype: vi.fn(), onfact: vi.fn(), onmove: vi.fn(), ondelete: vi.fn() };
	render(BankQuestion, { draft, number: 1, count: 1, sharers: [], ...handlers, imageActions: actions });
	return { actions, region: screen.getByRole('region', { name: 'Question 1' }) };
}

beforeAll(() => {
	URL.createObjectURL ??= () => 'blob:test';
	URL.revokeObjectURL ??= () => {};
});

describe('image controls of a question', () => {
	it('offers images in the prompt of a typed-answer question, and on both sides of a flashcard', () => {
		const { region } = setup(short);
		expect(
			within(region)
				.getAllByRole('button', { name: /^Add image/ })
				.map((b) => b.textContent)
		).toEqual(['Add image to the question']);
		cleanup();
		const card = setup(flashcard).region;
		expect(
			within(card)
				.getAllByRole('button', { name: /^Add image/ })
				.map((b) => b.textContent)
		).toEqual(['Add image to the question', 'Add image to the answer']);
	});

	it('hands a chosen file to the editor, and shows why it was refused', async () => {
		const { actions, region } = setup(short, undefined, 'logo.svg is an SVG drawing, which can carry scripts: save it as a PNG and add that.');
		const file = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
		const input = region.querySelector<HTMLInputElement>('input[type=file]')!;
		expect(input.accept).toBe('image/png,image/jpeg,image/gif,image/webp');
		await fireEvent.change(input, { target: { files: [file] } });
		expect(actions.add).toHaveBeenCalledWith('prompt', file);
		expect(await within(region).findByRole('alert')).toHaveTextContent(/^logo\.svg is an SVG drawing/);
	});

	it('shows each image with its description to edit and a Remove button', async () => {
		const { actions, region } = setup(short, addDraftImage(toDraft(short, 'q0'), 'prompt', heart));
		expect(within(region).getByRole('img', { name: 'heart' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
		const alt = within(region).getByLabelText('Describe image 1 for people who cannot see it');
		await fireEvent.input(alt, { target: { value: 'A drawing of a heart' } });
		expect(actions.describe).toHaveBeenCalledWith('prompt', heart.name, 'A drawing of a heart');
		await fireEvent.click(within(region).getByRole('button', { name: /^Remove image 1/ }));
		expect(actions.remove).toHaveBeenCalledWith('prompt', heart.name);
	});

	it('adds an image pasted into the prompt, and leaves pasted text to the text box', async () => {
		const { actions, region } = setup(short);
		const prompt = within(region).getByLabelText('Question');
		const image = new File([new Uint8Array([1])], 'image.png', { type: 'image/png' });
		const paste = (types: string[]) => {
			const event = new Event('paste', { bubbles: true, cancelable: true });
			Object.assign(event, { clipboardData: { types, files: [image] } });
			prompt.dispatchEvent(event);
			return event;
		};
		expect(paste(['text/plain', 'Files']).defaultPrevented).toBe(false);
		expect(actions.add).not.toHaveBeenCalled();
		expect(paste(['Files']).defaultPrevented).toBe(true);
		expect(actions.add).toHaveBeenCalledWith('prompt', image);
	});

	it("says in the question's row of the list how many images it shows", () => {
		render(QuestionRow, { draft: addDraftImage(toDraft(flashcard, 'q0'), 'answer', heart), number: 1, onopen: vi.fn() });
		expect(screen.getByRole('button', { name: /^Question 1\b/ })).toHaveTextContent('1 image');
		cleanup();
		render(QuestionRow, { draft: toDraft(flashcard, 'q0'), number: 1, onopen: vi.fn() });
		expect(screen.getByRole('button', { name: /^Question 1\b/ })).not.toHaveTextContent('image');
	});
});
