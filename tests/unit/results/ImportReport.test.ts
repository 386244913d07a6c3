// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import ImportReport from '$lib/results/ImportReport.svelte';
import type { FileOutcome } from '$lib/results/class-results.svelte';

describe('ImportReport', () => {
	it('reports each file with what happened, and sums up quietly when all went in', () => {
		const outcomes: FileOutcome[] = [
			{ name: 'ana.json', kind: 'added', message: 'Added: Ana, 5 of 5.' },
			{ name: 'ana-2.json', kind: 'duplicate', message: 'Already imported (duplicate): Ana, 5 of 5.' }
		];
		render(ImportReport, { outcomes });
		expect(screen.getByRole('status')).toHaveTextContent('2 files read: 1 added, 1 already imported.');
		expect(screen.queryByRole('alert')).toBeNull();
		const items = screen.getAllByRole('listitem');
		expect(within(items[0]).getByText('ana.json')).toBeInTheDocument();
		expect(items[0]).toHaveTextContent('Added: Ana, 5 of 5.');
		expect(items[1]).toHaveTextContent('Already imported');
	});

	it('raises an alert naming the problem of each file not added', () => {
		const outcomes: FileOutcome[] = [
			{ name: 'ok.json', kind: 'added', message: 'Added: Ben, 3 of 5.' },
			{ name: 'broken.json', kind: 'invalid', message: 'This is not a test result: it is not JSON (Unexpected end).' },
			{ name: '<b>x</b>.json', kind: 'other-bank', message: 'This result is for another bank ("geo"), not this one.' }
		];
		const { container } = render(ImportReport, { outcomes });
		expect(screen.getByRole('alert')).toHaveTextContent('3 files read: 1 added, 2 not added.');
		const broken = screen.getByText('broken.json').closest('li')!;
		expect(broken).toHaveClass('problem');
		expect(broken).toHaveTextContent('Not a valid result');
		expect(broken).toHaveTextContent('This is not a test result: it is not JSON (Unexpected end).');
		expect(screen.getByText('<b>x</b>.json')).toBeInTheDocument();
		expect(container.querySelector('b')).toBeNull();
	});
});
