// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import SiteHeader from '$lib/app/SiteHeader.svelte';
import { noteSignedIn } from '$lib/sync/hint';

const links = [
	{ href: '/', label: 'Library' },
	{ href: '/classes', label: 'Classes', signedIn: true },
	{ href: '/settings', label: 'Settings' }
];

describe("the header's Classes link", () => {
	test('shows only while someone is signed in on this device, and follows a sign-in and a sign-out', () => {
		render(SiteHeader, { links });
		const nav = () => screen.getAllByRole('link').map((a) => a.textContent);
		expect(nav()).toEqual(['Factdeck', 'Library', 'Settings']);
		noteSignedIn(true);
		flushSync();
		expect(nav()).toEqual(['Factdeck', 'Library', 'Classes', 'Settings']);
		noteSignedIn(false);
		flushSync();
		expect(nav()).toEqual(['Factdeck', 'Library', 'Settings']);
	});
});
