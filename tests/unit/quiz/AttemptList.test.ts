// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import AttemptList from '$lib/quiz/AttemptList.svelte';
import type { AttemptSummary } from '$lib/library/bank-overview.svelte';

const attempt = (id: string, extra: Partial<AttemptSummary> = {}): AttemptSummary => ({
	id,
	finishedAt: new Date(2024, 2, 5, 10, 30),
	correct: 7,
	total: 10,
	percent: 70,
	durationMs: 95_000,
	sameVersion: true,
	...extra
});

describe('AttemptList', () => {
	it('invites a first test when there is none', () => {
		render(AttemptList, { attempts: [], quizHref: '/quiz/capitals' });
		expect(screen.getByText(/No tests taken yet/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Take a test' })).toHaveAttribute('href', '/quiz/capitals');
	});

	it('lists each attempt with its score, percentage and time, in the order given', () => {
		render(AttemptList, {
			attempts: [attempt('b', { correct: 3, total: 4, percent: 75, durationMs: 42_000, student: 'Ana' }), attempt('a', { sameVersion: false })],
			quizHref: '/quiz/capitals'
		});
		const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
		expect(rows).toHaveLength(2);
		expect(rows[0]).toHaveTextContent('3/4 (75%)');
		expect(rows[0]).toHaveTextContent('42 s');
		expect(rows[0]).toHaveTextContent('Ana');
		expect(rows[1]).toHaveTextContent('7/10 (70%)');
		expect(rows[1]).toHaveTextContent('1 min 35 s');
		expect(rows[1]).toHaveTextContent('earlier version of the bank');
		expect(rows[0].querySelector('time')).toHaveAttribute('datetime', new Date(2024, 2, 5, 10, 30).toISOString());
	});

	it('says it is loading until the attempts are read', () => {
		render(AttemptList, { attempts: null, quizHref: '/quiz/capitals' });
		expect(screen.getByRole('status')).toHaveTextContent('Loading the test attempts');
	});
});
