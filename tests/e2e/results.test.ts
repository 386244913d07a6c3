import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { identify, rightAnswer, WRONG_ANSWER, type SeedQuestion } from './bank';
import { BANK_ID, tabTo } from './helpers';

interface Asked {
	question: SeedQuestion;
	correct: boolean;
	/** What the result file records as the answer; empty when self-marked. */
	given: string;
}

/** The choices on a card, without the key number drawn beside each. */
function choiceNames(card: Locator): Promise<string[]> {
	return card.locator('ol.choices button').evaluateAll((buttons) =>
		buttons.map((b) =>
			[...b.childNodes]
				.filter((n) => n.nodeName !== 'KBD')
				.map((n) => n.textContent ?? '')
				.join('')
				.trim()
		)
	);
}

/** Answers the question on screen right or wrong, knowing which it is from the seed bank. */
async function answer(page: Page, correct: boolean): Promise<Asked> {
	const card = page.locator('[data-mode]');
	const mode = await card.getAttribute('data-mode');
	const type = (await card.getAttribute('data-type')) as SeedQuestion['type'];
	const choices = mode === 'choice' ? await choiceNames(card) : [];
	const question = identify([type], await card.innerText(), choices);
	if (!question) throw new Error(`could not tell which ${type} question is on screen`);
	const right = rightAnswer(question);
	let given = '';
	if (mode === 'choice') {
		given = correct ? right : choices.find((c) => c !== right)!;
		await card.getByRole('button', { name: given, exact: true }).click();
	} else if (mode === 'truefalse') {
		given = correct === (question.answer === true) ? 'True' : 'False';
		await card.getByRole('button', { name: given, exact: true }).click();
	} else if (mode === 'typed') {
		given = correct ? right : WRONG_ANSWER;
		await card.getByLabel('Your answer').fill(given);
		await page.keyboard.press('Enter');
	} else {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: correct ? 'I was right' : 'I was wrong' }).click();
	}
	return { question, correct, given };
}

/** The student: three questions, the second answered wrong, then Export result; the saved file's path. */
async function takeTest(page: Page, student: string): Promise<{ asked: Asked[]; resultPath: string }> {
	await page.goto(`/quiz/${BANK_ID}`);
	await page.getByLabel(/Number of questions/).fill('3');
	await page.getByRole('button', { name: 'Start test' }).click();
	const asked: Asked[] = [];
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
		asked.push(await answer(page, n !== 2));
	}
	await expect(page.getByRole('heading', { name: 'Score: 2 of 3 (67%)' })).toBeVisible();
	await page.getByLabel('Your name, for your teacher').fill(student);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export result' }).click()]);
	expect(download.suggestedFilename()).toBe(`${BANK_ID}-${student.replace(/ /g, '-')}.result.json`);
	const resultPath = test.info().outputPath('result.json');
	await download.saveAs(resultPath);
	return { asked, resultPath };
}

test('a student result file comes back to the teacher, and a corrupted one is refused', async ({ page }) => {
	const { asked, resultPath } = await takeTest(page, 'Mina Park');

	// The teacher: an empty Results tab says how results arrive.
	await page.goto(`/banks/${BANK_ID}/results`);
	await expect(page.getByText('No results yet.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Open the test' })).toHaveAttribute('href', `/quiz/${BANK_ID}`);

	// The drop zone is reached with Tab and opens the file picker from the keyboard.
	const input = page.getByLabel('Add result files');
	await tabTo(page, input);
	// Pressed through the locator, which waits for focus to be on the drop zone: on a busy machine a
	// re-render right after the Tab could leave a bare key press on nothing.
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), input.press('Space')]);
	expect(chooser.isMultiple()).toBe(true);
	await chooser.setFiles(resultPath);
	await expect(page.getByRole('status').filter({ hasText: '1 file read: 1 added.' })).toBeVisible();
	await expect(page.getByText('Added: Mina Park, 2 of 3.')).toBeVisible();

	const scores = page.getByRole('table', { name: "Each student's score" });
	const row = scores.getByRole('row', { name: /Mina Park/ });
	await expect(row).toContainText('2 of 3');
	await expect(row).toContainText('67%');

	for (const { question, correct, given } of asked) {
		const stat = page.locator(`tr[data-question="${question.id}"]`);
		await expect(stat).toContainText(correct ? '1 of 1 (100%)' : '0 of 1 (0%)');
		if (!correct && given) await expect(stat).toContainText(`${given} (1)`);
	}
	// Questions nobody was asked are not counted as wrong.
	await expect(page.getByText('Not asked').first()).toBeVisible();

	// A damaged copy of the same file is refused with its exact problem; the first result stays.
	const text = await readFile(resultPath, 'utf8');
	await input.setInputFiles({ name: 'broken.result.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 60)) });
	await expect(page.getByRole('alert')).toContainText('1 file read: 0 added, 1 not added.');
	const broken = page.getByRole('listitem').filter({ hasText: 'broken.result.json' });
	await expect(broken).toContainText('Not a valid result');
	await expect(broken).toContainText(/This is not a test result: it is not JSON \(.+\)\./);
	await expect(row).toContainText('2 of 3');

	// Two files at once: the same result again (a duplicate), and one of another version of the
	// bank, which is listed apart and not counted.
	const other = { ...JSON.parse(text), bankHash: 'an0ther0version', student: 'Old Version' };
	await input.setInputFiles([
		{ name: 'again.result.json', mimeType: 'application/json', buffer: Buffer.from(text) },
		{ name: 'old.result.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) }
	]);
	await expect(page.getByRole('status').filter({ hasText: '2 files read: 1 added, 1 already imported.' })).toBeVisible();
	await expect(page.getByText('Already imported (duplicate): Mina Park, 2 of 3.')).toBeVisible();
	await expect(page.getByText('Added: Old Version, 2 of 3. It is from another version of this bank, so it is not counted.')).toBeVisible();
	const leftOut = page.getByRole('region', { name: 'Left out — not counted' });
	await expect(leftOut.getByRole('row', { name: /Old Version/ })).toContainText('2 of 3');
	await expect(leftOut.getByRole('row', { name: /Old Version/ })).toContainText('made for another version of this bank');
	await expect(scores.getByRole('row')).toHaveCount(2);
	await expect(page.locator(`tr[data-question="${asked[0].question.id}"]`)).toContainText('1 of 1 (100%)');

	// The CSV carries the counted student; results left out are listed as such.
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
	expect(csv.suggestedFilename()).toBe(`${BANK_ID}-results.csv`);
	const csvPath = test.info().outputPath('results.csv');
	await csv.saveAs(csvPath);
	const csvText = await readFile(csvPath, 'utf8');
	expect(csvText).toMatch(/\r\nMina Park,[^\r\n]*,2,3,67,\d+\r\n/);
	expect(csvText).toMatch(/\r\nLeft out,Reason\r\nOld Version,made for another version/);

	// Removing one result, and clearing all, each ask first.
	await page.getByRole('button', { name: "Remove Mina Park's result" }).click();
	const ask = page.getByRole('group', { name: "Remove Mina Park's result?" });
	await ask.getByRole('button', { name: 'Remove' }).click();
	await expect(scores).toHaveCount(0);
	await expect(page.getByText(/None of these results is counted, so there are no statistics yet/)).toBeVisible();
	await input.setInputFiles(resultPath);
	await expect(row).toContainText('2 of 3');
	await page.getByRole('button', { name: 'Clear all results' }).click();
	const clearAsk = page.getByRole('group', { name: 'Delete all 2 results of this bank? This cannot be undone.' });
	await clearAsk.getByRole('button', { name: 'Delete all' }).click();
	await expect(page.getByText('No results yet.')).toBeVisible();
	await expect(scores).toHaveCount(0);
});

test('a forged result file counts by its re-grade and is marked; the honest one is not', async ({ page }) => {
	const { asked, resultPath } = await takeTest(page, 'Mina Park');
	const honest = JSON.parse(await readFile(resultPath, 'utf8'));
	// The forger keeps the self-marked answers (nothing can check those) and claims every other answer right.
	const answers = honest.answers.map((a: { selfMarked?: boolean; correct: boolean }) => (a.selfMarked ? a : { ...a, given: 'Not the answer', correct: true }));
	const graded = answers.filter((a: { selfMarked?: boolean }) => !a.selfMarked).length;
	expect(graded, 'the test needs a question the app grades').toBeGreaterThan(0);
	const kept = answers.filter((a: { selfMarked?: boolean; correct: boolean }) => a.selfMarked && a.correct).length;
	const claimed = graded + kept;
	const forgery = { ...honest, student: 'Sly Fox', answers, score: { correct: claimed, total: 3 } };

	await page.goto(`/banks/${BANK_ID}/results`);
	await page.getByLabel('Add result files').setInputFiles([
		{ name: 'mina.result.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(honest)) },
		{ name: 'sly.result.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forgery)) }
	]);
	await expect(page.getByRole('status').filter({ hasText: '2 files read: 2 added.' })).toBeVisible();
	await expect(page.getByText(`Added: Sly Fox, ${kept} of 3 (re-graded; the file claimed ${claimed} of 3).`)).toBeVisible();
	await expect(page.getByText(/2 results counted \(1 re-graded/)).toBeVisible();

	const scores = page.getByRole('table', { name: "Each student's score" });
	const sly = scores.getByRole('row', { name: /Sly Fox/ });
	await expect(sly).toContainText(`claimed ${claimed} of 3, re-graded ${kept} of 3`);
	const mina = scores.getByRole('row', { name: /Mina Park/ });
	await expect(mina).toContainText('2 of 3');
	await expect(mina).not.toContainText('claimed');

	// Each forged answer is counted wrong in the item analysis, with the answer given.
	for (const [i, { question, correct }] of asked.entries()) {
		if (answers[i].selfMarked) continue;
		const stat = page.locator(`tr[data-question="${question.id}"]`);
		await expect(stat).toContainText(correct ? '1 of 2 (50%)' : '0 of 2 (0%)');
		await expect(stat).toContainText('Not the answer (1)');
	}

	// The CSV counts the re-grade, with the claim beside it.
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
	const csvPath = test.info().outputPath('forged.csv');
	await csv.saveAs(csvPath);
	const csvText = await readFile(csvPath, 'utf8');
	expect(csvText).toMatch(new RegExp(`\\r\\nSly Fox,[^,]*,${kept},3,${Math.round((100 * kept) / 3)},\\d+,${claimed},${graded}\\r\\n`));
	expect(csvText).toMatch(/\r\nMina Park,[^\r\n]*,2,3,67,\d+\r\n/);
});
