/**
 * Every page, in the light and the dark colour scheme, checked with axe-core
 * for serious and critical violations, in the states a person meets it in:
 * empty, previewing, filled.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeBankLink } from '$lib/core/share/link';
import { smallBank } from '../unit/core/share/fixtures';
import { BANK_ID, bankEntry, STUDY_PATH, tabTo, waitForCard } from './helpers';
import { exportedResult } from './result-file';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated, not added as a <script>: the app's CSP rightly blocks inline scripts.
	await page.evaluate(AXE);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const results = await axe.run(document, { resultTypes: ['violations'] });
		return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const BANK = `/banks/${BANK_ID}`;
const CSV = 'front,back\nCapital of France,Paris\nCapital of Spain,Madrid\n';

/** Each page, opened and waited for in the state it is checked in. */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
	{
		name: 'the library',
		open: async (page) => {
			await page.goto('/');
			await expect(bankEntry(page)).toBeVisible();
		}
	},
	{
		name: 'the bank overview',
		open: async (page) => {
			await page.goto(BANK);
			await expect(page.getByRole('link', { name: 'Study', exact: true })).toBeVisible();
		}
	},
	{
		name: 'the print sheet',
		open: async (page) => {
			await page.goto(`${BANK}/print`);
			await expect(page.getByLabel('Include the answer key')).toBeChecked();
		}
	},
	{
		name: 'the bank editor',
		open: async (page) => {
			await page.goto(`${BANK}/edit`);
			// The list, with its first question open for editing.
			await page.getByRole('button', { name: /^Question 1\b/ }).click({ timeout: 30_000 });
			await expect(page.getByRole('region', { name: 'Question 1', exact: true })).toBeVisible();
		}
	},
	{
		name: 'the empty Results tab',
		open: async (page) => {
			await page.goto(`${BANK}/results`);
			await expect(page.getByText('No results yet.')).toBeVisible();
		}
	},
	{
		name: 'the Results tab with a result',
		open: async (page) => {
			const text = await exportedResult(page);
			await page.goto(`${BANK}/results`);
			await page.getByLabel('Add result files').setInputFiles({ name: 'mina.result.json', mimeType: 'application/json', buffer: Buffer.from(text) });
			await expect(page.getByRole('table', { name: "Each student's score" })).toBeVisible();
		}
	},
	{
		name: 'a test report',
		open: async (page) => {
			await exportedResult(page);
			await expect(page.locator('ol.items > li')).toHaveCount(1);
		}
	},
	{
		name: 'the bank overview with a test taken',
		open: async (page) => {
			await exportedResult(page);
			await page.goto(BANK);
			await expect(page.getByRole('link', { name: 'Study', exact: true })).toBeVisible();
			await expect(page.getByRole('cell', { name: '0/1 (0%)' })).toBeVisible();
		}
	},
	{
		name: 'the import page',
		open: async (page) => {
			await page.goto('/import');
			await expect(page.getByRole('heading', { name: 'What you can import' })).toBeVisible();
		}
	},
	{
		name: 'the import preview',
		open: async (page) => {
			await page.goto('/import');
			await page.getByLabel('Choose a file to import').setInputFiles({ name: 'capitals.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
			await expect(page.getByTestId('question-count')).toHaveText('2');
		}
	},
	{
		name: 'a share link preview',
		open: async (page) => {
			await page.goto(encodeBankLink({ ...smallBank(), id: 'shared-a11y' }, ''));
			await expect(page.getByRole('button', { name: 'Add to my library' })).toBeVisible();
		}
	},
	{
		name: 'the settings',
		open: async (page) => {
			await page.goto('/settings');
			await expect(page.getByRole('heading', { name: 'Studying' })).toBeVisible();
		}
	}
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} colour scheme`, () => {
		test.use({ colorScheme });

		for (const { name, open } of PAGES) {
			test(`${name} has no serious or critical accessibility violation`, async ({ page }) => {
				await open(page);
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
				expect(await seriousViolations(page)).toEqual([]);
			});
		}

		test('the study page has no serious or critical accessibility violation, before and after an answer', async ({ page }) => {
			await page.goto(STUDY_PATH);
			const { kind } = await waitForCard(page);
			expect(await seriousViolations(page)).toEqual([]);

			// Answer without going on, so the feedback and the rating buttons are checked too.
			if (kind === 'reveal') await page.keyboard.press('Space');
			else if (kind === 'choice') await page.keyboard.press('1');
			else if (kind === 'truefalse') await page.keyboard.press('t');
			else if (kind === 'typed') {
				await tabTo(page, page.getByRole('textbox', { name: 'Your answer' }));
				await page.keyboard.type('an answer');
				await page.keyboard.press('Enter');
			}
			await expect(page.getByRole('button', { name: 'Again', exact: true })).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
		});
	});
}
