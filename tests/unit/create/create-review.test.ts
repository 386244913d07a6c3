/**
 * Reviewing a generated bank on /create: questions grouped under their facts,
 * a fact dropped whole, and only the kept questions saved, edited, in bank order.
 */
import type { Bank, Question } from '$lib/core/bank/schema';
import { CreateSession, setFactDropped } from '$lib/create/create.svelte';
import { getBank } from '$lib/storage/banks';
import { db } from '$lib/storage/db';

beforeEach(async () => {
	await db.delete();
	await db.open();
});

const q = (id: string, fact: string): Question => ({ id, fact, type: 'short', prompt: `Question ${id}?`, answer: `Answer ${id}` });

// The generator's order: each fact's best question first, then the second ones.
const generated: Bank = {
	format: 'factdeck.bank',
	version: 1,
	id: 'generated',
	title: 'A generated bank',
	questions: [q('a1', 'a'), q('b1', 'b'), q('c1', 'c'), q('a2', 'a'), q('b2', 'b'), q('c2', 'c')]
};

describe('reviewing a generated bank', () => {
	it('groups the questions under their facts, every one kept', () => {
		const create = new CreateSession();
		create.review(generated);
		expect(create.phase).toBe('review');
		expect(create.facts.map((f) => [f.fact, f.members.map((m) => m.id)])).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1', 'b2']],
			['c', ['c1', 'c2']]
		]);
		expect(create.keptCount).toBe(6);
	});

	it('saves the kept questions in bank order with their edits, without a dropped fact or question', async () => {
		const create = new CreateSession();
		create.review(generated);
		setFactDropped(create.facts[1], true);
		create.facts[2].members[1].dropped = true;
		create.facts[0].members[1].question = { ...q('a2', 'a'), prompt: 'Edited?' };
		expect(create.keptCount).toBe(3);
		create.title = 'Reviewed';
		await create.save();
		expect(create.error).toBeNull();
		const saved = await getBank('reviewed');
		expect(saved?.questions.map((x) => [x.id, x.prompt])).toEqual([
			['a1', 'Question a1?'],
			['c1', 'Question c1?'],
			['a2', 'Edited?']
		]);
	});

	it('keeps a dropped fact again, and refuses to save when every fact is dropped', async () => {
		const create = new CreateSession();
		create.review(generated);
		setFactDropped(create.facts[0], true);
		setFactDropped(create.facts[0], false);
		expect(create.keptCount).toBe(6);
		for (const fact of create.facts) setFactDropped(fact, true);
		await create.save();
		expect(create.error).toBe('Keep at least one question to save the bank.');
		expect(create.phase).toBe('review');
	});

	it('gives two banks saved at once under one title two ids, so neither is written over', async () => {
		const first = new CreateSession();
		const second = new CreateSession();
		for (const create of [first, second]) {
			create.review(generated);
			create.title = 'Twin';
		}
		await Promise.all([first.save(), second.save()]);
		expect([first.error, second.error]).toEqual([null, null]);
		expect([first.savedId, second.savedId].sort()).toEqual(['twin', 'twin-2']);
		expect((await db.banks.toCollection().primaryKeys()).sort()).toEqual(['twin', 'twin-2']);
	});
});
