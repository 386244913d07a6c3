import { emitBackup, parseBackup, type Backup } from '$lib/core/formats/backup';
import type { Card, ReviewLog, Schedule } from '$lib/core/srs/types';
import { everyTypeBank } from './helpers';

const NOW = new Date('2024-03-01T09:30:00.000Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function schedule(over: Partial<Schedule> = {}): Schedule {
	return {
		due: day(1),
		stability: 2.5,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		last_review: NOW,
		...over
	};
}

function sampleBackup(): Backup {
	const bank = everyTypeBank();
	const card: Card = {
		...schedule(),
		id: `${bank.id}\u0000${bank.questions[0].fact}`,
		bankId: bank.id,
		fact: bank.questions[0].fact,
		order: 0,
		lastQuestionId: bank.questions[0].id
	};
	const fresh: Card = {
		...schedule({ state: 0, reps: 0, stability: 0, difficulty: 0, scheduled_days: 0, last_review: undefined }),
		id: `${bank.id}\u0000x`,
		bankId: bank.id,
		fact: 'x',
		order: 1
	};
	delete (fresh as Partial<Card>).last_review;
	const review = (id: number, at: Date): ReviewLog => ({
		id,
		cardId: card.id,
		bankId: bank.id,
		questionId: bank.questions[0].id,
		rating: 3,
		before: schedule({ due: at, state: 0 }),
		after: schedule({ due: day(id) }),
		durationMs: 4200,
		reviewedAt: at
	});
	return {
		format: 'factdeck.backup',
		version: 1,
		exportedAt: NOW,
		banks: [bank],
		cards: [card, fresh],
		// Deliberately not in id order: the log order must survive as written.
		reviews: [review(7, day(-2)), review(3, day(-1)), review(9, NOW)],
		attempts: [
			{
				id: `${bank.id}\u0000${day(-3).getTime()}`,
				bankId: bank.id,
				bankHash: 'h1',
				startedAt: day(-3),
				finishedAt: day(-3),
				score: { correct: 4, total: 5 },
				durationMs: 60_000,
				state: { answers: [{ at: day(-3), right: true }] }
			}
		],
		settings: { retention: 0.9, newPerDay: 20, lastOpened: NOW, tricky: { $date: 'not a date' } }
	};
}

/** The problems of a backup that must be refused. */
function failedBackup(text: string): string[] {
	const r = parseBackup(text);
	if (r.ok) expect.fail('expected problems');
	return r.error.problems.map((p) => p.message);
}

describe('backup', () => {
	it('restores deep-equal data: Dates as Dates, ids and review order kept', () => {
		const backup = sampleBackup();
		const r = parseBackup(emitBackup(backup));
		if (!r.ok) expect.fail(r.error.message);
		expect(r.backup).toEqual(backup);
		expect(r.backup.cards[0].due).toBeInstanceOf(Date);
		expect(r.backup.reviews.map((x) => x.id)).toEqual([7, 3, 9]);
		expect((r.backup.attempts[0] as { startedAt: unknown }).startedAt).toBeInstanceOf(Date);
		expect(r.backup.settings.tricky).toEqual({ $date: 'not a date' });
		expect(r.warnings).toEqual([]);
	});

	it('gives byte-identical text when exported twice', () => {
		const text = emitBackup(sampleBackup());
		const r = parseBackup(text);
		if (!r.ok) expect.fail(r.error.message);
		expect(emitBackup(r.backup)).toBe(text);
	});

	it('rejects other versions and other files clearly', () => {
		const newer = JSON.stringify({ ...JSON.parse(emitBackup(sampleBackup())), version: 2 });
		expect(parseBackup(newer)).toMatchObject({
			ok: false,
			error: { message: 'this backup is version 2, made by a newer Factdeck; this one restores version 1' }
		});
		expect(parseBackup(JSON.stringify(everyTypeBank()))).toMatchObject({
			ok: false,
			error: { message: 'this is a question bank, not a backup: import it as a bank' }
		});
		expect(parseBackup('{')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^not JSON/) } });
	});

	it('lists every problem of banks, cards and reviews', () => {
		const data = JSON.parse(emitBackup(sampleBackup()));
		data.banks[0].questions[2].choices = ['Busan'];
		data.cards[0].due = 'tomorrow';
		data.cards[1].order = -1;
		data.reviews[1].rating = 5;
		data.reviews[2].id = 7;
		expect(failedBackup(JSON.stringify(data))).toEqual([
			'banks[0].questions[2].choices: a multiple choice question needs at least 2 choices, it has 1',
			'banks[0].questions[2].choices: the answer "Pyongyang" is not among the choices',
			'cards[0].due: must be a date',
			'cards[1].order: must be a whole number, 0 or more',
			'reviews[1].rating: must be 1, 2, 3 or 4',
			'reviews[2].id: duplicate 7, already used by reviews[0]'
		]);
	});

	it('lists every problem of attempts, results and settings, as a restore would find them', () => {
		const data = JSON.parse(emitBackup(sampleBackup()));
		data.attempts[0].finishedAt = 'soon';
		data.attempts.push({ ...data.attempts[0], finishedAt: data.attempts[0].startedAt, score: 0.8 });
		data.results = [{ key: 'k', bankId: 'b', result: {}, importedAt: data.exportedAt }, { key: 'k' }];
		expect(failedBackup(JSON.stringify(data))).toEqual([
			'attempts[0].finishedAt: must be a date',
			'attempts[1].score: must be { correct, total }',
			'results[1].bankId: must be text',
			'results[1].result: must be an object',
			'results[1].importedAt: must be a date',
			`attempts[1].id: duplicate ${JSON.stringify(data.attempts[0].id)}, already used by attempts[0]`,
			'results[1].key: duplicate "k", already used by results[0]'
		]);
		data.settings.meta = [];
		expect(failedBackup(JSON.stringify(data))).toEqual(['settings.meta: must be an object']);
	});

	it('rejects __proto__ and constructor keys anywhere, polluting nothing', () => {
		const text = emitBackup(sampleBackup()).replace('"settings":{', '"settings":{"__proto__":{"polluted":true},"constructor":1,');
		const r = parseBackup(text);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.error.problems.map((p) => p.message)).toEqual([
				'backup.settings: the key "__proto__" is not allowed',
				'backup.settings: the key "constructor" is not allowed'
			]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('warns about cards and reviews that point at nothing', () => {
		const backup = sampleBackup();
		backup.cards[1] = { ...backup.cards[1], bankId: 'gone' };
		backup.reviews[0] = { ...backup.reviews[0], cardId: 'gone' };
		const r = parseBackup(emitBackup(backup));
		expect(r.ok && r.warnings.map((w) => w.message)).toEqual([
			'1 card(s) belong to a bank that is not in the backup',
			'1 review(s) belong to a card that is not in the backup'
		]);
	});
});
