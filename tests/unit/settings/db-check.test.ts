import { createCard } from '$lib/core/srs/scheduler';
import { DbCheck } from '$lib/settings/db-check.svelte';
import { T0 } from '../storage/fill';
import { db, filledAppDb, resetAppDb } from '../storage/app-db';
import { getCard } from '$lib/storage/card-reads';

afterEach(resetAppDb);

const NOW = new Date('2024-04-01T12:00:00Z');

describe('DbCheck', () => {
	it('finds problems grouped in plain words, repairs them, and then finds none', async () => {
		await filledAppDb();
		await db.cards.put(createCard('gone', 'x', 0, T0));
		const card = (await getCard('mine\u0000f1', db))!;
		await db.cards.put({ ...card, due: 'not a date', stability: NaN } as never);
		const check = new DbCheck();
		expect(check.ran).toBe(false);

		await check.check(NOW);
		const found = check.outcome;
		if (found.kind !== 'found') expect.fail(`expected problems, got ${found.kind}`);
		expect(found.count).toBe(3);
		expect(found.groups.map((g) => [g.title, g.summary, g.action])).toEqual([
			[
				'Left over from deleted banks',
				'1 item belongs to a bank that is no longer on this device (questions, cards, reviews, tests, results or images).',
				'Repair deletes them; no bank you have uses them.'
			],
			[
				'Damaged cards',
				'1 card holds a schedule that makes no sense (a date that is not a date, a number that is not a number, or an unknown state).',
				'Repair resets each to New, so it is learned again from the start.'
			]
		]);
		expect(found.groups[1].ids).toEqual(['mine / f1']);
		expect(await getCard('gone\u0000x', db)).toBeDefined();

		await check.repair(NOW);
		expect(check.outcome).toMatchObject({ kind: 'repaired', count: 3 });
		expect(check.outcome.kind === 'repaired' && check.outcome.groups.map((g) => g.action)).toEqual(['Deleted.', 'Reset to New.']);
		await check.check(NOW);
		expect(check.outcome).toEqual({ kind: 'none' });
		expect(check.ran).toBe(true);
		expect(check.error).toBeNull();
	});
});
