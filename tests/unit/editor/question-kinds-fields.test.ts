// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import BankQuestion from '$lib/editor/BankQuestion.svelte';
import { toDraft } from '$lib/core/bank/edit';
import { bank } from '../core/quiz/new-kinds';

const handlers = () => ({ onchange: vi.fn(), ontype: vi.fn(), onfact: vi.fn(), onmove: vi.fn(), ondelete: vi.fn() });

describe('the fields of choose all that apply, matching and number questions', () => {
	it.each([
		[0, /^Choices \(one per line, \* before each right one\)/, '33.33333% Blue\n-100% Green\n33.33333% White\n33.33333% Red'],
		[1, /^Pairs/, 'Cat → Meow\nDog → Woof\n→ Moo'],
		[2, /^Accepted numbers/, '1815\n1815 ± 5 50%']
	])('question %i shows its key as lines to edit, and asks no answer', (i, label, text) => {
		render(BankQuestion, { draft: toDraft(bank.questions[i], 'q0'), number: 1, count: 3, sharers: [], ...handlers() });
		const region = screen.getByRole('region', { name: 'Question 1' });
		expect(within(region).getByLabelText(label)).toHaveValue(text);
		expect(within(region).queryByLabelText('Answer')).toBeNull();
	});

	it('reports an edit of the pairs as a change of that field', async () => {
		const h = handlers();
		render(BankQuestion, { draft: toDraft(bank.questions[1], 'q0'), number: 1, count: 1, sharers: [], ...h });
		await fireEvent.input(screen.getByLabelText(/^Pairs/), { target: { value: 'Cat -> Meow' } });
		expect(h.onchange).toHaveBeenCalledWith({ pairs: 'Cat -> Meow' });
	});
});
