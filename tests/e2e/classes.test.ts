/**
 * A class, end to end: a teacher (driven through the API) makes a class and
 * assigns a study bank and a test; three students join from the join page in
 * browsers of their own (two make student accounts, one signs in with an
 * account it has), see the work in their libraries, and take the test; one
 * submits offline and its attempt goes out when it is back online. The
 * teacher's results follow, and the CSV export holds one row per student.
 */
import { expect, request, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../src/server/start';
import { CLASS_BANK } from '../fixtures/class-bank';
import { waitForOfflineReady } from './helpers';
import { newDevice, PASSWORD } from './sync';

let server: RunningServer;
test.beforeAll(async () => {
	server = await startServer({ dir: 'build', port: 0 });
});
test.afterAll(() => server?.close());

/** The test's three answers, as a student gives them on the page. */
interface Answers {
	capital: string;
	tokyo: 'True' | 'False';
	china: string;
}

/** An API client with a cookie of its own; fails the test on any refusal. */
async function api(base: string) {
	const client: APIRequestContext = await request.newContext({ baseURL: base });
	const call = async <T>(method: 'get' | 'post', path: string, data?: unknown): Promise<T> => {
		const response = await client[method](`/api${path}`, data === undefined ? {} : { data });
		expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
		const type = response.headers()['content-type'] ?? '';
		return (type.includes('json') ? await response.json() : await response.text()) as T;
	};
	return { client, call };
}

/** Opens the join link and makes a student account; returns the login the page shows to write down. */
async function joinAsNewStudent(page: Page, code: string, name: string): Promise<string> {
	await page.goto(`/join/${code}`);
	await expect(page.getByRole('heading', { name: /^Join 7B/ })).toBeVisible();
	await expect(page.getByText('Teacher: mslee')).toBeVisible();
	await page.getByLabel('Your name, as your teacher will see it').fill(name);
	await page.getByLabel('Choose a password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account and join' }).click();
	await expect(page.getByRole('heading', { name: /^You joined 7B/ })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('your teacher can reset it')).toBeVisible();
	return (await page.locator('.login strong').innerText()).trim();
}

/** Waits for the library to show the class work, then opens the test and answers it, up to the Submit button. */
async function answerTest(page: Page, answers: Answers): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Class tests' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('From class 7B').first()).toBeVisible();
	await page.getByRole('link', { name: 'Take test' }).click();
	await page.getByRole('button', { name: 'Start the test' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await page.getByRole('button', { name: answers.capital }).click();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	// The keyboard answers as on the study page: T or F.
	await page.keyboard.press(answers.tokyo === 'True' ? 't' : 'f');
	await expect(page.getByText('Question 3 of 3')).toBeVisible();
	await page.getByLabel('Your answer').fill(answers.china);
	await page.getByLabel('Your answer').press('Enter');
	await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
}

async function student(browser: Browser) {
	return newDevice(browser, server);
}

test('a teacher and three students: join, assign, answer (one offline), results and the CSV follow', async ({ browser }) => {
	test.setTimeout(180_000);
	const teacher = await api(server.url);
	await teacher.call('post', '/accounts', { login: 'mslee', password: PASSWORD });
	const klass = await teacher.call<{ id: string; joinCode: string }>('post', '/classes', { name: '7B' });
	await teacher.call('post', `/classes/${klass.id}/assignments`, { kind: 'study', bank: CLASS_BANK, title: 'Capitals to learn', settings: {} });
	const quiz = await teacher.call<{ id: string }>('post', `/classes/${klass.id}/assignments`, {
		kind: 'test',
		bank: CLASS_BANK,
		title: 'Capitals quiz',
		settings: { questionIds: ['q1', 'q2', 'q3'], order: 'fixed', attemptsAllowed: 1, showAnswers: 'after', closesAt: Date.now() + 7 * 24 * 3600_000 }
	});

	// A wrong code: the server's sentence, and a field to type another.
	const ana = await student(browser);
	await ana.page.goto('/join/ABCDEFGHJK');
	await expect(ana.page.getByRole('alert')).toHaveText('That code is wrong or has expired.');
	await expect(ana.page.getByRole('textbox', { name: 'Join code' })).toHaveValue('ABCDEFGHJK');

	const anaLogin = await joinAsNewStudent(ana.page, klass.joinCode, 'Ana Kim');
	expect(anaLogin).not.toBe('');
	const ben = await student(browser);
	await joinAsNewStudent(ben.page, klass.joinCode, 'Ben Cho');

	// Cleo has an account already: she signs in on the join page, then joins.
	const cleoAccount = await api(server.url);
	await cleoAccount.call('post', '/accounts', { login: 'cleo', password: PASSWORD });
	const cleo = await student(browser);
	await cleo.page.goto(`/join/${klass.joinCode}`);
	await cleo.page.getByLabel('I have an account').check();
	await cleo.page.getByLabel('Username or email').fill('cleo');
	await cleo.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await cleo.page.getByRole('button', { name: 'Sign in and join' }).click();
	await expect(cleo.page.getByRole('heading', { name: /^You joined 7B/ })).toBeVisible({ timeout: 20_000 });

	const { members } = await teacher.call<{ members: { name: string; role: string }[] }>('get', `/classes/${klass.id}`);
	expect(
		members
			.filter((m) => m.role === 'student')
			.map((m) => m.name)
			.sort()
	).toEqual(['Ana Kim', 'Ben Cho', 'cleo']);

	// Ana and Ben answer online: Ana all right, Ben one wrong.
	await answerTest(ana.page, { capital: 'Seoul', tokyo: 'True', china: 'Beijing' });
	await ana.page.getByRole('button', { name: 'Submit' }).click();
	await expect(ana.page.getByText('Score: 3 of 3')).toBeVisible({ timeout: 20_000 });
	await answerTest(ben.page, { capital: 'Busan', tokyo: 'True', china: 'Beijing' });
	await ben.page.getByRole('button', { name: 'Submit' }).click();
	await expect(ben.page.getByText('Score: 2 of 3')).toBeVisible({ timeout: 20_000 });
	// Shown after: Ben's wrong answer comes back with the right one.
	await expect(ben.page.getByText('Answer: Seoul')).toBeVisible();

	// Cleo answers with the network gone: the attempt waits on her device.
	await answerTest(cleo.page, { capital: 'Seoul', tokyo: 'False', china: 'Beijing' });
	await waitForOfflineReady(cleo.page);
	await cleo.context.setOffline(true);
	await cleo.page.getByRole('button', { name: 'Submit' }).click();
	await expect(cleo.page.getByText('Sent when you are back online')).toBeVisible();

	type Results = { students: { name: string; done: boolean; best: number | null }[] };
	const results = () => teacher.call<Results>('get', `/assignments/${quiz.id}/results`);
	const done = (r: Results) =>
		r.students
			.filter((s) => s.done)
			.map((s) => `${s.name} ${s.best}`)
			.sort();
	expect(done(await results())).toEqual(['Ana Kim 3', 'Ben Cho 2']);

	// Back online: the next sync sends it, the result shows on her device and the teacher's results update.
	await cleo.context.setOffline(false);
	await expect(cleo.page.getByText('Score: 2 of 3')).toBeVisible({ timeout: 30_000 });
	await expect.poll(async () => done(await results()), { timeout: 20_000 }).toHaveLength(3);

	const csv = await teacher.call<string>('get', `/assignments/${quiz.id}/results.csv`);
	const lines = csv.trim().split(/\r?\n/);
	expect(lines).toHaveLength(4);
	expect(lines[0]).toMatch(/^Student,Done,Best score/);
	expect(lines.filter((l) => /^"?Ana Kim"?,yes,3,/.test(l))).toHaveLength(1);
	expect(lines.filter((l) => /^"?Ben Cho"?,yes,2,/.test(l))).toHaveLength(1);
	expect(lines.filter((l) => /,yes,2,/.test(l))).toHaveLength(2);

	for (const device of [ana, ben, cleo]) await device.context.close();
	await teacher.client.dispose();
	await cleoAccount.client.dispose();
});
