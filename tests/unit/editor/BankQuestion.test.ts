// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import BankQuestion from '$lib/editor/BankQuestion.svelte';
import ProblemSummary from '$lib/editor/ProblemSummary.svelte';
import { newDraft, toDraft } from '$lib/core/bank/edit';
import { factOptions } from '$lib/core/bank/edit-list';
import { placeProblems } from '$lib/core/bank/edit-problems';
import type { Question } from '$lib/core/bank/schema';

const mcq: Question = {
	id: 'q-mcq',
	fact: 'xi-moon-call-date',
	type: 'mcq',
	prompt: 'When did Xi Jinping speak with <b>Moon Jae-in</b> by phone?',
	answer: 'January 26',
	choices: ['January 20', 'January 26']
};

function handlers() {
	return { onchange: vi.fn(), ontype: vi.fn(), onfact: vi.fn(), onmove: vi.fn(), ondelete: vi.fn() };
}

describe('BankQuestion', () => {
	it('is a region named by its number, with its fields filled in and text shown as text', () => {
		render(BankQuestion, { draft: toDraft(mcq, 'q0'), number: 1, count: 3, sharers: [], ...handlers() });
		const region = screen.getByRole('region', { name: 'Question 1' });
		expect(within(region).getByLabelText('Question')).toHaveValue(mcq.prompt);
		expect(within(region).getByLabelText('Answer')).toHaveValue('January 26');
		expect(within(region).getByLabelText(/^Choices/)).toHaveValue('January 20\nJanuary 26');
		expect(within(region).getByLabelText('Type')).toHaveValue('mcq');
		expect(region.querySelector('b')).toBeNull();
	});

	it('reports each change of a field, the type, a move and a delete', async () => {
		const h = handlers();
		render(BankQuestion, { draft: toDraft(mcq, 'q0'), number: 2, count: 3, sharers: [], ...h });
		await fireEvent.input(screen.getByLabelText('Question'), { target: { value: 'New prompt' } });
		expect(h.onchange).toHaveBeenCalledWith({ prompt: 'New prompt' });
		await fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'short' } });
		expect(h.ontype).toHaveBeenCalledWith('short');
		await fireEvent.click(screen.getByRole('button', { name: 'Move up' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Move down' }));
		expect(h.onmove.mock.calls).toEqual([[-1], [1]]);
		await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
		expect(h.ondelete).toHaveBeenCalledOnce();
	});

	it('closes back to the list', async () => {
		const onclose = vi.fn();
		render(BankQuestion, { draft: toDraft(mcq, 'q0'), number: 1, count: 3, sharers: [], ...handlers(), onclose });
		await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(onclose).toHaveBeenCalledOnce();
	});

	it('cannot move the first question up or the last one down', () => {
		render(BankQuestion, { draft: toDraft(mcq, 'q0'), number: 1, count: 1, sharers: [], ...handlers() });
		expect(screen.getByRole('button', { name: 'Move up' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Move down' })).toBeDisabled();
	});

	it('shows each message beside its field and ties it to the field for screen readers', () => {
		const problems = { prompt: ['prompt is empty'], choices: ['the answer "x" is not among the choices'] };
		render(BankQuestion, { draft: toDraft(mcq, 'q0'), number: 1, count: 1, sharers: [], problems, ...handlers() });
		const prompt = screen.getByLabelText('Question');
		expect(prompt).toHaveAttribute('aria-invalid', 'true');
		expect(prompt).toHaveAccessibleDescription('prompt is empty');
		expect(screen.getByLabelText(/^Choices/)).toHaveAccessibleDescription('the answer "x" is not among the choices');
		expect(screen.getByLabelText('Answer')).not.toHaveAttribute('aria-invalid');
	});

	it('says which fact a saved question keeps and who shares it', () => {
		render(BankQuestion, { draft: toDraft(mcq, 'q0'), number: 1, count: 4, sharers: [3, 4], ...handlers() });
		expect(screen.getByText(/also asked by questions 3, 4/)).toHaveTextContent(
			'The fact it tests is also asked by questions 3, 4. Edits keep its study progress.'
		);
		expect(screen.queryByLabelText('Fact it tests')).toBeNull();
		// The fact's id is internal: the learner reads which questions share it instead.
		expect(screen.queryByText(/xi-moon-call-date/)).toBeNull();
	});

	it('lets a new question pick the fact of another question', async () => {
		const h = handlers();
		const drafts = [toDraft(mcq, 'q0'), newDraft('truefalse', 'n1', new Set(['xi-moon-call-date']))];
		render(BankQuestion, { draft: drafts[1], number: 2, count: 2, sharers: [], facts: factOptions(drafts, 1), ...h });
		expect(screen.getByText('New')).toBeInTheDocument();
		expect(screen.getByLabelText('Statement')).toHaveValue('');
		expect(screen.getByLabelText('The statement is')).toHaveValue('true');
		const fact = screen.getByLabelText('Fact it tests');
		expect(fact).toHaveValue('');
		await fireEvent.change(fact, { target: { value: 'xi-moon-call-date' } });
		expect(h.onfact).toHaveBeenCalledWith('xi-moon-call-date');
	});
});

describe('ProblemSummary', () => {
	it('links every message to the field it concerns', () => {
		const problems = placeProblems(['title: title is empty', 'questions[1].prompt: prompt is empty', 'questions[1].source: end (3) is before start (5)']);
		render(ProblemSummary, { problems, keyAt: (i: number) => ['q0', 'q7'][i] });
		expect(screen.getByRole('heading', { name: '3 problems to fix before saving' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Bank title' })).toHaveAttribute('href', '#bank-title');
		expect(screen.getByRole('link', { name: 'Question 2, prompt' })).toHaveAttribute('href', '#q7-prompt');
		expect(screen.getByRole('link', { name: 'Question 2, source' })).toHaveAttribute('href', '#q7-heading');
	});

	it('opens the question a message is about before focusing its field', async () => {
		const onopen = vi.fn();
		const problems = placeProblems(['questions[1].prompt: prompt is empty']);
		render(ProblemSummary, { problems, keyAt: (i: number) => ['q0', 'q7'][i], onopen });
		await fireEvent.click(screen.getByRole('link', { name: 'Question 2, prompt' }));
		expect(onopen).toHaveBeenCalledWith(1, 'q7-prompt');
	});

	it('lists the first hundred messages and says how many more there are', () => {
		const problems = placeProblems(Array.from({ length: 250 }, (_, i) => `questions[${i}].prompt: prompt is empty`));
		render(ProblemSummary, { problems, keyAt: (i: number) => `k${i}` });
		expect(screen.getByRole('heading', { name: '250 problems to fix before saving' })).toBeInTheDocument();
		expect(screen.getAllByRole('listitem')).toHaveLength(100);
		expect(screen.getByText('The first 100 are listed; 150 more show as you fix these.')).toBeInTheDocument();
	});

	it('shows nothing when there is nothing to fix', () => {
		const { container } = render(ProblemSummary, { problems: [], keyAt: () => undefined });
		expect(container.textContent?.trim()).toBe('');
	});
});
