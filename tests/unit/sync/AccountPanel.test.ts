// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AccountPanel from '$lib/sync/AccountPanel.svelte';
import { resetAppDb } from '../storage/app-db';
import { startTestServer, type TestServer } from './server';

let server: TestServer;
const realFetch = globalThis.fetch;
beforeAll(async () => {
	server = await startTestServer();
	// The app's own origin is the server, as when `npm start` serves both.
	globalThis.fetch = server.device().fetch;
	await resetAppDb();
});
afterAll(async () => {
	globalThis.fetch = realFetch;
	await server.close();
});

describe('the account panel', () => {
	test('signed out: a sign-in form whose errors sit by their fields, named for screen readers, focus on the first', async () => {
		render(AccountPanel);
		expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeVisible();
		const login = screen.getByLabelText('Username or email');
		await fireEvent.input(login, { target: { value: 'x' } });
		await fireEvent.click(screen.getByRole('button', { name: 'New here? Create an account' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
		const error = await screen.findByText(/username of 3–40/);
		expect(login).toHaveAttribute('aria-invalid', 'true');
		expect(login.getAttribute('aria-describedby')).toContain(error.id);
		expect(login).toHaveFocus();
		expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At least 8 characters/);

		await fireEvent.input(login, { target: { value: 'panel-user' } });
		await fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'a long enough password' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
		expect(await screen.findByText('Nothing on this device to send; nothing new from your account.')).toBeVisible();
		expect(screen.getByTestId('account-login')).toHaveTextContent('panel-user');
		expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
		expect(screen.getByRole('button', { name: 'Download my data' })).toBeEnabled();
	});
});
