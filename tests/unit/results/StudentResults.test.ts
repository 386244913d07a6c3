// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import StudentResults from '$lib/results/StudentResults.svelte';
import type { ResultEntry } from '$lib/results/class-results.svelte';

const entry = (student: string, correct: number, durationMs: number): ResultEntry => ({
	key: `bank\u0000${student}`,
	student,
	startedAt: '2021-02-03T09:00:00.000Z',
	finishedAt: '2021-02-03T09:01:05.000Z',
	correct,
	total: 5,
	percent: Math.round((100 * correct) / 5),
	durationMs,
	claimed: null
});

describe('StudentResults', () => {
	it('lists name, score, percent, time taken and finish date under its caption', () => {
		render(StudentResults, { caption: "Each student's score", entries: [entry('Ana', 4, 65_000)], onremove: vi.fn() });
		const table = screen.getByRole('table', { name: "Each student's score" });
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((th) => th.textContent)
		).toEqual(['Student', 'Score', '%', 'Time taken', 'Finished', 'Remove']);
		const row = screen.getByRole('row', { name: /Ana/ });
		expect(within(row).getByRole('rowheader')).toHaveTextContent('Ana');
		expect(row).toHaveTextContent('4 of 5');
		expect(row).toHaveTextContent('80%');
		expect(row).toHaveTextContent('1 min 5 s');
		expect(row.querySelector('time')).toHaveAttribute('datetime', '2021-02-03T09:01:05.000Z');
		expect(row.querySelector('time')!.textContent).toMatch(/2021/);
	});

	it('marks a result whose file claims another score, with both scores; an honest one is not marked', () => {
		const forged = { ...entry('Mal', 2, 1000), claimed: { correct: 5, differing: 3 } };
		render(StudentResults, { caption: 'Scores', entries: [forged, entry('Ana', 4, 1000)], onremove: vi.fn() });
		const row = screen.getByRole('row', { name: /Mal/ });
		expect(row).toHaveTextContent('2 of 5');
		expect(row).toHaveTextContent('claimed 5 of 5, re-graded 2 of 5 (3 answers differ)');
		expect(row).toHaveClass('regraded');
		const honest = screen.getByRole('row', { name: /Ana/ });
		expect(honest).not.toHaveTextContent(/claimed|re-graded/);
		expect(honest).not.toHaveClass('regraded');
	});

	it('says why a result is left out, when it is', () => {
		const left = { ...entry('Old', 5, 1000), reason: 'made for another version of this bank' };
		render(StudentResults, { caption: 'Left out', entries: [left], onremove: vi.fn() });
		expect(screen.getByRole('rowheader')).toHaveTextContent('Old made for another version of this bank');
	});

	it('removes a result only once the teacher confirms', async () => {
		const onremove = vi.fn();
		render(StudentResults, { caption: 'Scores', entries: [entry('Ana', 4, 1000), entry('Ben', 2, 1000)], onremove });
		await fireEvent.click(screen.getByRole('button', { name: "Remove Ben's result" }));
		expect(onremove).not.toHaveBeenCalled();
		const ask = screen.getByRole('group', { name: "Remove Ben's result?" });
		await fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
		expect(onremove).not.toHaveBeenCalled();
		expect(screen.getByRole('button', { name: "Remove Ben's result" })).toHaveFocus();

		await fireEvent.click(screen.getByRole('button', { name: "Remove Ben's result" }));
		const confirm = within(screen.getByRole('group', { name: "Remove Ben's result?" })).getByRole('button', { name: 'Remove' });
		expect(confirm).toHaveFocus();
		await fireEvent.click(confirm);
		expect(onremove).toHaveBeenCalledWith('bank\u0000Ben');
	});

	it('backs out of the question with Escape', async () => {
		const onremove = vi.fn();
		render(StudentResults, { caption: 'Scores', entries: [entry('Ana', 4, 1000)], onremove });
		await fireEvent.click(screen.getByRole('button', { name: "Remove Ana's result" }));
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Remove' }), { key: 'Escape' });
		expect(screen.queryByRole('group')).toBeNull();
		expect(onremove).not.toHaveBeenCalled();
	});
});
