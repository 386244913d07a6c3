import { answerCard } from '$lib/core/srs/scheduler';
import { CardStateKind, type Rating } from '$lib/core/srs/types';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { db } from '$lib/storage/db';
import { StatsPage, FORECAST_DAYS } from '$lib/stats/stats-page.svelte';
import { bankOfFacts } from '../storage/helpers';
import { getCard } from '$lib/storage/card-reads';

vi.mock('$lib/library/shipped', () => ({ ensureShippedBanks: () => Promise.resolve() }));

// The state class works on the app's own database: empty it around each test.
const clear = () => Promise.all(db.tables.map((table) => table.clear()));
beforeEach(clear);
afterAll(clear);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

/** Answers the stored card at `at`. */
async function answer(id: string, rating: Rating, at: Date): Promise<void> {
	const card = (await getCard(id, db))!;
	const { card: next, log } = answerCard(card, rating, at, { retention: 0.9, fuzz: false }, 'q0', 6_000);
	await saveAnswer(next, log);
}

/** Two banks; "a" studied yesterday and today, one of its cards forgotten twice; "b" never studied. */
async function seed(): Promise<void> {
	await saveBank(bankOfFacts('a', 4), ago(10 * DAY));
	await saveBank(bankOfFacts('b', 2), ago(10 * DAY));
	await answer('a\u0000f0', 3, ago(DAY + HOUR));
	await answer('a\u0000f1', 3, ago(DAY));
	await answer('a\u0000f0', 3, ago(HOUR));
	const card = (await getCard('a\u0000f2', db))!;
	await db.cards.put({ ...card, state: CardStateKind.Review, stability: 3, difficulty: 7, reps: 6, lapses: 2, last_review: ago(9 * DAY), due: ago(6 * DAY) });
}

describe('StatsPage', () => {
	it('says nothing was studied in an empty collection, without failing', async () => {
		await saveBank(bankOfFacts('a', 2), ago(DAY));
		const page = new StatsPage();
		await page.load();
		expect([page.error, page.totalsError, page.hardestError]).toEqual([null, null, null]);
		expect(page.studied).toBe(false);
		expect(page.states).toEqual({ new: 2, learning: 0, review: 0, relearning: 0, suspended: 0 });
		expect(page.activity?.totals.reviews).toBe(0);
		expect(page.hardest).toEqual([]);
	});

	it('shows the answers, streak, forecast, states, known share and hardest question of every bank', async () => {
		await seed();
		const page = new StatsPage();
		await page.load();
		expect(page.error).toBeNull();
		expect(page.studied).toBe(true);
		const a = page.activity!;
		expect(a.totals.reviews).toBe(3);
		expect(a.totals.fresh).toBe(2);
		expect(a.streak.current).toBeGreaterThanOrEqual(1);
		expect(page.states).toEqual({ new: 3, learning: 1, review: 2, relearning: 0, suspended: 0 });
		expect(page.forecast).toHaveLength(FORECAST_DAYS);
		// The overdue Review card and the learning card are due today; the other Review card later.
		expect(page.forecast![0].count).toBe(2);
		expect(page.forecast!.reduce((n, d) => n + d.count, 0)).toBe(3);
		expect(page.known.map((k) => [k.bankId, k.known, k.cards])).toEqual([
			['a', 1, 4],
			['b', 0, 2]
		]);
		expect(page.hardest?.map((h) => [h.cardId, h.lapses, h.prompt, h.bankTitle])).toEqual([['a\u0000f2', 2, 'Prompt q2', 'Bank a']]);
		expect(page.hardest![0].retrievability).toBeLessThan(0.9);
	});

	it('keeps to one bank when given one, and follows the period chosen', async () => {
		await seed();
		const page = new StatsPage('b');
		await page.load();
		expect(page.studied).toBe(false);
		expect(page.activity?.totals.reviews).toBe(0);
		expect(page.known.map((k) => k.bankId)).toEqual(['b']);
		expect(page.hardest).toEqual([]);
		const a = new StatsPage('a');
		await a.load();
		expect(a.activity?.reviews).toHaveLength(30);
		a.period = 'year';
		expect(a.activity?.reviews).toHaveLength(365);
		expect(a.activity?.totals.reviews).toBe(3);
	});
});
