// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import PrintSheet from '$lib/quiz/PrintSheet.svelte';
import { printableQuiz } from '$lib/core/quiz/print';
import { composeHtml } from '$lib/core/bank/question-images';
import type { Bank } from '$lib/core/bank/schema';

const prompt = 'Which organ is drawn here?';
const bank: Bank = {
	format: 'factdeck.bank',
	version: 1,
	id: 'organs',
	title: 'Organs',
	questions: [
		{
			id: 'q-1',
			fact: 'heart',
			type: 'short',
			prompt,
			answer: 'The heart',
			html: { prompt: composeHtml(prompt, [{ name: 'image-heart.png', alt: 'A drawing of a heart' }]) }
		},
		{ id: 'q-2', fact: 'lung', type: 'short', prompt: 'Which organ takes in air?', answer: 'The lungs' }
	]
};

describe('PrintSheet images', () => {
	it("prints a question's image, named by its alt text, after its words", async () => {
		const quiz = printableQuiz(bank);
		expect(quiz.items.map((item) => item.html)).toEqual([bank.questions[0].html!.prompt, undefined]);
		render(PrintSheet, { quiz, showKey: false, bankId: 'organs' });
		const image = await screen.findByRole('img', { name: 'A drawing of a heart' });
		expect(image).toHaveAttribute('data-media', 'image-heart.png');
		expect(image.closest('.prompt')).toHaveTextContent(prompt);
		expect(screen.getAllByRole('img')).toHaveLength(1);
	});
});
