/**
 * A teacher runs a class in the browser: signs up, creates a class, shows its
 * code and QR code, assigns a bank as a test and to study; a student in a
 * browser of their own joins with the code and submits the test, and the
 * teacher's results change without a reload; the CSV holds the student's row,
 * the print shows only the results, and axe finds nothing serious.
 * A server of the file's own, PGlite in memory.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../src/server/start';
import { seriousViolations } from './axe';
import { BANK_ID } from './bank';
import { enter, newDevice, PASSWORD } from './sync';

let server: RunningServer;
test.beforeAll(async () => {
	server = await startServer({ dir: 'build', port: 0 });
});
test.afterAll(() => server?.close());

/** A call of the API from the page, as the app makes it (same origin, the page's cookie); resolves with status and body. */
function api(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
	return page.evaluate(
		async ({ method, path, body }) => {
			const response = await fetch(`/api${path}`, {
				method,
				headers: body === undefined ? undefined : { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
			const text = await response.text();
			return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
		},
		{ method, path, body }
	);
}

/** No serious accessibility violation, in the light and the dark scheme. */
async function accessible(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await seriousViolations(page), colorScheme).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

test('a teacher makes a class, assigns a test and a bank to study, and sees a student’s attempt come in', async ({ browser }) => {
	test.setTimeout(120_000);
	const teacher = await newDevice(browser, server);
	const page = teacher.page;

	// Signed out, the header has no Classes link and the page says where to sign in.
	await page.goto('/classes');
	await expect(page.getByTestId('classes-signed-out')).toContainText('Sign in to see your classes');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes' })).toHaveCount(0);

	await enter(page, 'ms-okafor', true);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes' }).click();
	await expect(page.getByRole('heading', { name: 'Classes', level: 1 })).toBeVisible();
	await expect(page.getByText('No classes yet.')).toBeVisible();
	await accessible(page);

	await page.getByLabel('New class name').fill('7B Geography');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('heading', { name: '7B Geography', level: 1 })).toBeVisible();
	const code = (await page.getByTestId('join-code').innerText()).replace('-', '');
	expect(code).toMatch(/^[2-9A-Z]{10}$/);
	await expect(page.getByTestId('join-link')).toHaveText(new URL(`/join/${code}`, server.url).href);
	await expect(page.getByRole('img', { name: 'QR code of the link to join the class' })).toBeVisible();

	// A test of three questions in a fixed order, two attempts, then the same bank to study by a date.
	const assign = page.getByRole('form', { name: 'Assign a bank' });
	await assign.getByLabel('Bank').selectOption(BANK_ID);
	await assign.getByLabel('Title (optional)').fill('Quiz 1');
	await assign.getByLabel('Number of questions').fill('3');
	await assign.getByLabel('The same order for everyone').check();
	await assign.getByLabel('Attempts allowed').fill('2');
	await assign.getByRole('button', { name: 'Assign the test' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Assigned Quiz 1.' })).toBeVisible();
	await assign.getByLabel('To study').check();
	await assign.getByLabel('All cards seen by (optional)').fill('2030-06-14');
	await assign.getByRole('button', { name: 'Assign to study' }).click();
	const quiz = page.locator('[data-assignment="Quiz 1"]');
	await expect(quiz).toContainText('3 questions, in a fixed order');
	await expect(page.locator('li.assignment')).toHaveCount(2);

	// A student joins in a browser of their own, with the code, and makes a student account there.
	const student = await newDevice(browser, server);
	await student.page.goto('/');
	const joined = await api(student.page, 'POST', `/join/${code}/student`, { displayName: 'Ana', password: PASSWORD });
	expect(joined.status).toBe(201);
	await page.reload();
	await expect(page.locator('tr[data-member="Ana"]')).toContainText('Student');

	// The teacher watches the test's results; the page is not loaded again from here on.
	await quiz.getByText('Results').click();
	const anaRow = quiz.locator('tr[data-student="Ana"]');
	await expect(anaRow).toContainText('Not yet');
	await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

	const assignments = (await api(student.page, 'GET', '/assignments')).json as { id: string; title: string }[];
	const test1 = assignments.find((a) => a.title === 'Quiz 1');
	expect(test1).toBeDefined();
	const paper = (await api(student.page, 'GET', `/assignments/${test1!.id}/bank`)).json as { questions: { id: string }[] };
	expect(paper.questions).toHaveLength(3);
	const now = Date.now();
	const submitted = await api(student.page, 'POST', `/assignments/${test1!.id}/attempts`, {
		id: 'ana-attempt-1',
		startedAt: now - 90_000,
		finishedAt: now,
		answers: paper.questions.map((q) => ({ questionId: q.id, given: null }))
	});
	expect(submitted.status).toBe(201);

	// Within one 15 s refresh, the row says done, with the score of 3.
	await expect(anaRow).toContainText('Yes', { timeout: 25_000 });
	await expect(anaRow.getByTestId('best-score')).toHaveText('0 of 3');
	expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
	await expect(quiz.getByRole('region', { name: 'Attempts and average score, day by day' })).toBeVisible();
	await accessible(page);

	// The CSV download holds Ana's row.
	const download = page.waitForEvent('download');
	await quiz.getByRole('link', { name: 'Download CSV' }).click();
	const csv = readFileSync((await (await download).path())!, 'utf8');
	expect(csv.split(/\r?\n/)[0]).toMatch(/^Student,Done,Best score/);
	expect(csv).toMatch(/^Ana,yes,0,0,3,90,1,/m);

	// Printed, only the results: no header, no form, not the other assignment.
	// The print dialog itself is the browser's: stubbed, so the test sees the page as it is sent to print.
	await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', '')));
	await quiz.getByRole('button', { name: 'Print' }).click();
	await expect(page.locator('body[data-printed]')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.getByRole('form', { name: 'Assign a bank' })).toBeHidden();
	await expect(anaRow).toBeVisible();
	await expect(page.locator('li.assignment').filter({ hasNotText: 'Quiz 1' })).toBeHidden();
	await page.emulateMedia({ media: null });

	// Delete the study assignment; the list of classes shows the class with its one student.
	const study = page.locator('li.assignment').filter({ hasNotText: 'Quiz 1' });
	await study.getByRole('button', { name: /^Delete / }).click();
	await study.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.locator('li.assignment')).toHaveCount(1);
	await page.getByRole('link', { name: 'All classes' }).click();
	await expect(page.getByRole('list', { name: 'Classes you teach' })).toContainText('1 student');
	await accessible(page);

	await teacher.context.close();
	await student.context.close();
});
