import type { TestResult } from '$lib/core/quiz/results';
import { clearResults, deleteResult, importResults, listResults, resultKey } from '$lib/storage/results';
import { closeAll, dump, freshDb } from './helpers';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const T1 = new Date('2024-03-06T10:00:00Z');

function result(student: string, finishedAt: string, correct = 1): TestResult {
	return {
		format: 'factdeck.result',
		version: 1,
		bankId: 'quiz',
		bankHash: 'h1',
		student,
		startedAt: '2024-03-04T09:00:00.000Z',
		finishedAt,
		durationMs: 60_000,
		score: { correct, total: 2 },
		answers: [
			{ questionId: 'q1', given: 'Seoul', correct: correct > 0 },
			{ questionId: 'q2', given: 'False', correct: false }
		]
	};
}

describe('importResults', () => {
	it('stores each result once under its bank, with the import time', async () => {
		const d = freshDb();
		const ana = result('Ana', '2024-03-04T09:05:00.000Z');
		const ben = result('Ben', '2024-03-04T09:06:00.000Z', 0);
		expect(await importResults('quiz', [ana, ben], T0, d)).toEqual({ added: 2, duplicates: 0 });
		const rows = await listResults('quiz', d);
		expect(rows).toStrictEqual([
			{ key: resultKey('quiz', ana), bankId: 'quiz', result: ana, importedAt: T0 },
			{ key: resultKey('quiz', ben), bankId: 'quiz', result: ben, importedAt: T0 }
		]);
	});

	it('counts a file imported twice, or twice in one go, as a duplicate and keeps the first', async () => {
		const d = freshDb();
		const ana = result('Ana', '2024-03-04T09:05:00.000Z');
		await importResults('quiz', [ana], T0, d);
		const again = await importResults('quiz', [ana, result('Cy', '2024-03-04T09:07:00.000Z'), result('Cy', '2024-03-04T09:07:00.000Z')], T1, d);
		expect(again).toEqual({ added: 1, duplicates: 2 });
		const rows = await listResults('quiz', d);
		expect(rows.map((r) => [r.result.student, r.importedAt.getTime()])).toEqual([
			['Ana', T0.getTime()],
			['Cy', T1.getTime()]
		]);
	});

	it('tells apart two attempts of one student by their finish time', async () => {
		const d = freshDb();
		const out = await importResults('quiz', [result('Ana', '2024-03-04T09:05:00.000Z'), result('Ana', '2024-03-05T09:05:00.000Z')], T0, d);
		expect(out).toEqual({ added: 2, duplicates: 0 });
	});

	it('writes nothing when the import fails midway', async () => {
		const d = freshDb();
		await importResults('quiz', [result('Ana', '2024-03-04T09:05:00.000Z')], T0, d);
		const before = await dump(d);
		let n = 0;
		d.results.hook('creating', () => {
			if (++n === 2) throw new Error('disk full');
		});
		const batch = ['Ben', 'Cy', 'Dee'].map((s, i) => result(s, `2024-03-04T09:1${i}:00.000Z`));
		await expect(importResults('quiz', batch, T1, d)).rejects.toThrow('disk full');
		expect(await dump(d)).toStrictEqual(before);
	});
});

describe('deleteResult / clearResults', () => {
	it("deletes one result, or all of one bank's, and leaves other banks alone", async () => {
		const d = freshDb();
		const ana = result('Ana', '2024-03-04T09:05:00.000Z');
		await importResults('quiz', [ana, result('Ben', '2024-03-04T09:06:00.000Z')], T0, d);
		await importResults('other', [ana], T0, d);
		await deleteResult(resultKey('quiz', ana), d);
		expect((await listResults('quiz', d)).map((r) => r.result.student)).toEqual(['Ben']);
		expect(await clearResults('quiz', d)).toBe(1);
		expect(await listResults('quiz', d)).toEqual([]);
		expect(await listResults('other', d)).toHaveLength(1);
	});
});
