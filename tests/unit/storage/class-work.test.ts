import type { AssignmentSummary, GradedAttempt, StudySettings, SubmitAttempt, TestSettings } from '$lib/core/classes/protocol';
import {
	classAttemptsOf,
	getAssignment,
	listAssignments,
	queueClassAttempt,
	refuseClassAttempt,
	saveAssignments,
	saveGradedAttempt,
	saveTestQuestions,
	waitingClassAttempts
} from '$lib/storage/class-work';
import { stopSyncing } from '$lib/storage/sync';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);

const T0 = new Date('2026-12-03T10:00:00Z');

function summary(id: string, kind: 'study' | 'test', extra: Partial<AssignmentSummary> = {}): AssignmentSummary {
	const test: TestSettings = { questionIds: ['q1', 'q2'], order: 'fixed', attemptsAllowed: 2, showAnswers: 'after' };
	const settings: StudySettings | TestSettings = kind === 'study' ? {} : test;
	return { id, classId: 'c1', className: '7B', kind, bankId: `bank-${id}`, title: `Work ${id}`, createdAt: T0.toISOString(), settings, ...extra };
}

function attempt(id: string, finishedAt: number): SubmitAttempt {
	return { id, startedAt: finishedAt - 60_000, finishedAt, answers: [{ questionId: 'q1', given: 'Seoul' }] };
}

function graded(id: string, assignmentId: string): GradedAttempt {
	return { id, assignmentId, score: 1, maxScore: 2, startedAt: 1, finishedAt: 2, answers: [{ questionId: 'q1', given: 'Seoul', correct: true }] };
}

describe('assignments on the device', () => {
	it('keeps the listed ones, updates a changed one without losing its downloaded questions, and drops the ones no longer listed', async () => {
		const d = freshDb();
		await saveAssignments([summary('s1', 'study'), summary('t1', 'test', { open: false })], T0, d);
		await saveTestQuestions('t1', [{ id: 'q1', type: 'mcq', prompt: 'Capital?', choices: ['Seoul', 'Busan'] }], d);
		const later = new Date(T0.getTime() + 60_000);
		await saveAssignments([summary('t1', 'test', { open: true, attemptsLeft: 1 })], later, d);
		const rows = await listAssignments(d);
		expect(rows.map((r) => r.id)).toEqual(['t1']);
		expect(rows[0].summary.open).toBe(true);
		expect(rows[0].summary.attemptsLeft).toBe(1);
		expect(rows[0].questions?.map((q) => q.id)).toEqual(['q1']);
		expect(rows[0].seenAt).toEqual(later);
		expect(await getAssignment('s1', d)).toBeUndefined();
	});
});

describe('class attempts on the device', () => {
	it('stores an attempt as waiting once, however often it is queued, and lists the waiting ones oldest first', async () => {
		const d = freshDb();
		await queueClassAttempt('t1', attempt('attempt-later', 2_000_000), d);
		const first = await queueClassAttempt('t1', attempt('attempt-early', 1_000_000), d);
		const again = await queueClassAttempt('t1', { ...attempt('attempt-early', 1_000_000), answers: [] }, d);
		expect(first.state).toBe('waiting');
		expect(again.sent.answers).toHaveLength(1);
		expect((await waitingClassAttempts(d)).map((a) => a.id)).toEqual(['attempt-early', 'attempt-later']);
	});

	it('keeps the grading of a sent attempt with what was sent, and takes a graded one made elsewhere', async () => {
		const d = freshDb();
		await queueClassAttempt('t1', attempt('attempt-here', 1_000_000), d);
		await saveGradedAttempt(graded('attempt-here', 't1'), d);
		await saveGradedAttempt(graded('attempt-elsewhere', 't1'), d);
		expect(await waitingClassAttempts(d)).toEqual([]);
		const rows = await classAttemptsOf('t1', d);
		expect(rows.map((r) => [r.id, r.state])).toEqual([
			['attempt-here', 'graded'],
			['attempt-elsewhere', 'graded']
		]);
		expect(rows[0].sent.finishedAt).toBe(1_000_000);
		expect(rows[0].graded?.score).toBe(1);
		expect(rows[1].sent.answers).toEqual([{ questionId: 'q1', given: 'Seoul' }]);
	});

	it('marks a refused attempt with the reason and stops sending it; signing out forgets all class work', async () => {
		const d = freshDb();
		await saveAssignments([summary('t1', 'test')], T0, d);
		await queueClassAttempt('t1', attempt('attempt-late', 1_000_000), d);
		await refuseClassAttempt('attempt-late', 'This test is closed.', d);
		expect(await waitingClassAttempts(d)).toEqual([]);
		expect((await classAttemptsOf('t1', d))[0]).toMatchObject({ state: 'refused', problem: 'This test is closed.' });
		await stopSyncing(d);
		expect([await d.assignments.count(), await d.classAttempts.count()]).toEqual([0, 0]);
	});
});
