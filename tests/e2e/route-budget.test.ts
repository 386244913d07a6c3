/**
 * The route budget: the library and study pages load at most 80 KB of gzipped
 * JavaScript before they show anything. Measured on the build the browser
 * tests run against, with the same counting `npm run size` prints; the
 * browser half checks that this counting matches what Chromium fetches.
 */
import { expect, test } from '@playwright/test';
import { measureRoutes, totalBytes } from '../../scripts/route-budget.js';
import { STUDY_PATH } from './helpers';

const BUDGET_KB = 80;

/** The budgeted routes: their id in SvelteKit's route table and a URL that opens them. */
const BUDGETED = [
	{ id: '/', path: '/' },
	{ id: '/study/[[bank]]', path: STUDY_PATH }
];

/** SvelteKit's client fetches the error page (node 1) as it starts, without waiting for it. */
const ERROR_PAGE = /^_app\/immutable\/nodes\/1\.[^/]*\.js$/;

const routes = measureRoutes();

/** The build's files for one route id; fails the test when the route is gone. */
function routeFiles(id: string) {
	const route = routes.find((r) => r.id === id);
	if (!route) throw new Error(`route ${id} is not in the build; routes: ${routes.map((r) => r.id).join(', ')}`);
	return route;
}

test(`the library and study pages load at most ${BUDGET_KB} KB of gzipped JS before first paint`, () => {
	const sizes = BUDGETED.map(({ id }) => ({ id, kb: totalBytes(routeFiles(id).eager, 'gzip') / 1024 }));
	const measured = sizes.map(({ id, kb }) => `${id} ${kb.toFixed(1)} KB`).join(', ');
	for (const { id, kb } of sizes) {
		expect(kb, `${id} is over the ${BUDGET_KB} KB budget (gzipped JS before first paint: ${measured})`).toBeLessThanOrEqual(BUDGET_KB);
	}
});

test.describe('the counted files are the ones Chromium fetches', () => {
	// Without the service worker every chunk comes from the network, where the test sees and holds it.
	test.use({ serviceWorkers: 'block' });

	for (const { id, path } of BUDGETED) {
		test(`${id}: shows with only its counted files, and fetches nothing uncounted`, async ({ page }) => {
			const { eager, lazy } = routeFiles(id);
			const counted = new Set(eager.map((f) => f.file));
			const later = new Set(lazy.map((f) => f.file));
			const fetched = new Set<string>();
			// Every file outside the count is held back until the page has painted its heading: if
			// the page needed one of them to show, it would not show, and the count would be too small.
			// (Its data may still be loading then: the shipped banks are stored by code loaded once idle.)
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				const file = new URL(route.request().url()).pathname.slice(1);
				fetched.add(file);
				if (!counted.has(file)) await held;
				await route.continue().catch(() => {});
			});

			await page.goto(path);
			await expect(page.locator('main h1'), 'the page paints its heading with only its counted files').toBeVisible();
			const before = [...fetched];
			release();

			const missing = [...counted].filter((file) => !fetched.has(file));
			expect(missing, 'counted before first paint, yet never fetched').toEqual([]);
			const uncounted = before.filter((file) => !counted.has(file) && !later.has(file) && !ERROR_PAGE.test(file));
			expect(uncounted, 'fetched by the page, yet neither counted nor behind its import()').toEqual([]);
		});
	}
});
