/**
 * Each page of the app, opened and waited for in a state people meet it in
 * (empty, previewing, filled), for the tests that check every page: the
 * accessibility scan and the phone-width walk pick from this one list.
 */
import { expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeBankLink } from '$lib/core/share/link';
import { smallBank } from '../unit/core/share/fixtures';
import { BANK_ID, bankEntry, STUDY_PATH, waitForCard } from './helpers';
import { exportedResult } from './result-file';

/** A page in one state: what to call it, and how to get there. */
export interface PageState {
	name: string;
	open: (page: Page) => Promise<void>;
}

const BANK = `/banks/${BANK_ID}`;
const CSV = 'front,back\nCapital of France,Paris\nCapital of Spain,Madrid\n';
const ARTICLE = fileURLToPath(new URL('../fixtures/articles/chandrayaan-3-2023.txt', import.meta.url));

/** The states, by a short key. */
export const PAGE_STATES = {
	library: {
		name: 'the library',
		open: async (page) => {
			await page.goto('/');
			await expect(bankEntry(page)).toBeVisible();
		}
	},
	overview: {
		name: 'the bank overview',
		open: async (page) => {
			await page.goto(BANK);
			await expect(page.getByRole('link', { name: 'Study', exact: true })).toBeVisible();
		}
	},
	print: {
		name: 'the print sheet',
		open: async (page) => {
			await page.goto(`${BANK}/print`);
			await expect(page.getByLabel('Include the answer key')).toBeChecked();
		}
	},
	editor: {
		name: 'the bank editor',
		open: async (page) => {
			await page.goto(`${BANK}/edit`);
			// The list, with its first question open for editing.
			await page.getByRole('button', { name: /^Question 1\b/ }).click({ timeout: 30_000 });
			await expect(page.getByRole('region', { name: 'Question 1', exact: true })).toBeVisible();
		}
	},
	emptyResults: {
		name: 'the empty Results tab',
		open: async (page) => {
			await page.goto(`${BANK}/results`);
			await expect(page.getByText('No results yet.')).toBeVisible();
		}
	},
	results: {
		name: 'the Results tab with a result',
		open: async (page) => {
			const text = await exportedResult(page);
			await page.goto(`${BANK}/results`);
			await page.getByLabel('Add result files').setInputFiles({ name: 'mina.result.json', mimeType: 'application/json', buffer: Buffer.from(text) });
			await expect(page.getByRole('table', { name: "Each student's score" })).toBeVisible();
		}
	},
	testSetup: {
		name: 'the test setup',
		open: async (page) => {
			await page.goto(`/quiz/${BANK_ID}`);
			await expect(page.getByRole('button', { name: 'Start test' })).toBeVisible();
		}
	},
	testReport: {
		name: 'a test report',
		open: async (page) => {
			await exportedResult(page);
			await expect(page.locator('ol.items > li')).toHaveCount(1);
		}
	},
	overviewWithTest: {
		name: 'the bank overview with a test taken',
		open: async (page) => {
			await exportedResult(page);
			await page.goto(BANK);
			await expect(page.getByRole('link', { name: 'Study', exact: true })).toBeVisible();
			await expect(page.getByRole('cell', { name: '0/1 (0%)' })).toBeVisible();
		}
	},
	createReview: {
		name: 'the create page with a generated review',
		open: async (page) => {
			await page.goto('/create');
			await page.getByLabel('Open a file (.txt, .md, .html)').setInputFiles(ARTICLE);
			await expect(page.getByLabel('Article text')).not.toHaveValue('');
			await page.getByLabel('Title').fill('Chandrayaan-3 review');
			await page.getByRole('button', { name: 'Generate questions' }).click();
			await expect(page.getByRole('heading', { name: /^Review \d+ questions on \d+ facts$/ })).toBeVisible({ timeout: 30_000 });
		}
	},
	importPage: {
		name: 'the import page',
		open: async (page) => {
			await page.goto('/import');
			await expect(page.getByRole('heading', { name: 'What you can import' })).toBeVisible();
		}
	},
	importPreview: {
		name: 'the import preview',
		open: async (page) => {
			await page.goto('/import');
			await page.getByLabel('Choose a file to import').setInputFiles({ name: 'capitals.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
			await expect(page.getByTestId('question-count')).toHaveText('2');
		}
	},
	shareLink: {
		name: 'a share link preview',
		open: async (page) => {
			await page.goto(encodeBankLink({ ...smallBank(), id: 'shared-page' }, ''));
			await expect(page.getByRole('button', { name: 'Add to my library' })).toBeVisible();
		}
	},
	settings: {
		name: 'the settings',
		open: async (page) => {
			await page.goto('/settings');
			await expect(page.getByRole('heading', { name: 'Studying' })).toBeVisible();
		}
	},
	study: {
		name: 'the study page with a card shown',
		open: async (page) => {
			await page.goto(STUDY_PATH);
			expect((await waitForCard(page)).kind).not.toBe('done');
		}
	},
	// Only where HAS_BROWSE says the tree has it.
	browse: {
		name: 'the card browser',
		open: async (page) => {
			await page.goto('/browse');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
	}
} satisfies Record<string, PageState>;

/** Whether the tree has the card browser (added by another part of the work). */
export const HAS_BROWSE = existsSync('src/routes/browse');
