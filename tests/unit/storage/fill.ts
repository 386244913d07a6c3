/** A database with a bit of everything in it, for the backup, snapshot and check tests. */
import { createTest, answerTest } from '$lib/core/quiz/test-mode';
import type { TestResult } from '$lib/core/quiz/results';
import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import { saveAttempt } from '$lib/storage/attempts';
import { saveBank, syncShippedBanks } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { saveMedia } from '$lib/storage/media';
import { importResults } from '$lib/storage/results';
import { setFlag } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { bank, bankOfFacts, question } from './helpers';
import { getCard } from '$lib/storage/card-reads';

export const T0 = new Date('2024-03-05T10:00:00Z');

export const shipped = bank('shipped', [question('s1', 'a'), question('s2', 'b', { type: 'truefalse', answer: false }), question('s3', 'a')], {
	source: { title: 'Article', published: '2021-02-03', text: 'Body.' }
});
export const mine = bankOfFacts('mine', 4, { description: 'My own' });

const studentResult: TestResult = {
	format: 'factdeck.result',
	version: 1,
	bankId: 'mine',
	bankHash: 'h1',
	student: 'Ana',
	startedAt: '2024-03-04T09:00:00.000Z',
	finishedAt: '2024-03-04T09:05:00.000Z',
	durationMs: 300_000,
	score: { correct: 1, total: 1 },
	answers: [{ questionId: 'q0', given: 'Answer q0', correct: true }]
};

/** Fills `d`: two banks (one shipped), answers with undo data, an attempt, a result, settings, flags and an image. */
export async function fill(d: FactdeckDB): Promise<void> {
	await syncShippedBanks([shipped], T0, d);
	await saveBank(mine, new Date(T0.getTime() + 1000), {}, d);
	const opts = { retention: 0.9, fuzz: false };
	let at = T0.getTime();
	for (const [id, q] of [
		['mine\u0000f0', 'q0'],
		['shipped\u0000a', 's1'],
		['mine\u0000f0', 'q0'],
		['shipped\u0000a', 's3']
	]) {
		at += 600_000;
		const { card, log } = answerCard((await getCard(id, d))!, 3, new Date(at), opts, q, 1500);
		await saveAnswer(card, log, d);
	}
	let test = createTest(mine, { shuffle: false, count: 2 }, () => 0, T0.getTime());
	test = answerTest(test, { kind: 'typed', text: 'a' }, T0.getTime() + 1000);
	test = answerTest(test, { kind: 'typed', text: 'b' }, T0.getTime() + 2000);
	await saveAttempt(
		{
			bankId: 'mine',
			bankHash: 'h1',
			startedAt: T0,
			finishedAt: new Date(T0.getTime() + 2000),
			score: { correct: 1, total: 2 },
			durationMs: 2000,
			state: test,
			student: 'Me'
		},
		d
	);
	await importResults('mine', [studentResult], T0, d);
	await saveSettings({ newPerDay: 7 }, d);
	await setFlag('persistRequested', true, d);
	await setFlag('lastSeen', new Date('2024-03-01T00:00:00Z'), d);
	await saveMedia('mine', [{ name: 'a.png', type: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }], d);
}
