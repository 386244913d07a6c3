import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import { listBankSummaries, saveBank } from '$lib/storage/banks';
import { gatherQueue } from '$lib/storage/queue-lists';
import { getCard } from '$lib/storage/card-reads';
import { bank, bankOfFacts, closeAll, freshDb, local, question, setCard, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const NOW = local(2024, 3, 5, 10);

describe('listBankSummaries', () => {
	it('counts due and new per bank for a mix of states, sorted by title', async () => {
		const d = freshDb();
		await saveBank(
			bankOfFacts('zeta', 10, { title: 'Alpha', description: 'First', source: { publisher: 'P', published: '2021-02-03', text: 'long' } }),
			T0,
			{},
			d
		);
		await saveBank(bank('beta', [question('1', 'x'), question('2', 'x'), question('3', 'y')], { title: 'Beta' }), T0, {}, d);
		const s = settings({ newPerDay: 3, learnAheadMinutes: 20, dayStartHour: 4 });
		await setCard(d, 'zeta', 'f0', 1, local(2024, 3, 5, 9)); // learning due
		await setCard(d, 'zeta', 'f1', 3, local(2024, 3, 5, 10, 10)); // relearning, within learn-ahead
		await setCard(d, 'zeta', 'f2', 1, local(2024, 3, 5, 12)); // learning, later
		await setCard(d, 'zeta', 'f3', 2, local(2024, 3, 5, 23)); // review due today
		await setCard(d, 'zeta', 'f4', 2, local(2024, 3, 9)); // review, later
		const card = (await getCard('zeta\u0000f5', d))!;
		const { card: next, log } = answerCard(card, 3, local(2024, 3, 5, 8), { retention: 0.9, fuzz: false }, 'q5', 100);
		await saveAnswer(next, log, d); // introduced today, now learning, due at 08:10 -> due

		const list = await listBankSummaries(NOW, s, d);
		expect(list.map((b) => b.id)).toEqual(['zeta', 'beta']);
		expect(list[0]).toStrictEqual({
			id: 'zeta',
			title: 'Alpha',
			description: 'First',
			source: { publisher: 'P', published: '2021-02-03' },
			questionCount: 10,
			factCount: 10,
			due: 4,
			new: 2,
			cardCount: 10
		});
		expect(list[1]).toStrictEqual({ id: 'beta', title: 'Beta', questionCount: 3, factCount: 2, due: 0, new: 2, cardCount: 2 });

		// The library and the study queue agree on what is due and new.
		for (const summary of list) {
			const q = await gatherQueue({ bankId: summary.id }, NOW, s, d);
			expect(q.learning.length + q.reviews.length).toBe(summary.due);
			expect(q.fresh.length).toBe(summary.new);
		}
	});

	it('caps new at the cards left, and is empty with no banks', async () => {
		const d = freshDb();
		expect(await listBankSummaries(NOW, settings(), d)).toEqual([]);
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		expect((await listBankSummaries(NOW, settings({ newPerDay: 20 }), d))[0].new).toBe(2);
	});
});
