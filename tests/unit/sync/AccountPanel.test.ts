// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AccountPanel from '$lib/sync/AccountPanel.svelte';
import { createApp } from '../../../src/server/http/app';
import { resetAppDb } from '../storage/app-db';

// The real app answers this origin's /api, as when `npm start` serves both. No request here reaches the
// database (the health check and a form the app refuses before sending), so none is opened: PGlite
// cannot start under jsdom. Signing in through this panel is in tests/e2e/sync-devices.test.ts.
const app = createApp({ db: null as never });
const realFetch = globalThis.fetch;
let requests: string[] = [];
beforeAll(async () => {
	globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		requests.push(String(input));
		return app.request(String(input), init);
	}) as typeof fetch;
	await resetAppDb();
});
afterAll(() => {
	globalThis.fetch = realFetch;
});

describe('the account panel, signed out', () => {
	test('finds the server here, and shows each form error by its field, named for screen readers, focus on the first', async () => {
		render(AccountPanel);
		expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeVisible();
		expect(requests).toEqual(['/api/health']);
		const login = screen.getByLabelText('Username or email');
		await fireEvent.click(screen.getByRole('button', { name: 'New here? Create an account' }));
		expect(screen.getByRole('heading', { name: 'Create an account' })).toBeVisible();
		expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At least 8 characters/);

		requests = [];
		await fireEvent.input(login, { target: { value: 'x y' } });
		await fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'short' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
		const error = await screen.findByText(/username of 3–40/);
		expect(login).toHaveAttribute('aria-invalid', 'true');
		expect(login).toHaveAccessibleDescription(error.textContent!);
		expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/at least 8 characters\./);
		expect(login).toHaveFocus();
		expect(requests).toEqual([]);
	});
});
