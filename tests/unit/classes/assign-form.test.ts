import { describe, expect, test } from 'vitest';
import { blankForm, buildAssignment } from '$lib/classes/assign-form';
import { geographyBank } from './teacher';

describe('the Assign a bank form', () => {
	test('a test is planned as the test mode plans it: only questions a test marks, with its window and rules', () => {
		const form = { ...blankForm(7), count: 10, order: 'fixed' as const, minutes: 5, attempts: 2, opensAt: '2026-12-07T08:00', closesAt: '2026-12-07T09:30' };
		const built = buildAssignment(geographyBank(), form);
		expect(built.ok).toBe(true);
		if (!built.ok || built.assignment.kind !== 'test') throw new Error('not a test');
		// The flashcard is left out: a test cannot mark it.
		expect([...built.assignment.settings.questionIds].sort()).toEqual(['g1', 'g2', 'g3']);
		expect(built.assignment.settings).toMatchObject({ order: 'fixed', timeLimitSec: 300, attemptsAllowed: 2, showAnswers: 'after', showClassAverage: false });
		expect(built.assignment.settings.opensAt).toBe(new Date('2026-12-07T08:00').getTime());
		expect(built.assignment.settings.closesAt).toBe(new Date('2026-12-07T09:30').getTime());
		// The whole bank travels with it; the server keeps the key.
		expect(built.assignment.bank.questions).toHaveLength(4);
	});

	test('picked questions, no answers shown after, the class average shown', () => {
		const built = buildAssignment(geographyBank(), { ...blankForm(1), how: 'pick', picked: ['g2', 'g4'], showAnswers: false, showClassAverage: true });
		expect(built).toMatchObject({ ok: true, leftOut: 1, assignment: { settings: { questionIds: ['g2'], showAnswers: 'never', showClassAverage: true } } });
	});

	test('a window that closes before it opens, no picked question, or no attempt is refused with a reason', () => {
		const bank = geographyBank();
		expect(buildAssignment(bank, { ...blankForm(1), opensAt: '2026-12-07T10:00', closesAt: '2026-12-07T09:00' })).toEqual({
			ok: false,
			error: 'The test must open before it closes.'
		});
		expect(buildAssignment(bank, { ...blankForm(1), how: 'pick' })).toEqual({ ok: false, error: 'Pick at least one question.' });
		expect(buildAssignment(bank, { ...blankForm(1), attempts: 0 })).toEqual({ ok: false, error: 'Allow at least one attempt.' });
	});

	test('to study, with the goal at the end of the chosen day, or without a goal', () => {
		const bank = geographyBank();
		const withGoal = buildAssignment(bank, { ...blankForm(1), kind: 'study', goalDate: '2026-12-11', title: '  Before Friday ' });
		expect(withGoal).toMatchObject({
			ok: true,
			assignment: { kind: 'study', title: 'Before Friday', settings: { goalAt: new Date('2026-12-11T23:59:59').getTime() } }
		});
		expect(buildAssignment(bank, { ...blankForm(1), kind: 'study' })).toMatchObject({ ok: true, assignment: { kind: 'study', settings: {} } });
		expect(buildAssignment(bank, { ...blankForm(1), kind: 'study', goalDate: 'soon' })).toEqual({ ok: false, error: 'The goal date is not a date.' });
	});
});
