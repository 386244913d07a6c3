/**
 * Every page at a small phone's width (360 × 740), in the state people meet it
 * in, scrolls only up and down: nothing is wider than the screen. When a page
 * is too wide, the test names the element that sticks out the furthest.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeBankLink } from '$lib/core/share/link';
import { smallBank } from '../unit/core/share/fixtures';
import { studyOneCard } from './imported';
import { HAS_BROWSE, PAGE_STATES } from './page-states';

test.use({ viewport: { width: 360, height: 740 } });

/** How much wider than the screen the page is, and which element reaches furthest right. */
async function overflow(page: Page): Promise<{ excess: number; widest: string }> {
	return page.evaluate(() => {
		const excess = document.documentElement.scrollWidth - innerWidth;
		let widest = '';
		let right = innerWidth;
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.right <= right) continue;
			right = box.right;
			const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
			widest = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}> right edge ${Math.round(box.right)}px: "${text}"`;
		}
		return { excess, widest };
	});
}

/** Every page in every state the browser tests know; the card browser once the tree has it. */
const PAGES = Object.values(PAGE_STATES).filter((state) => HAS_BROWSE || state !== PAGE_STATES.browse);

for (const { name, open } of PAGES) {
	test(`${name} fits a 360 px wide screen`, async ({ page }) => {
		await open(page);
		const { excess, widest } = await overflow(page);
		expect(excess, `${name} is ${excess}px too wide; widest: ${widest}`).toBeLessThanOrEqual(0);
	});
}

test('the menu opens and closes from the keyboard on a phone', async ({ page }) => {
	await page.goto('/');
	const menu = page.getByRole('button', { name: 'Menu' });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('link', { name: 'Settings', exact: true })).toBeHidden();

	await menu.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Library', exact: true })).toBeFocused();
	expect((await overflow(page)).excess).toBeLessThanOrEqual(0);

	// Escape closes it and gives focus back to the button.
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(menu).toBeFocused();

	// Following a link closes it too.
	await page.keyboard.press('Enter');
	await page.getByRole('link', { name: 'Settings', exact: true }).click();
	await expect(page).toHaveURL(/\/settings$/);
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('a bank with long unbroken words in its title and questions still fits, in the library, its pages and study', async ({ page }) => {
	const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller';
	const bank = smallBank();
	bank.questions[0].prompt = `What is a ${long}?`;
	await page.goto(encodeBankLink({ ...bank, id: 'long-words', title: `The ${long} and https://example.org/a/very/long/path/without/any/break/at/all` }, ''));
	await page.getByRole('button', { name: 'Add to my library' }).click();
	await expect(page.getByRole('heading', { name: /^Added .* to your library$/ })).toBeVisible();
	for (const path of ['/', '/banks/long-words', '/banks/long-words/edit', '/banks/long-words/print']) {
		await page.goto(path);
		await expect(page.getByText(long).first()).toBeVisible();
		const { excess, widest } = await overflow(page);
		expect(excess, `${path} is ${excess}px too wide; widest: ${widest}`).toBeLessThanOrEqual(0);
	}
	// Its two cards on the study page: the first, then the next once the first is answered.
	const card = page.locator('[data-mode]');
	await page.goto('/study/long-words');
	for (const step of ['first card', 'second card']) {
		await expect(card).toBeVisible();
		const { excess, widest } = await overflow(page);
		expect(excess, `the ${step} is ${excess}px too wide; widest: ${widest}`).toBeLessThanOrEqual(0);
		if (step === 'first card') await studyOneCard(page, 'long-words');
	}
});
