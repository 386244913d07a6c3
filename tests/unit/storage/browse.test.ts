import { getBank, saveBank } from '$lib/storage/banks';
import { deleteQuestions, loadBrowseRows, moveQuestions, setSuspended, tagQuestions } from '$lib/storage/browse';
import { countTables } from '$lib/storage/counts';
import { countBank } from '$lib/storage/counting';
import type { FactdeckDB } from '$lib/storage/db';
import { bank, bankOfFacts, closeAll, freshDb, local, question, setCard } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const LATER = local(2024, 3, 2, 12);
const id = (b: string, fact: string) => `${b}\u0000${fact}`;

async function seeded() {
	const d = freshDb();
	await saveBank(
		bank('a', [question('q0', 'f0', { tags: ['x'] }), question('q1', 'f0', { type: 'truefalse', answer: true }), question('q2', 'f1')]),
		T0,
		{},
		d
	);
	await saveBank(bankOfFacts('b', 2), T0, {}, d);
	await setCard(d, 'a', 'f0', 2, local(2024, 3, 5));
	return d;
}

/** Every stored counts row matches a count from the indexes. */
async function expectCountsInStep(d: FactdeckDB) {
	for (const row of await d.bankCounts.toArray()) {
		expect(row).toEqual(await d.transaction('r', countTables(d), () => countBank(d, row.bankId)));
	}
}

describe('loadBrowseRows', () => {
	it('joins every question with its bank and card', async () => {
		const d = await seeded();
		await setSuspended([id('a', 'f1')], true, d);
		const rows = await loadBrowseRows(undefined, d);
		expect(rows).toHaveLength(5);
		expect(rows.find((r) => r.questionId === 'q1' && r.bankId === 'a')).toMatchObject({
			bankTitle: 'Bank a',
			answer: 'True',
			type: 'truefalse',
			state: 2,
			due: local(2024, 3, 5).getTime(),
			suspended: false,
			cardId: id('a', 'f0'),
			position: 1
		});
		expect(rows.find((r) => r.questionId === 'q2')).toMatchObject({ suspended: true, state: 0, tags: [] });
		expect((await loadBrowseRows(['b'], d)).map((r) => r.questionId)).toEqual(['q0', 'q1']);
	});
});

describe('bulk actions', () => {
	it('tag and untag questions, making the bank the learner’s own', async () => {
		const d = await seeded();
		await saveBank(bankOfFacts('s', 1), T0, { shipped: true }, d);
		const refs = [
			{ bankId: 'a', questionId: 'q0' },
			{ bankId: 'a', questionId: 'q2' },
			{ bankId: 's', questionId: 'q0' }
		];
		expect(await tagQuestions(refs, 'x', true, LATER, d)).toBe(3);
		expect((await getBank('a', d))!.questions.map((q) => q.tags)).toEqual([['x'], undefined, ['x']]);
		expect((await d.banks.get('s'))!.shipped).toBe(false);
		expect(await tagQuestions(refs, 'x', false, LATER, d)).toBe(3);
		expect((await getBank('a', d))!.questions.every((q) => q.tags === undefined)).toBe(true);
		expect((await d.banks.get('a'))!.updatedAt).toEqual(LATER);
	});

	it('delete questions, and a card once its fact has none left', async () => {
		const d = await seeded();
		expect(await deleteQuestions([{ bankId: 'a', questionId: 'q0' }], LATER, d)).toBe(1);
		expect(await getCard(id('a', 'f0'), d)).toBeDefined();
		expect(
			await deleteQuestions(
				[
					{ bankId: 'a', questionId: 'q1' },
					{ bankId: 'a', questionId: 'gone' }
				],
				LATER,
				d
			)
		).toBe(1);
		expect(await getCard(id('a', 'f0'), d)).toBeUndefined();
		expect((await getBank('a', d))!.questions.map((q) => q.id)).toEqual(['q2']);
		expect((await d.banks.get('a'))!.questionCount).toBe(1);
		await expectCountsInStep(d);
	});

	it('move questions to the end of another bank, with their card’s progress, renaming a taken id', async () => {
		const d = await seeded();
		await setSuspended([id('a', 'f0')], true, d);
		const moved = await moveQuestions(
			[
				{ bankId: 'a', questionId: 'q0' },
				{ bankId: 'a', questionId: 'q1' }
			],
			'b',
			LATER,
			d
		);
		expect(moved).toBe(2);
		expect((await getBank('a', d))!.questions.map((q) => q.id)).toEqual(['q2']);
		expect((await getBank('b', d))!.questions.map((q) => [q.id, q.fact])).toEqual([
			['q0', 'f0'],
			['q1', 'f1'],
			['q0-2', 'f0'],
			['q1-2', 'f0']
		]);
		// "b" already had a fact f0: the moved questions join its card, which keeps its own (New) schedule.
		expect((await getCard(id('b', 'f0'), d))!.state).toBe(0);
		expect(await getCard(id('a', 'f0'), d)).toBeUndefined();
		await expectCountsInStep(d);
	});

	it('carry a studied, suspended card to a bank without its fact', async () => {
		const d = await seeded();
		await saveBank(bank('c', [question('z', 'other')]), T0, {}, d);
		await d.cards.update(id('a', 'f0'), { suspended: 1 });
		await moveQuestions(
			[
				{ bankId: 'a', questionId: 'q0' },
				{ bankId: 'a', questionId: 'q1' }
			],
			'c',
			LATER,
			d
		);
		await saveBank((await getBank('c', d))!, LATER, {}, d);
		const card = (await getCard(id('c', 'f0'), d))!;
		expect(card).toMatchObject({ bankId: 'c', state: 2, suspended: 1, order: 1 });
		expect(card.due).toEqual(local(2024, 3, 5));
		await expectCountsInStep(d);
	});

	it('refuse a move to a bank that does not exist, writing nothing', async () => {
		const d = await seeded();
		await expect(moveQuestions([{ bankId: 'a', questionId: 'q0' }], 'nowhere', LATER, d)).rejects.toThrow('no bank "nowhere"');
		expect((await getBank('a', d))!.questions).toHaveLength(3);
	});
});
