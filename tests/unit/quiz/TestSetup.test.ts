// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import TestSetup from '$lib/quiz/TestSetup.svelte';
import type { Bank } from '$lib/core/bank/schema';
import { smallBank } from '../core/share/fixtures';

vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));

function setup(bank: Bank) {
	const onstart = vi.fn();
	render(TestSetup, { bank, onstart });
	return onstart;
}

describe('TestSetup', () => {
	it('offers one question per fact, and says flashcards are left out', () => {
		setup(smallBank());
		expect(screen.getByLabelText('Number of questions (of 2)')).toBeTruthy();
		expect(screen.getByText(/1 question is left out: a test marks itself, and flashcards can only be marked by you\./)).toBeTruthy();
	});

	it('says what to do instead when the bank holds only flashcards', () => {
		setup({ ...smallBank(), questions: [smallBank().questions[0]] });
		expect(screen.queryByRole('button', { name: 'Start test' })).toBeNull();
		expect(screen.getByText(/no question a test can mark/)).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Study this bank' })).toHaveAttribute('href', '/study/capitals');
	});

	it('fixes a class test from picked questions, leaving out a second question on a fact, and starts exactly it', async () => {
		const onstart = setup(smallBank());
		await fireEvent.click(screen.getByLabelText('Questions I pick'));
		for (const id of ['q-2', 'q-3', 'q-5']) {
			const box = screen.getAllByRole('checkbox').find((el) => (el as HTMLInputElement).value === id)!;
			await fireEvent.click(box);
		}
		expect(screen.getByTestId('class-test-summary').textContent).toBe('The test: 2 questions, in a fixed order, no time limit.');
		expect(screen.getByText(/1 picked question is left out: another question on the same fact is in the test\./)).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Take it yourself' }));
		expect(onstart).toHaveBeenCalledWith({ questionIds: ['q-2', 'q-5'], count: 2, shuffle: false });
	});
});
