import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { isFirstUse } from '$lib/storage/first-use';
import { bankOfFacts, closeAll, freshDb, local } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);

describe('isFirstUse', () => {
	it('is true for an empty library and for one holding only shipped banks', async () => {
		const d = freshDb();
		expect(await isFirstUse(d)).toBe(true);
		await saveBank(bankOfFacts('sample', 3), T0, { shipped: true }, d);
		expect(await isFirstUse(d)).toBe(true);
	});

	it('is false once the learner has answered a card', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('sample', 3), T0, { shipped: true }, d);
		const card = (await getCard('sample\u0000f0', d))!;
		const { card: next, log } = answerCard(card, 3, T0, { retention: 0.9, fuzz: false }, 'q0', 100);
		await saveAnswer(next, log, d);
		expect(await isFirstUse(d)).toBe(false);
	});

	it('is false once the learner has a bank of their own', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('sample', 3), T0, { shipped: true }, d);
		await saveBank(bankOfFacts('mine', 2), T0, {}, d);
		expect(await isFirstUse(d)).toBe(false);
	});
});
