import { nextFromHead } from '$lib/core/srs/queue';
import { seededRng } from '$lib/core/srs/rng';
import { CardStateKind } from '$lib/core/srs/types';
import { saveBank } from '$lib/storage/banks';
import { readFirstCard } from '$lib/storage/first-card';
import { gatherQueueHead, questionsForFact } from '$lib/storage/queue';
import { setFlag } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { bankOfFacts, closeAll, freshDb, local, setCard, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const SHIPPED = { key: 'shippedBanksKey', value: 'abc|def' };

describe('readFirstCard', () => {
	it('reads what the session read in turn: bank, settings, queue head, the card it picks and its questions', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 6), T0, {}, d);
		await saveBank(bankOfFacts('b', 3), T0, {}, d);
		await setCard(d, 'a', 'f2', CardStateKind.Review, local(2024, 3, 1, 8));
		await setCard(d, 'b', 'f1', CardStateKind.Learning, local(2024, 3, 1, 11));
		const stored = await saveSettings({ newPerDay: 2 }, d);
		for (const bankId of ['a', 'b', undefined]) {
			const first = await readFirstCard({ bankId }, T0, seededRng(7), undefined, d);
			const head = await gatherQueueHead({ bankId }, T0, stored, d);
			const card = nextFromHead(head, seededRng(7));
			expect(first).toEqual({
				bank: bankId ? expect.objectContaining({ id: bankId }) : undefined,
				settings: stored,
				head,
				card,
				questions: card ? await questionsForFact(card.bankId, card.fact, d) : []
			});
			expect(first?.card).not.toBeNull();
		}
	});

	it('gives no card and no questions when nothing is left today', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		await saveSettings({ newPerDay: 0 }, d);
		const first = await readFirstCard({ bankId: 'a' }, T0, Math.random, undefined, d);
		expect(first).toMatchObject({ card: null, questions: [], head: { counts: { new: 0, learning: 0, review: 0 } } });
	});

	it('returns null when the flag it checks holds another value, and reads on once it holds that value', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		expect(await readFirstCard({ bankId: 'a' }, T0, Math.random, SHIPPED, d)).toBeNull();
		await setFlag(SHIPPED.key, 'older', d);
		expect(await readFirstCard({ bankId: 'a' }, T0, Math.random, SHIPPED, d)).toBeNull();
		await setFlag(SHIPPED.key, SHIPPED.value, d);
		expect(await readFirstCard({ bankId: 'a' }, T0, Math.random, SHIPPED, d)).toMatchObject({ bank: { title: expect.any(String) }, settings: settings() });
	});

	it('is one transaction when the counts are stored', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		await setFlag(SHIPPED.key, SHIPPED.value, d);
		const transactions = vi.spyOn(d, 'transaction');
		expect((await readFirstCard({ bankId: 'a' }, T0, Math.random, SHIPPED, d))?.card).not.toBeNull();
		expect(transactions).toHaveBeenCalledTimes(1);
	});

	it('reads a bank that is not stored as no bank, and stores no counts for it', async () => {
		const d = freshDb();
		const first = await readFirstCard({ bankId: 'gone' }, T0, Math.random, undefined, d);
		expect(first).toMatchObject({ bank: undefined, card: null });
		expect(await d.bankCounts.count()).toBe(0);
	});

	it('stores the counts of a bank it had to count, after its read', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 3), T0, {}, d);
		await d.bankCounts.clear();
		expect((await readFirstCard({ bankId: 'a' }, T0, Math.random, undefined, d))?.head.counts.new).toBe(3);
		expect(await d.bankCounts.get('a')).toMatchObject({ bankId: 'a', fresh: 3 });
	});
});
