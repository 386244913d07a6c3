// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import QuestionStats from '$lib/results/QuestionStats.svelte';
import type { QuestionStat } from '$lib/core/quiz/results';

function stat(number: number, correct: number, answered: number, commonWrong: QuestionStat['commonWrong'] = []): QuestionStat {
	return {
		questionId: `q-${number}`,
		number,
		prompt: `Prompt ${number}`,
		answer: `Answer ${number}`,
		answered,
		correct,
		shareCorrect: answered ? correct / answered : null,
		commonWrong
	};
}

const STATS = [stat(1, 2, 2), stat(2, 1, 3, [{ answer: 'Busan', count: 2 }]), stat(3, 0, 0), stat(4, 1, 2, [{ answer: 'Tokyo', count: 1 }])];
const rowNumbers = () => screen.getAllByRole('rowheader').map((th) => th.textContent);

describe('QuestionStats', () => {
	it('is a captioned table with column and row headers', () => {
		render(QuestionStats, { stats: STATS });
		const table = screen.getByRole('table', { name: /Per question/ });
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((th) => th.textContent)
		).toEqual(['No.', 'Question', 'Correct', 'Most common wrong answers']);
		expect(rowNumbers()).toEqual(['1', '2', '3', '4']);
	});

	it('shows the share correct as "x of y (z%)", a bar, and the wrong answers with counts', () => {
		const { container } = render(QuestionStats, { stats: STATS });
		const row = container.querySelector('tr[data-question="q-2"]') as HTMLElement;
		expect(row).toHaveTextContent('Prompt 2');
		expect(row).toHaveTextContent('Answer: Answer 2');
		expect(row).toHaveTextContent('1 of 3 (33%)');
		expect(row.querySelector<HTMLElement>('.bar span')!.style.width).toBe('33%');
		expect(row).toHaveTextContent('Busan (2)');
		const unasked = container.querySelector('tr[data-question="q-3"]') as HTMLElement;
		expect(unasked).toHaveTextContent('Not asked');
		expect(unasked.querySelector('.bar')).toBeNull();
		expect(container.querySelector('tr[data-question="q-1"]')).toHaveTextContent('2 of 2 (100%) None');
	});

	it('sorts hardest first on request, unasked questions last', async () => {
		render(QuestionStats, { stats: STATS });
		await fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'hardest' } });
		expect(rowNumbers()).toEqual(['2', '4', '1', '3']);
		await fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'bank' } });
		expect(rowNumbers()).toEqual(['1', '2', '3', '4']);
	});

	it('shows prompts and answers as text, never as markup', () => {
		const hostile = { ...stat(1, 0, 1, [{ answer: '<img src=x onerror=alert(1)>', count: 1 }]), prompt: '<script>x()</script>Who?' };
		const { container } = render(QuestionStats, { stats: [hostile] });
		expect(container.querySelector('img, script')).toBeNull();
		expect(screen.getByText('<script>x()</script>Who?')).toBeInTheDocument();
	});
});
