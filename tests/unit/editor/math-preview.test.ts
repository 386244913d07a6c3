// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/svelte';
import BankQuestion from '$lib/editor/BankQuestion.svelte';
import { toDraft } from '$lib/core/bank/edit';
import type { Question } from '$lib/core/bank/schema';

const handlers = () => ({ onchange: vi.fn(), ontype: vi.fn(), onfact: vi.fn(), onmove: vi.fn(), ondelete: vi.fn() });

const question: Question = {
	id: 'q-root',
	fact: 'root',
	type: 'mcq',
	prompt: 'Solve \\(x^2 = 4\\) for positive x.',
	answer: '2',
	choices: ['[$]2[/$]', '-2'],
	explanation: 'Take the square root of both sides.'
};

const previews = (region: HTMLElement) => within(region).queryAllByRole('group', { name: 'Preview' });

describe('the editor previews formulas as they are typed', () => {
	it('typesets the fields that hold a formula, and shows no preview under the others', async () => {
		render(BankQuestion, { draft: toDraft(question, 'q0'), number: 1, count: 1, sharers: [], ...handlers() });
		const region = screen.getByRole('region', { name: 'Question 1' });
		// The question and the choices have formulas; the answer and the explanation have none.
		await waitFor(() => expect(region.querySelectorAll('.preview math')).toHaveLength(2));
		expect(previews(region)).toHaveLength(2);
		const [prompt, choices] = previews(region);
		expect(prompt.querySelector('math')?.textContent).toContain('x');
		expect(prompt).toHaveTextContent(/^Preview.*Solve .* for positive x\.$/);
		expect(choices).toHaveTextContent('-2');
		// The LaTeX source is in the field, never in the preview.
		expect(prompt.textContent).not.toContain('\\(');
	});

	it('follows the field: a formula typed in shows, one taken out goes', async () => {
		const h = handlers();
		const { rerender } = render(BankQuestion, { draft: toDraft({ ...question, choices: ['2', '-2'] }, 'q0'), number: 1, count: 1, sharers: [], ...h });
		const region = screen.getByRole('region', { name: 'Question 1' });
		await waitFor(() => expect(previews(region)).toHaveLength(1));

		await rerender({ draft: toDraft({ ...question, prompt: 'Solve it.', choices: ['2', '-2'], explanation: 'Since $$2^2 = 4$$.' }, 'q0') });
		await waitFor(() => expect(region.querySelectorAll('.preview math')).toHaveLength(1));
		expect(previews(region)[0]).toHaveTextContent(/Since .*\.$/);
		expect(within(region).getByLabelText('Question')).toHaveValue('Solve it.');
	});

	it('shows a script inside a formula as text, never as an element', async () => {
		const hostile = { ...question, prompt: '\\(\\text{<img src=x onerror=alert(1)>}\\) <script>alert(2)</script>', choices: ['2', '-2'] };
		render(BankQuestion, { draft: toDraft(hostile, 'q0'), number: 1, count: 1, sharers: [], ...handlers() });
		const region = screen.getByRole('region', { name: 'Question 1' });
		await waitFor(() => expect(region.querySelectorAll('.preview math')).toHaveLength(1));
		expect(region.querySelector('.preview img, .preview script')).toBeNull();
	});
});
