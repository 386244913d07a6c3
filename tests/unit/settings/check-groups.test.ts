import { groupProblems } from '$lib/settings/check-groups';

const p = (kind: string, id: string, detail = `detail of ${id}`) => ({ kind, id, detail });

describe('groupProblems', () => {
	it('groups kinds by what they mean, counts each row once, and keeps a fixed order', () => {
		const groups = groupProblems(
			[
				p('card-bad-number', 'b / f1'),
				p('card-bad-date', 'b / f1'),
				p('orphan-review', '5'),
				p('orphan-media-file', 'gone / x.png'),
				p('missing-card', 'b / f9'),
				p('card-date-converted', 'b / f2'),
				p('card-bad-order', 'b / f3'),
				p('card-without-question', 'b / old')
			],
			false
		);
		expect(groups.map((g) => [g.key, g.ids])).toEqual([
			['orphans', ['5', 'gone / x.png']],
			['card-without-question', ['b / old']],
			['missing-card', ['b / f9']],
			['damaged', ['b / f1']],
			['misstored', ['b / f2', 'b / f3']]
		]);
		expect(groups[0].summary).toMatch(/^2 items belong to a bank/);
		expect(groups[2].summary).toBe('1 fact has questions but no card, so it would never come up for study.');
	});

	it('words actions in the past after a repair, and keeps the words of an unknown kind', () => {
		const [group] = groupProblems([p('something-new', 'x', 'A new kind of damage; it was fixed.')], true);
		expect(group).toMatchObject({ title: 'Other problems', action: 'Repaired as each line says.', details: ['A new kind of damage; it was fixed.'] });
		expect(groupProblems([], true)).toEqual([]);
	});
});
