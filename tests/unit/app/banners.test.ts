// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import BackupReminder from '$lib/settings/BackupReminder.svelte';
import OutOfSpaceBanner from '$lib/app/OutOfSpaceBanner.svelte';
import StorageUnavailable from '$lib/app/StorageUnavailable.svelte';
import UpdateBanner from '$lib/app/UpdateBanner.svelte';
import { TROUBLE_MESSAGES } from '$lib/app/storage-trouble.svelte';

describe('BackupReminder', () => {
	it('says the data may be cleared and offers Back up and Not now', async () => {
		const onbackup = vi.fn();
		const ondismiss = vi.fn();
		render(BackupReminder, { busy: false, error: null, onbackup, ondismiss });
		const banner = screen.getByRole('status', { name: 'Backup reminder' });
		expect(banner).toHaveTextContent("Your browser may clear Factdeck's data when space runs low. Download a backup.");
		await fireEvent.click(screen.getByRole('button', { name: 'Back up' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
		expect(onbackup).toHaveBeenCalledOnce();
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	it('shows the backup under way, and why it failed', () => {
		render(BackupReminder, { busy: true, error: 'The backup could not be made: no space', onbackup: vi.fn(), ondismiss: vi.fn() });
		expect(screen.getByRole('button', { name: 'Backing up…' })).toBeDisabled();
		expect(screen.getByRole('status')).toHaveTextContent('The backup could not be made: no space');
	});
});

describe('OutOfSpaceBanner', () => {
	it('alerts that nothing was half-written, and can be dismissed', async () => {
		const ondismiss = vi.fn();
		render(OutOfSpaceBanner, { message: TROUBLE_MESSAGES.full, ondismiss });
		const alert = screen.getByRole('alert', { name: 'Out of space' });
		expect(alert).toHaveTextContent('Your device is out of space for Factdeck. Nothing was half-written');
		expect(alert).toHaveTextContent('Free some space');
		await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(ondismiss).toHaveBeenCalledOnce();
	});
});

describe('StorageUnavailable', () => {
	it('says storage is refused, what it means and what to try, with the technical reason', async () => {
		const onreload = vi.fn();
		render(StorageUnavailable, { reason: 'IndexedDB is not available in this window.', onreload });
		const alert = screen.getByRole('alert');
		expect(screen.getByRole('heading', { level: 1, name: 'This browser does not let Factdeck store data' })).toBeInTheDocument();
		expect(alert).toHaveTextContent('nothing can be loaded or saved here');
		expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
			'Open Factdeck in a normal (not private) window.',
			"In the browser's settings, allow this site to store data (cookies and site data).",
			'Or use another browser.'
		]);
		expect(alert).toHaveTextContent('Technical detail: IndexedDB is not available in this window.');
		await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
		expect(onreload).toHaveBeenCalledOnce();
	});
});

describe('UpdateBanner for an update in another tab', () => {
	it('says so in its status region, with Reload', async () => {
		const onreload = vi.fn();
		render(UpdateBanner, { ready: true, message: TROUBLE_MESSAGES.closed, onreload });
		expect(screen.getByRole('status')).toHaveTextContent('Factdeck was updated in another tab. Reload to continue.');
		await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
		expect(onreload).toHaveBeenCalledOnce();
	});
});
