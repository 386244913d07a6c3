// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import DeleteBank from '$lib/library/DeleteBank.svelte';

const props = (extra = {}) => ({ title: 'Korean capitals', questionCount: 5, attemptCount: 2, busy: false, error: null, ondelete: vi.fn(), ...extra });

describe('DeleteBank', () => {
	it('asks first, saying what is lost, with the safe choice focused', async () => {
		const p = props();
		render(DeleteBank, p);
		await fireEvent.click(screen.getByRole('button', { name: 'Delete bank' }));
		expect(p.ondelete).not.toHaveBeenCalled();
		const confirm = screen.getByRole('group', { name: 'Delete “Korean capitals” from this device?' });
		expect(confirm).toHaveAccessibleDescription(
			/5 questions, your study progress and review history, its 2 test attempts and any imported class results are lost/
		);
		expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
	});

	it('deletes only on the second, explicit step', async () => {
		const p = props();
		render(DeleteBank, p);
		await fireEvent.click(screen.getByRole('button', { name: 'Delete bank' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
		expect(p.ondelete).toHaveBeenCalledOnce();
	});

	it('backs out with Cancel or Escape, and focus returns to the delete button', async () => {
		const p = props();
		render(DeleteBank, p);
		await fireEvent.click(screen.getByRole('button', { name: 'Delete bank' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByRole('group')).toBeNull();
		expect(screen.getByRole('button', { name: 'Delete bank' })).toHaveFocus();

		await fireEvent.click(screen.getByRole('button', { name: 'Delete bank' }));
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
		expect(screen.queryByRole('group')).toBeNull();
		expect(p.ondelete).not.toHaveBeenCalled();
	});

	it('shows a failed delete as an alert', () => {
		render(DeleteBank, props({ error: 'The bank could not be deleted, and nothing was removed: quota' }));
		expect(screen.getByRole('alert')).toHaveTextContent('nothing was removed');
	});
});
