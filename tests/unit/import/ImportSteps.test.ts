// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import FileDrop from '$lib/ui/FileDrop.svelte';
import ImportProgress from '$lib/import/ImportProgress.svelte';
import ImportSteps from '$lib/import/ImportSteps.svelte';
import type { Bank } from '$lib/core/bank/schema';

const bank: Bank = {
	format: 'factdeck.bank',
	version: 1,
	id: 'moon',
	title: 'Moon landing',
	description: 'First steps on the Moon',
	source: { title: 'Apollo 11', publisher: 'NASA', published: '1969-07-21' },
	questions: [
		{ id: 'a', fact: 'f1', type: 'mcq', prompt: 'Who?', answer: 'Armstrong', choices: ['Armstrong', 'Aldrin'] },
		{ id: 'b', fact: 'f1', type: 'mcq', prompt: 'Who second?', answer: 'Aldrin', choices: ['Armstrong', 'Aldrin'] },
		{ id: 'c', fact: 'f2', type: 'truefalse', prompt: 'It was 1969.', answer: true }
	]
};

function steps(extra: Record<string, unknown> = {}) {
	const h = { onconfirm: vi.fn(), onchoose: vi.fn(), oncancel: vi.fn(), onrestart: vi.fn() };
	render(ImportSteps, {
		phase: 'preview',
		incoming: {
			bank,
			warnings: [{ line: 4, message: 'numerical question imported as text' }],
			unsupported: [{ line: 9, kind: 'essay', message: 'essay questions have no answer to check' }],
			media: new Map([['a.png', new Uint8Array([1])]])
		},
		formatLabel: 'Moodle GIFT',
		title: bank.title,
		clash: null,
		progress: { done: 0, total: 0 },
		error: null,
		importedId: null,
		confirmLabel: 'Import 3 questions',
		doneHeading: 'Imported 3 questions',
		restartLabel: 'Import another file',
		...h,
		...extra
	});
	return h;
}

describe('ImportSteps', () => {
	it('previews the bank: format, counts per type, source, images, and every note with its line', async () => {
		const h = steps();
		expect(screen.getByRole('heading', { name: 'Moon landing' })).toHaveFocus();
		expect(screen.getByText('First steps on the Moon')).toBeInTheDocument();
		expect(screen.getByText('Moodle GIFT')).toBeInTheDocument();
		expect(screen.getByTestId('question-count')).toHaveTextContent('3');
		expect(screen.getByText('2 multiple choice, 1 true or false')).toBeInTheDocument();
		expect(screen.getByText('Apollo 11')).toBeInTheDocument();
		expect(screen.getByText(/NASA · 1969-07-21/)).toBeInTheDocument();
		expect(within(screen.getByTestId('warnings')).getByText('line 4: numerical question imported as text')).toBeInTheDocument();
		expect(within(screen.getByTestId('unsupported')).getByText(/line 9: essay questions have no answer to check/)).toBeInTheDocument();
		expect(screen.getByText('Images').nextElementSibling).toHaveTextContent('1');
		expect(screen.getByLabelText('Bank title')).toHaveValue('Moon landing');
		await fireEvent.click(screen.getByRole('button', { name: 'Import 3 questions' }));
		expect(h.onconfirm).toHaveBeenCalledOnce();
	});

	it('shows the questions themselves, with their type in plain words and their problems beside them', () => {
		steps({
			incoming: {
				bank,
				warnings: [{ line: 3, message: 'the answer "Aldrin" is not among the choices; it was added as one' }],
				unsupported: [],
				media: new Map(),
				origins: [{ line: 2 }, { line: 3 }, { line: 4 }]
			}
		});
		const items = within(screen.getByTestId('question-sample'))
			.getAllByRole('listitem')
			.filter((li) => li.parentElement === screen.getByTestId('question-sample'));
		expect(items.map((li) => li.querySelector('.type')?.textContent)).toEqual(['Multiple choice', 'Multiple choice', 'True or false']);
		expect(items[0]).toHaveTextContent('Who?');
		expect(within(items[0]).getByRole('list', { name: 'Choices' })).toHaveTextContent(/Armstrong, the answer/);
		expect(within(items[0]).queryByRole('list', { name: 'Problems' })).toBeNull();
		expect(within(items[1]).getByRole('list', { name: 'Problems' })).toHaveTextContent('Problem: the answer "Aldrin" is not among the choices');
		expect(items[2]).toHaveTextContent('Answer: True');
	});

	it('offers no import for a bank with no question, and says why', () => {
		steps({
			incoming: {
				bank: { ...bank, questions: [] },
				warnings: [],
				unsupported: [{ record: 1, kind: 'empty', message: 'note 1 (Basic): the back is empty' }],
				media: new Map()
			}
		});
		expect(screen.getByRole('alert')).toHaveTextContent('Nothing can be imported');
		expect(screen.queryByRole('button', { name: /^Import 3/ })).toBeNull();
		expect(screen.queryByLabelText('Bank title')).toBeNull();
		expect(screen.getByText(/note 1 \(Basic\): the back is empty/)).toBeInTheDocument();
	});

	it('links to the new bank once imported', () => {
		steps({ phase: 'done', importedId: 'moon-2' });
		expect(screen.getByRole('heading', { name: 'Imported 3 questions' })).toHaveFocus();
		expect(screen.getByRole('link', { name: 'Study now' })).toHaveAttribute('href', '/study/moon-2');
		expect(screen.getByRole('link', { name: 'Open bank' })).toHaveAttribute('href', '/banks/moon-2');
	});

	it('after a replace that took a snapshot, says where to undo it', () => {
		steps({ phase: 'done', importedId: 'moon', snapshotTaken: true });
		expect(screen.getByTestId('snapshot-taken')).toHaveTextContent('A snapshot of your library was taken first');
		expect(screen.getByRole('link', { name: 'Settings › Snapshots' })).toHaveAttribute('href', '/settings#snapshots-h');
	});

	it('shows an error as an alert', () => {
		steps({ error: 'Nothing was imported: disk full' });
		expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported: disk full');
	});
});

describe('ImportProgress', () => {
	it('is a progressbar whose value is the share written', () => {
		render(ImportProgress, { done: 30, total: 120, label: 'Adding…' });
		const bar = screen.getByRole('progressbar', { name: 'Adding…' });
		expect(bar).toHaveAttribute('aria-valuenow', '25');
		expect(screen.getByRole('status')).toHaveTextContent('30 of 120 records written');
	});

	it('shows a read in its own words, with the time left once it can tell', async () => {
		vi.spyOn(performance, 'now').mockReturnValue(1_000);
		const view = render(ImportProgress, { done: 0, total: 0, label: 'Reading big.csv…', counted: '2,000 records read', waiting: 'Reading…' });
		expect(screen.getByRole('status')).toHaveTextContent('Reading…');
		vi.spyOn(performance, 'now').mockReturnValue(11_000);
		await view.rerender({ done: 25, total: 100, label: 'Reading big.csv…', counted: '2,000 records read', waiting: 'Reading…' });
		expect(screen.getByRole('status')).toHaveTextContent('2,000 records read · about 30 s left');
		vi.restoreAllMocks();
	});
});

describe('FileDrop', () => {
	it('hands over a picked file and a dropped one', async () => {
		const onfile = vi.fn();
		render(FileDrop, { label: 'Choose a file to import', accept: '.csv', onfile });
		const picked = new File(['a,b'], 'picked.csv');
		await fireEvent.change(screen.getByLabelText('Choose a file to import'), { target: { files: [picked] } });
		const dropped = new File(['a,b'], 'dropped.csv');
		await fireEvent.drop(screen.getByRole('group'), { dataTransfer: { files: [dropped], types: ['Files'] } });
		expect(onfile.mock.calls.map(([f]) => f.name)).toEqual(['picked.csv', 'dropped.csv']);
	});
});
