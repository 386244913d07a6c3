/**
 * Every page, in the light and the dark colour scheme, checked with axe-core
 * for serious and critical violations, in the states a person meets it in:
 * empty, previewing, filled.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { STUDY_PATH, tabTo, waitForCard } from './helpers';
import { PAGE_STATES } from './page-states';

const S = PAGE_STATES;
/** Each page, in the states it is checked in. */
const PAGES = [
	S.library,
	S.overview,
	S.print,
	S.editor,
	S.emptyResults,
	S.results,
	S.testReport,
	S.overviewWithTest,
	S.importPage,
	S.importPreview,
	S.shareLink,
	S.settings
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
