// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import UpdateBanner from '$lib/app/UpdateBanner.svelte';

describe('UpdateBanner', () => {
	it('says nothing while no new version waits', () => {
		render(UpdateBanner, { ready: false, onreload: vi.fn() });
		expect(screen.getByRole('status')).toBeEmptyDOMElement();
		expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
	});

	it('announces a new version in a status region and reloads on request', async () => {
		const onreload = vi.fn();
		render(UpdateBanner, { ready: true, onreload });
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('A new version is ready');
		const button = screen.getByRole('button', { name: 'Reload' });
		expect(status).toContainElement(button);
		await fireEvent.click(button);
		expect(onreload).toHaveBeenCalledTimes(1);
	});

	it('is reachable by keyboard: a real button, not a clickable span', () => {
		render(UpdateBanner, { ready: true, onreload: vi.fn() });
		const button = screen.getByRole('button', { name: 'Reload' });
		expect(button.tagName).toBe('BUTTON');
		button.focus();
		expect(button).toHaveFocus();
	});
});
