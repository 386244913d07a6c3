// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import QuestionEditor from '$lib/editor/QuestionEditor.svelte';
import type { Question } from '$lib/core/bank/schema';

const cloze: Question = {
	id: 'q-cloze',
	fact: 'xi-moon-call-date',
	type: 'cloze',
	prompt: 'Xi Jinping spoke with Moon Jae-in on ____.',
	answer: 'January 26',
	source: { text: 'Xi spoke with Moon on January 26.', start: 10, end: 43 }
};

describe('QuestionEditor (the review step of /create)', () => {
	it('saves the edited question with its id, fact and source', async () => {
		const onsave = vi.fn();
		render(QuestionEditor, { question: cloze, onsave, oncancel: vi.fn() });
		await fireEvent.input(screen.getByLabelText('Answer (what fills the blank)'), { target: { value: '26 January' } });
		await fireEvent.input(screen.getByLabelText(/^Also accept/), { target: { value: 'Jan 26\n\n' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
		expect(onsave).toHaveBeenCalledWith({ ...cloze, answer: '26 January', accept: ['Jan 26'] });
	});

	it("shows the schema's message as the teacher types and will not save until it is fixed", async () => {
		const onsave = vi.fn();
		render(QuestionEditor, { question: cloze, onsave, oncancel: vi.fn() });
		const prompt = screen.getByLabelText('Sentence with a blank');
		await fireEvent.input(prompt, { target: { value: 'Xi Jinping spoke with Moon Jae-in in January.' } });
		expect(prompt).toHaveAccessibleDescription(expect.stringContaining('a fill in the blank question needs a blank'));
		const save = screen.getByRole('button', { name: 'Save question' });
		expect(save).toBeDisabled();
		expect(save).toHaveAccessibleDescription('Fix the marked fields to save.');
		await fireEvent.input(prompt, { target: { value: 'Xi Jinping spoke with Moon Jae-in on ____ (date).' } });
		expect(save).toBeEnabled();
	});

	it('cancels without saving', async () => {
		const onsave = vi.fn();
		const oncancel = vi.fn();
		render(QuestionEditor, { question: cloze, onsave, oncancel });
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(oncancel).toHaveBeenCalledOnce();
		expect(onsave).not.toHaveBeenCalled();
	});
});
