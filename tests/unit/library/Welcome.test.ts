// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import Welcome from '$lib/library/Welcome.svelte';
import { SAMPLE_BANK_ID } from '$lib/library/shipped';

describe('Welcome', () => {
	it('says what Factdeck is in two lines and offers the three ways in', () => {
		render(Welcome, { sampleId: SAMPLE_BANK_ID });
		const welcome = screen.getByRole('region', { name: 'Welcome to Factdeck' });
		expect(welcome.querySelectorAll('p')).toHaveLength(2);
		expect(screen.getByRole('link', { name: 'Study the sample' })).toHaveAttribute('href', `/study/${SAMPLE_BANK_ID}`);
		expect(screen.getByRole('link', { name: 'Make a bank from an article' })).toHaveAttribute('href', '/create');
		expect(screen.getByRole('link', { name: 'Import a file' })).toHaveAttribute('href', '/import');
	});

	it('leaves the sample out when it is no longer in the library', () => {
		render(Welcome, { sampleId: null });
		expect(screen.queryByRole('link', { name: 'Study the sample' })).toBeNull();
		expect(screen.getAllByRole('link')).toHaveLength(2);
	});

	it('offers a sample that ships with the app', () => {
		const bank = JSON.parse(readFileSync(`questions/${SAMPLE_BANK_ID}.json`, 'utf8')) as { id: string };
		expect(bank.id).toBe(SAMPLE_BANK_ID);
	});
});
