import type { AssignmentSummary, TestSettings } from '$lib/core/classes/protocol';
import { attemptsLeft, attemptsText, isOpen, windowText } from '$lib/classes/student/work-view';

const NOW = Date.UTC(2026, 11, 3, 10);
const HOUR = 3600_000;
const settings = (extra: Partial<TestSettings> = {}): TestSettings => ({
	questionIds: ['q1'],
	order: 'fixed',
	attemptsAllowed: 3,
	showAnswers: 'after',
	...extra
});
const test = (extra: Partial<AssignmentSummary> = {}): AssignmentSummary => ({
	id: 'a1',
	classId: 'c1',
	className: '7B',
	kind: 'test',
	bankId: 'b1',
	title: 'Quiz',
	createdAt: new Date(NOW).toISOString(),
	settings: settings(),
	...extra
});

describe('a class test in the library', () => {
	it('says when it opens, when it closes, or that it closed, and is open only in between', () => {
		const window = settings({ opensAt: NOW + HOUR, closesAt: NOW + 3 * HOUR });
		expect(windowText(window, NOW)).toMatch(/^Opens \S+ \d\d:\d\d/);
		expect(isOpen(window, NOW)).toBe(false);
		expect(windowText(window, NOW + 2 * HOUR)).toMatch(/^Closes \S+ \d\d:\d\d/);
		expect(isOpen(window, NOW + 2 * HOUR)).toBe(true);
		expect(windowText(window, NOW + 3 * HOUR)).toBe('Closed');
		expect(isOpen(window, NOW + 3 * HOUR)).toBe(false);
		expect(windowText(settings(), NOW)).toBe('Open');
	});

	it('counts attempts waiting to be sent against those left, and never twice those the server already counted', () => {
		expect(attemptsLeft(test({ attemptsLeft: 3 }), [])).toBe(3);
		expect(attemptsLeft(test({ attemptsLeft: 3 }), [{ state: 'waiting' }])).toBe(2);
		// Graded here and counted by the server: one attempt, not two.
		expect(attemptsLeft(test({ attemptsLeft: 2 }), [{ state: 'graded' }])).toBe(2);
		expect(attemptsLeft(test({ attemptsLeft: 2 }), [{ state: 'graded' }, { state: 'waiting' }])).toBe(1);
		// A refused attempt used nothing.
		expect(attemptsLeft(test({ attemptsLeft: 3 }), [{ state: 'refused' }])).toBe(3);
		expect(attemptsLeft(test({ attemptsLeft: 0 }), [])).toBe(0);
		expect([attemptsText(0), attemptsText(1), attemptsText(2)]).toEqual(['No attempts left', '1 attempt left', '2 attempts left']);
	});
});
