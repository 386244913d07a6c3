// @vitest-environment jsdom
import type { Bank } from '$lib/core/bank/schema';
import { regradeResult } from '$lib/core/quiz/regrade';
import { MAX_RESULT_CHARS } from '$lib/core/quiz/results';
import { downloadText } from '$lib/ui/download';
import { ClassResults } from '$lib/results/class-results.svelte';
import { ALL_RIGHT, forged, T0, take, type TakenAnswer } from '../core/quiz/taken';
import { smallBank } from '../core/share/fixtures';
import { closeAll, dump, freshDb } from '../storage/helpers';

vi.mock('$lib/ui/download', () => ({ downloadText: vi.fn() }));
vi.mock('$lib/core/quiz/regrade', async (actual) => {
	const real = await actual<typeof import('$lib/core/quiz/regrade')>();
	return { ...real, regradeResult: vi.fn(real.regradeResult) };
});

afterEach(async () => {
	vi.mocked(downloadText).mockClear();
	await closeAll();
});

const NOW = new Date('2021-02-04T08:00:00Z');

/** Right but for the mcq (q-3), where `choice` was picked. */
const missMcq = (choice: string): TakenAnswer[] => ALL_RIGHT.map((a, i) => (i === 2 ? { kind: 'choice', choice } : a));

const fileOf = (name: string, value: unknown) => new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

async function opened(bank = smallBank()) {
	const database = freshDb();
	const results = new ClassResults(database);
	await results.open(bank);
	return { bank, database, results };
}

describe('ClassResults import', () => {
	it('adds many files at once and says per file what happened', async () => {
		const { bank, database, results } = await opened();
		const ana = take(bank, 'Ana', ALL_RIGHT);
		const ben = take(bank, 'Ben', missMcq('Busan'), T0 + 60_000);
		const other = { ...take(bank, 'Cy', ALL_RIGHT), bankId: 'another-bank' };
		await results.importFiles(
			[
				fileOf('ana.json', ana),
				fileOf('ben.json', ben),
				fileOf('ana-again.json', ana),
				fileOf('cy.json', other),
				fileOf('broken.json', '{"format": "factdeck.result",')
			],
			NOW
		);

		expect(results.outcomes.map((o) => [o.name, o.kind])).toEqual([
			['ana.json', 'added'],
			['ben.json', 'added'],
			['ana-again.json', 'duplicate'],
			['cy.json', 'other-bank'],
			['broken.json', 'invalid']
		]);
		expect(results.outcomes[0].message).toBe('Added: Ana, 5 of 5.');
		expect(results.outcomes[2].message).toBe('Already imported (duplicate): Ana, 5 of 5.');
		expect(results.outcomes[3].message).toContain('another bank ("another-bank")');
		expect(results.outcomes[4].message).toMatch(/^This is not a test result: it is not JSON \(.+\)\.$/);
		expect(results.progress).toBeNull();
		expect((await database.results.toArray()).map((r) => r.result.student)).toEqual(['Ana', 'Ben']);
		expect(results.counted.map((e) => [e.student, e.correct, e.total, e.percent])).toEqual([
			['Ana', 5, 5, 100],
			['Ben', 4, 5, 80]
		]);
	});

	it('writes nothing for a corrupted, foreign or oversized file', async () => {
		const { bank, database, results } = await opened();
		await results.importFiles([fileOf('ana.json', take(bank, 'Ana', ALL_RIGHT))], NOW);
		const before = await dump(database);
		const tampered = take(bank, 'Dee', ALL_RIGHT);
		tampered.answers[0] = { ...tampered.answers[0], questionId: 'q-unknown' };
		await results.importFiles(
			[
				fileOf('dee.json', tampered),
				fileOf('score.json', { ...take(bank, 'Eve', ALL_RIGHT), score: { correct: 1, total: 5 } }),
				fileOf('big.json', 'x'.repeat(MAX_RESULT_CHARS + 1)),
				fileOf('other.json', { ...take(bank, 'Fay', ALL_RIGHT), bankId: 'geography' })
			],
			NOW
		);
		expect(results.outcomes.map((o) => o.kind)).toEqual(['invalid', 'invalid', 'too-large', 'other-bank']);
		expect(results.outcomes[0].message).toBe('This test result is not valid: it answers questions this bank does not have.');
		expect(results.outcomes[1].message).toBe('This test result is not valid: its score does not match its answers.');
		expect(results.outcomes[2].message).toMatch(
			/^This file is too large to be a test result \(977 KB; a result is a few kilobytes, and at most 1,000,000 characters\)\.$/
		);
		expect(await dump(database)).toStrictEqual(before);
		expect(results.counted.map((e) => e.student)).toEqual(['Ana']);
	});

	it('says a file far over the limit is too large without reading it', async () => {
		const { results } = await opened();
		const huge = new File(['x'], 'huge.json');
		Object.defineProperty(huge, 'size', { value: MAX_RESULT_CHARS * 4 + 1 });
		const text = vi.spyOn(huge, 'text');
		await results.importFiles([huge], NOW);
		expect(results.outcomes.map((o) => o.kind)).toEqual(['too-large']);
		expect(text).not.toHaveBeenCalled();
	});
});

describe('ClassResults re-grading', () => {
	it('counts a forged file by its re-grade, everywhere, and marks it; an honest file is not marked', async () => {
		const { bank, database, results } = await opened();
		const forgery = forged(take(bank, 'Mal', missMcq('Busan')), () => true);
		await results.importFiles([fileOf('mal.json', forgery), fileOf('ana.json', take(bank, 'Ana', ALL_RIGHT))], NOW);
		expect(results.outcomes.map((o) => o.message)).toEqual(['Added: Mal, 4 of 5 (re-graded; the file claimed 5 of 5).', 'Added: Ana, 5 of 5.']);
		// The file is stored as it came: it is the evidence, re-graded whenever it is shown.
		expect((await database.results.get(results.counted[1].key))!.result).toEqual(forgery);
		expect(results.counted.map((e) => [e.student, e.correct, e.percent, e.claimed])).toEqual([
			['Ana', 5, 100, null],
			['Mal', 4, 80, { correct: 5, differing: 1 }]
		]);
		expect(results.regradedCount).toBe(1);
		expect(results.aggregate!.perQuestion.find((q) => q.questionId === 'q-3')).toMatchObject({
			answered: 2,
			correct: 1,
			commonWrong: [{ answer: 'Busan', count: 1 }]
		});
		results.exportCsv();
		const text = vi.mocked(downloadText).mock.calls[0][1];
		expect(text).toMatch(/\r\nMal,[^,]*,4,5,80,50,5,1\r\n/);
		expect(text).toMatch(/\r\n3,[^\r\n]*,2,1,50,Busan,1\r\n/);
	});

	it('re-grades results stored before re-grading, and leaves out stored ones no test could write, saying why', async () => {
		const { bank, database, results } = await opened();
		const ana = take(bank, 'Ana', ALL_RIGHT);
		const forgery = forged(take(bank, 'Mal', missMcq('Daegu')), () => true);
		const twice = forged({ ...ana, student: 'Pad', answers: [...ana.answers, ana.answers[2]] }, () => true);
		await database.results.bulkAdd([forgery, twice].map((result) => ({ key: `capitals\u0000${result.student}`, bankId: 'capitals', result, importedAt: NOW })));
		await results.open(bank);
		expect(results.counted.map((e) => [e.student, e.correct, e.claimed])).toEqual([['Mal', 4, { correct: 5, differing: 1 }]]);
		expect(results.leftOut.map((e) => [e.student, e.key, e.reason])).toEqual([
			['Pad', 'capitals\u0000Pad', 'not from a real test: it answers question "q-3" more than once']
		]);
	});

	it('re-grades each stored result once per version of the bank, not on every import or removal', async () => {
		const { bank, results } = await opened();
		vi.mocked(regradeResult).mockClear();
		// The page shows the scores after each import.
		await results.importFiles([fileOf('a.json', take(bank, 'Ana', ALL_RIGHT))], NOW);
		expect(results.counted).toHaveLength(1);
		await results.importFiles([fileOf('b.json', take(bank, 'Ben', missMcq('Busan')))], NOW);
		expect(results.counted).toHaveLength(2);
		// Each file: once on import (for its message), once when first counted; Ana's not again.
		expect(regradeResult).toHaveBeenCalledTimes(4);
		await results.remove(results.counted[1].key);
		expect(results.counted.map((e) => e.student)).toEqual(['Ana']);
		expect(regradeResult).toHaveBeenCalledTimes(4);
		await results.open({ ...bank });
		expect(results.counted.map((e) => e.student)).toEqual(['Ana']);
		expect(regradeResult).toHaveBeenCalledTimes(5);
	});

	it('refuses a file that says the test finished more than a day after now, writing nothing', async () => {
		const { bank, database, results } = await opened();
		const NEXT_YEAR = Date.UTC(2022, 1, 3, 9, 0, 0);
		const tomorrow = NOW.getTime() + 23 * 3600_000; // a clock running ahead, within the day allowed
		await results.importFiles(
			[fileOf('later.json', take(bank, 'Lee', ALL_RIGHT, NEXT_YEAR)), fileOf('ahead.json', take(bank, 'Ann', ALL_RIGHT, tomorrow))],
			NOW
		);
		expect(results.outcomes.map((o) => [o.kind, o.message])).toEqual([
			['invalid', 'This test result is not valid: it says the test finished on 2022-02-03, which is still to come.'],
			['added', 'Added: Ann, 5 of 5.']
		]);
		expect((await database.results.toArray()).map((r) => r.result.student)).toEqual(['Ann']);
	});

	it('refuses a file answering one question twice, writing nothing', async () => {
		const { bank, database, results } = await opened();
		const ana = take(bank, 'Ana', ALL_RIGHT);
		await results.importFiles(
			[
				fileOf(
					'pad.json',
					forged({ ...ana, answers: [...ana.answers, ana.answers[4]] }, () => true)
				)
			],
			NOW
		);
		expect(results.outcomes.map((o) => [o.kind, o.message])).toEqual([['invalid', 'This test result is not valid: it answers question "q-5" more than once.']]);
		expect(await database.results.count()).toBe(0);
	});
});

describe('ClassResults statistics', () => {
	it('counts per question the share correct and the wrong answers given', async () => {
		const { bank, results } = await opened();
		const files = [take(bank, 'Ana', ALL_RIGHT), take(bank, 'Ben', missMcq('Busan')), take(bank, 'Cy', missMcq('busan '))];
		await results.importFiles(
			files.map((r, i) => fileOf(`${i}.json`, r)),
			NOW
		);
		const mcq = results.aggregate!.perQuestion.find((q) => q.questionId === 'q-3')!;
		expect(mcq).toMatchObject({ number: 3, answered: 3, correct: 1, commonWrong: [{ answer: 'Busan', count: 2 }] });
		expect(mcq.shareCorrect).toBeCloseTo(1 / 3);
		expect(results.aggregate!.perQuestion.find((q) => q.questionId === 'q-2')).toMatchObject({ answered: 3, correct: 3, shareCorrect: 1 });
	});

	it('keeps results of another version apart, listed but never counted', async () => {
		const { bank, database, results } = await opened();
		await results.importFiles([fileOf('ana.json', take(bank, 'Ana', ALL_RIGHT))], NOW);
		const edited: Bank = { ...bank, title: 'Capitals, revised' };
		await results.open(edited);
		expect(results.counted).toEqual([]);
		expect(results.leftOut.map((e) => [e.student, e.correct, e.total])).toEqual([['Ana', 5, 5]]);
		expect(results.aggregate!.perQuestion.every((q) => q.answered === 0)).toBe(true);

		await results.importFiles([fileOf('ben.json', take(edited, 'Ben', missMcq('Busan'))), fileOf('cy.json', take(bank, 'Cy', ALL_RIGHT))], NOW);
		expect(results.outcomes.map((o) => o.kind)).toEqual(['added', 'added']);
		expect(results.outcomes[1].message).toBe('Added: Cy, 5 of 5. It is from another version of this bank, so it is not counted.');
		expect(results.counted.map((e) => e.student)).toEqual(['Ben']);
		expect(results.leftOut.map((e) => e.student)).toEqual(['Ana', 'Cy']);
		expect(results.aggregate!.perQuestion.find((q) => q.questionId === 'q-3')).toMatchObject({ answered: 1, correct: 0 });
		expect(await database.results.count()).toBe(3);
	});
});

describe('ClassResults remove, clear, export', () => {
	it('removes one result, then clears the rest', async () => {
		const { bank, database, results } = await opened();
		await results.importFiles([fileOf('a.json', take(bank, 'Ana', ALL_RIGHT)), fileOf('b.json', take(bank, 'Ben', ALL_RIGHT))], NOW);
		await results.remove(results.counted[0].key);
		expect(results.counted.map((e) => e.student)).toEqual(['Ben']);
		expect(results.storedCount).toBe(1);
		await results.clear();
		expect(results.storedCount).toBe(0);
		expect(results.outcomes).toEqual([]);
		expect(await database.results.count()).toBe(0);
	});

	it('exports everything as <bank-id>-results.csv', async () => {
		const { bank, results } = await opened();
		await results.importFiles([fileOf('b.json', take(bank, 'Ben', missMcq('Busan')))], NOW);
		results.exportCsv();
		expect(downloadText).toHaveBeenCalledOnce();
		const [name, text, type] = vi.mocked(downloadText).mock.calls[0];
		expect(name).toBe('capitals-results.csv');
		expect(type).toBe('text/csv');
		expect(text.startsWith('\uFEFFQuestion,Prompt,Answer,')).toBe(true);
		expect(text).toContain('\r\nBen,');
		expect(text).toMatch(/\r\n3,[^\r\n]*,1,0,0,Busan,1\r\n/);
	});
});
