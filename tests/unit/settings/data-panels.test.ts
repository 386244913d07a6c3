// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import CheckPanel from '$lib/settings/CheckPanel.svelte';
import RestoreBackup from '$lib/settings/RestoreBackup.svelte';
import SnapshotsPanel from '$lib/settings/SnapshotsPanel.svelte';
import { groupProblems } from '$lib/settings/check-groups';

const summary = {
	fileName: 'factdeck-backup-2024-03-09.json',
	madeAt: new Date(2024, 2, 9, 10),
	banks: 2,
	cards: 1,
	reviews: 40,
	attempts: 1,
	results: 0,
	media: 3
};
const restoreProps = { summary: null, error: null, problems: [], undoAt: null, onchoose: vi.fn(), onconfirm: vi.fn(), oncancel: vi.fn() };

describe('RestoreBackup', () => {
	it('hands over the chosen file', async () => {
		const onchoose = vi.fn();
		render(RestoreBackup, { ...restoreProps, step: 'choose', onchoose });
		const input = screen.getByLabelText('Choose a backup file…') as HTMLInputElement;
		const file = new File(['{}'], 'b.json');
		await fireEvent.change(input, { target: { files: [file] } });
		expect(onchoose).toHaveBeenCalledWith(file);
	});

	it('lists why a file was refused', () => {
		render(RestoreBackup, {
			...restoreProps,
			step: 'choose',
			error: '"x.json" is not a backup Factdeck can restore. Nothing was changed.',
			problems: ['banks: must be a list', 'settings: must be an object']
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Nothing was changed.');
		expect(alert.querySelectorAll('li')).toHaveLength(2);
	});

	it('shows what the backup holds and warns that it replaces everything, after a snapshot', async () => {
		const onconfirm = vi.fn();
		const oncancel = vi.fn();
		render(RestoreBackup, { ...restoreProps, step: 'confirm', summary, onconfirm, oncancel });
		expect(screen.getByText(/2 banks, 1 card, 40 reviews, 1 test taken, 0 student results, 3 images/)).toBeInTheDocument();
		const group = screen.getByRole('group', { name: 'Restore this backup?' });
		expect(group).toHaveTextContent('This replaces everything on this device');
		expect(group).toHaveTextContent('takes a snapshot of what is here now, so you can undo the restore');
		expect(screen.getByRole('heading', { name: 'Restore this backup?' })).toHaveFocus();
		await fireEvent.click(screen.getByRole('button', { name: 'Replace everything with this backup' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(onconfirm).toHaveBeenCalledOnce();
		expect(oncancel).toHaveBeenCalledOnce();
	});

	it('shows progress while restoring, with no buttons to press twice', () => {
		render(RestoreBackup, { ...restoreProps, step: 'restoring', summary });
		expect(screen.getByRole('status')).toHaveTextContent('Restoring…');
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('says it is done and how to undo it', () => {
		render(RestoreBackup, { ...restoreProps, step: 'done', summary, undoAt: new Date(2024, 2, 12, 9) });
		expect(screen.getByRole('status')).toHaveTextContent(/Restored\..*restore it to undo/);
	});
});

describe('SnapshotsPanel', () => {
	const base = { confirming: null, busy: false, restored: null, error: null, onask: vi.fn(), onconfirm: vi.fn(), oncancel: vi.fn() };

	it('explains that a snapshot is taken once a day when there is none', () => {
		render(SnapshotsPanel, { ...base, items: [] });
		expect(screen.getByTestId('no-snapshots')).toHaveTextContent('One is taken automatically once a day');
	});

	it('lists snapshots with their counts and asks before restoring', async () => {
		const onask = vi.fn();
		const items = [{ id: 4, takenAt: new Date(2024, 2, 6, 10), banks: 1, cards: 20, reviews: 1 }];
		const { rerender } = render(SnapshotsPanel, { ...base, items, onask });
		expect(screen.getByRole('listitem')).toHaveTextContent('1 bank · 20 cards · 1 review');
		await fireEvent.click(screen.getByRole('button', { name: /^Restore the snapshot of / }));
		expect(onask).toHaveBeenCalledWith(4);
		await rerender({ ...base, items, confirming: 4 });
		expect(screen.getByRole('group')).toHaveTextContent('Replace everything on this device with this snapshot?');
		expect(screen.getByRole('button', { name: 'Restore this snapshot' })).toBeInTheDocument();
	});
});

describe('CheckPanel', () => {
	const base = { busy: null, error: null, oncheck: vi.fn(), onrepair: vi.fn() };

	it('says nothing before a check, and "No problems found" after a clean one', async () => {
		const { rerender } = render(CheckPanel, { ...base, outcome: { kind: 'none' }, ran: false });
		expect(screen.getByTestId('check-status')).toBeEmptyDOMElement();
		await rerender({ ...base, outcome: { kind: 'none' }, ran: true });
		expect(screen.getByTestId('check-status')).toHaveTextContent('No problems found.');
	});

	it('lists findings by group, offering Repair', async () => {
		const onrepair = vi.fn();
		const groups = groupProblems([{ kind: 'orphan-card', id: 'gone / x', detail: '' }], false);
		render(CheckPanel, { ...base, outcome: { kind: 'found', groups, count: 1 }, ran: true, onrepair });
		expect(screen.getByTestId('check-status')).toHaveTextContent('Found 1 problem.');
		expect(screen.getByRole('heading', { name: 'Left over from deleted banks' })).toBeInTheDocument();
		expect(screen.getByText('gone / x')).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Repair' }));
		expect(onrepair).toHaveBeenCalledOnce();
	});

	it('after a repair says what it did, with no second Repair', () => {
		const groups = groupProblems([{ kind: 'orphan-card', id: 'gone / x', detail: '' }], true);
		render(CheckPanel, { ...base, outcome: { kind: 'repaired', groups, count: 1 }, ran: true });
		expect(screen.getByTestId('check-status')).toHaveTextContent('Repaired 1 problem.');
		expect(screen.getByText('Deleted.')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Repair' })).toBeNull();
	});
});
